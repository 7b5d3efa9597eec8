/** The reader languages. Indonesian is the primary language and lives at the site root. */
export const LANGUAGES = ['id', 'en'] as const;

/** A language code the handbook is published in. */
export type Lang = (typeof LANGUAGES)[number];

/** The language served at the site root. */
export const DEFAULT_LANG: Lang = 'id';

/** Any language's two- or three-letter code (ISO 639), as in `lang` of a source or `<Lang code>`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** Type guard for a language code read from a path or a file name. */
export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}

/** Language of a content file, from its `chapters/<lang>/...` style path. */
export function langOfContentPath(path: string): Lang | undefined {
  const m = /(?:^|[\\/])(id|en)[\\/][^\\/]+\.(?:mdx|md|ya?ml)$/.exec(path);
  return m && isLang(m[1]) ? m[1] : undefined;
}
