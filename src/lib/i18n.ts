import idStrings from '../../content/ui/id.json' with { type: 'json' };
import enStrings from '../../content/ui/en.json' with { type: 'json' };
import { LANGUAGE_INFO, LANGUAGES, type Lang } from './languages.ts';

/** A key of the interface strings; Indonesian is the reference set. */
export type UiKey = keyof typeof idStrings;

type Dictionary = Record<string, string>;

/**
 * Check that every language file has exactly the reference keys with non-empty text.
 * Returns one plain-language problem per missing, empty or unknown key.
 */
export function validateUiStrings(dictionaries: Record<Lang, Dictionary>): string[] {
  const reference = Object.keys(dictionaries.id);
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    const dict = dictionaries[lang];
    const file = `content/ui/${lang}.json`;
    for (const key of reference) {
      if (typeof dict[key] !== 'string' || dict[key].trim() === '') {
        problems.push(`${file}: the string "${key}" is missing or empty. Add it with the ${LANGUAGE_INFO[lang].name} text.`);
      }
    }
    for (const key of Object.keys(dict)) {
      if (!reference.includes(key)) {
        problems.push(`${file}: the string "${key}" is not in content/ui/id.json. Add it there first, or remove it here.`);
      }
    }
  }
  return problems;
}

const DICTIONARIES: Record<Lang, Dictionary> = { id: idStrings, en: enStrings };
const problems = validateUiStrings(DICTIONARIES);
if (problems.length) {
  throw new Error(`Interface strings are incomplete:\n  ${problems.join('\n  ')}`);
}

/** The translated interface string for `key`, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Format a date for readers of `lang`, in UTC so builds do not depend on the machine's zone. */
export function formatDate(lang: Lang, date: Date): string {
  // One formatter per language: building one is far slower than using it, and every page shows dates.
  DATE_FORMATS[lang] ??= new Intl.DateTimeFormat(LANGUAGE_INFO[lang].intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return DATE_FORMATS[lang].format(date);
}

const DATE_FORMATS: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
