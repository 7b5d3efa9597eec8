/** The reader languages. Indonesian is the primary language and lives at the site root. */
export const LANGUAGES = ['id', 'en'] as const;

/** A language code the handbook is published in. */
export type Lang = (typeof LANGUAGES)[number];

/** The language served at the site root. */
export const DEFAULT_LANG: Lang = 'id';

/** What the site needs to know about each of its languages. */
export interface LanguageInfo {
  /** The language's name in English, for messages to authors ("has no Indonesian version"). */
  name: string;
  /** The locale dates and numbers are formatted in (Intl): `1 Desember 2026`, `1,4 MB`. */
  intlLocale: string;
  /** The page's `og:locale` for share previews. */
  ogLocale: string;
  /** Where the language's pages live: `/` for the default language, `/en/` for English. */
  pathPrefix: string;
}

/** The language table: one row per reader language. */
export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  id: { name: 'Indonesian', intlLocale: 'id-ID', ogLocale: 'id_ID', pathPrefix: '/' },
  en: { name: 'English', intlLocale: 'en-GB', ogLocale: 'en_GB', pathPrefix: '/en/' },
};

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
