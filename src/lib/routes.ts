import { BASE_PATH } from './site.ts';
import { DEFAULT_LANG, LANGUAGE_INFO, type Lang } from './languages.ts';
import { NOT_FOUND_FILE, NOT_FOUND_FOLDER } from './offline/names.ts';

/** The kinds of page the handbook has; every URL is spelled here and nowhere else. */
export type PageKind = 'home' | 'chapter' | 'caseStudies' | 'caseStudy' | 'glossary' | 'sources' | 'search' | 'notFound' | 'offline' | 'go' | 'commitments' | 'commitment' | 'print' | 'toolCommitment' | 'toolReadiness';

/** Localised first path segment for each kind of page. */
const SEGMENTS: Record<Lang, Record<Exclude<PageKind, 'home' | 'caseStudy' | 'notFound' | 'commitment'>, string>> = {
  id: { chapter: 'bab', caseStudies: 'studi-kasus', glossary: 'glosarium', sources: 'sumber', search: 'cari', offline: 'baca-offline', go: 'go', commitments: 'komitmen', print: 'cetak', toolCommitment: 'alat/komitmen', toolReadiness: 'alat/kesiapan' },
  en: { chapter: 'chapters', caseStudies: 'case-studies', glossary: 'glossary', sources: 'sources', search: 'search', offline: 'read-offline', go: 'go', commitments: 'commitments', print: 'print', toolCommitment: 'tools/commitment', toolReadiness: 'tools/readiness' },
};

/**
 * Root-relative path (without the base) of a page, e.g. `/bab/forum-multipihak/`
 * or `/en/chapters/forum-multipihak/`.
 */
export function localizedPath(lang: Lang, kind: PageKind, slug?: string): string {
  const prefix = LANGUAGE_INFO[lang].pathPrefix;
  switch (kind) {
    case 'home':
      return prefix;
    case 'notFound':
      // Hosts serve /404.html for any missing page; the English one is a normal page.
      return lang === DEFAULT_LANG ? `/${NOT_FOUND_FILE}` : `${prefix}${NOT_FOUND_FOLDER}/`;
    case 'chapter':
    case 'go':
      return `${prefix}${SEGMENTS[lang][kind]}/${requireSlug(slug, kind)}/`;
    case 'caseStudy':
      return `${prefix}${SEGMENTS[lang].caseStudies}/${requireSlug(slug, kind)}/`;
    case 'commitment':
      // A commitment's address is its OGP ID (or the register's key): /komitmen/IDSMG0005/.
      return `${prefix}${SEGMENTS[lang].commitments}/${requireSlug(slug, kind)}/`;
    default:
      return `${prefix}${SEGMENTS[lang][kind]}/`;
  }
}

/** Root-relative path of the register's open data, one file per format for both languages: /data/komitmen-ogp.csv. */
export function registerDownloadPath(format: 'csv' | 'json'): string {
  return `/data/komitmen-ogp.${format}`;
}

/** Prefix a root-relative path with the deployment base path. */
export function withBase(path: string): string {
  return BASE_PATH + path.replace(/^\/+/, '');
}

/** Full href (base included) of a page. */
export function href(lang: Lang, kind: PageKind, slug?: string): string {
  return withBase(localizedPath(lang, kind, slug));
}

function requireSlug(slug: string | undefined, kind: PageKind): string {
  if (!slug) throw new Error(`A ${kind} path needs a slug.`);
  return slug;
}

/** Root-relative path of a page's share-preview image: /og/bab/forum-multipihak.png, /og/index.png for the home page. */
export function ogImagePath(pagePath: string): string {
  return `/og/${pagePath.replace(/^\/+|\/+$/g, '') || 'index'}.png`;
}
