/**
 * URL arithmetic for the offline edition: turning the site's root-absolute
 * links (`/pedoman-ogp/bab/forum/`) into links between files
 * (`../forum/index.html`) that work from a folder opened with file://.
 * Plain functions, no file system: the caller says which files exist.
 */

/** Where the online site lives. */
export interface SiteLocation {
  /** Origin, e.g. `https://example.org` (no trailing slash). */
  siteUrl: string;
  /** Base path with leading and trailing slash, e.g. `/` or `/pedoman-ogp/`. */
  basePath: string;
}

/** How a URL found in a page relates to the site. */
export type UrlTarget =
  /** Leave it as written: same-page anchors, other sites, mailto:, data: … */
  | { kind: 'keep' }
  /** A path inside the site (without the base and leading slash, e.g. `bab/forum/`), with its query and hash. */
  | { kind: 'site'; path: string; query: string; hash: string }
  /** On the site's host but outside the handbook's base path: send the reader online. */
  | { kind: 'online'; url: string };

const FAKE_ORIGIN = 'http://offline.invalid';

/**
 * Classify a URL written in the page at site path `pagePath` (e.g. `bab/forum/`).
 * Root-absolute and relative URLs are resolved like a browser would. Full URLs
 * that point at the online handbook count as site URLs only when
 * `acceptFullUrls` is set (for links; canonical and og: tags stay online).
 */
export function classifyUrl(url: string, pagePath: string, site: SiteLocation, acceptFullUrls = false): UrlTarget {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) return { kind: 'keep' };
  let input = trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    const home = site.siteUrl + site.basePath;
    if (!acceptFullUrls || !(trimmed.startsWith(home) || trimmed === home.slice(0, -1))) return { kind: 'keep' };
    input = trimmed.slice(site.siteUrl.length);
  }
  let resolved: URL;
  try {
    resolved = new URL(input, FAKE_ORIGIN + site.basePath + pagePath);
  } catch {
    return { kind: 'keep' };
  }
  if (resolved.origin !== FAKE_ORIGIN) return { kind: 'keep' };
  const pathname = resolved.pathname;
  if (pathname + '/' === site.basePath) return { kind: 'site', path: '', query: resolved.search, hash: resolved.hash };
  if (!pathname.startsWith(site.basePath)) return { kind: 'online', url: site.siteUrl + pathname + resolved.search + resolved.hash };
  return { kind: 'site', path: pathname.slice(site.basePath.length), query: resolved.search, hash: resolved.hash };
}

/**
 * The file that answers a site path, like a static host would: a directory path
 * (or the root) gives its `index.html`; a path without a trailing slash may be
 * a file or a directory. `exists` receives decoded file paths (`bab/forum/index.html`).
 */
export function fileForPath(path: string, exists: (file: string) => boolean): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const candidates = decoded === '' || decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.find((file) => !file.split('/').includes('..') && exists(file));
}

/** The online page path for a file: `bab/forum/index.html` → `bab/forum/`, `index.html` → ``, `404.html` stays. */
export function pathForFile(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The prefix from a file back to the edition's root: `bab/forum/index.html` → `../../`, `index.html` → `./`. */
export function rootPrefix(fromFile: string): string {
  const depth = fromFile.split('/').length - 1;
  return depth ? '../'.repeat(depth) : './';
}

/** Encode a file path for use in an href, segment by segment. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s).replace(/%40/g, '@')))
    .join('/');
}

/**
 * A relative href from one file of the edition to another, e.g.
 * `relativeHref('bab/a/index.html', 'bab/b/index.html')` → `../b/index.html`.
 * A link to the page itself gives the file's own name.
 */
export function relativeHref(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  const ups = from.length - common;
  const rest = to.slice(common).join('/');
  return encodePath(`${'../'.repeat(ups)}${rest}`);
}

/**
 * Turn a URL from the search index (`/bab/forum/#aturan`, relative to the site
 * root, as Pagefind reports it with baseUrl `/`) into a link from the current
 * page, given that page's prefix back to the root (`../../`).
 * Runs in the reader's browser as part of the offline search.
 */
export function offlineHref(url: string, root: string): string {
  const m = /^([^?#]*)([^#]*)(.*)$/.exec(url)!;
  let path = m[1].replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return root + path + m[2] + m[3];
}
