/**
 * What a reader's browser downloads to show one built page, read from the built
 * HTML (no browser needed): the HTML itself, its stylesheets (and their @imports),
 * every script that runs before the reader does anything, and eagerly loaded
 * images. Sizes are raw and gzip (level 6, what static hosts use), so budgets can
 * be checked in a plain test and the benchmark can print the same figures.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

/** The kind of a downloaded file, for the per-kind totals. */
export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

/** One file a page load fetches, with its size on the wire. */
export interface Resource {
  /** URL as written in the page (or as observed in a browser). */
  url: string;
  /** File inside the built site, if it exists. */
  file?: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
}

/** Raw and gzip bytes per kind; `total` is HTML + CSS + JS (images and fonts are listed separately). */
export interface ByteTotals {
  html: number;
  css: number;
  js: number;
  /** HTML + CSS + JS. */
  total: number;
  images: number;
  fonts: number;
}

/** The first load of one page before any interaction. */
export interface FirstLoad {
  /** URL path of the page, e.g. "/bab/menyusun-komitmen/". */
  page: string;
  resources: Resource[];
  /** Number of requests: the page itself plus every resource it pulls in before interaction. */
  requests: number;
  raw: ByteTotals;
  gzip: ByteTotals;
  /** Executable inline scripts: how many and their bytes (UTF-8). JSON data blocks are not counted. */
  inlineScripts: { count: number; bytes: number };
  /** External scripts the HTML itself makes the browser run or preload (script[src], modulepreload, preload as=script). */
  externalScripts: string[];
}

/** gzip size of a buffer at level 6, the default of nginx, Apache and most static hosts. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 6 }).length;
}

/** Kind of a file from its extension (or a hint such as a Playwright resource type). */
export function kindOf(pathOrUrl: string, hint?: string): ResourceKind {
  const ext = extname(pathOrUrl.split(/[?#]/)[0]).toLowerCase();
  if (hint === 'document' || ext === '.html' || pathOrUrl.split(/[?#]/)[0].endsWith('/')) return 'html';
  if (hint === 'stylesheet' || ext === '.css') return 'css';
  if (hint === 'script' || ext === '.js' || ext === '.mjs') return 'js';
  if (hint === 'image' || ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico'].includes(ext)) return 'image';
  if (hint === 'font' || ['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  return 'other';
}

/**
 * The file in `outDir` that serves `url` (absolute or root-relative), as a static host
 * would: the base path stripped, directories mapped to index.html. Undefined if none.
 */
export function fileForUrl(outDir: string, url: string, base = '/'): string | undefined {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid/').pathname);
  if (!path.startsWith(base)) return undefined;
  let file = normalize(join(outDir, path.slice(base.length)));
  if (!file.startsWith(normalize(outDir))) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Executable inline scripts of an HTML document (JSON and other data blocks excluded). */
export function inlineScripts(html: string): string[] {
  const $ = load(html);
  return $('script:not([src])')
    .filter((_, el) => {
      const type = ($(el).attr('type') ?? '').trim().toLowerCase();
      return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    })
    .map((_, el) => $(el).html() ?? '')
    .get();
}

function resource(outDir: string, url: string, base: string, hint?: string): Resource {
  const file = fileForUrl(outDir, url, base);
  const data = file ? readFileSync(file) : Buffer.alloc(0);
  return { url, file, kind: kindOf(file ?? url, hint), raw: data.length, gzip: data.length ? gzipSize(data) : 0 };
}

/** `@import` and `url()` targets of a stylesheet that a browser fetches on first paint: imports and @font-face sources. */
function cssDependencies(css: string): Array<{ url: string; kind: 'css' | 'font' }> {
  const deps: Array<{ url: string; kind: 'css' | 'font' }> = [];
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g)) deps.push({ url: m[1], kind: 'css' });
  for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    // A browser fetches the first source it supports; woff2 is listed first in practice.
    const first = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(face[1]);
    if (first && !first[1].startsWith('data:')) deps.push({ url: first[1], kind: 'font' });
  }
  return deps;
}

function totals(resources: Resource[], field: 'raw' | 'gzip'): ByteTotals {
  const sum = (kind: ResourceKind) => resources.filter((r) => r.kind === kind).reduce((n, r) => n + r[field], 0);
  const html = sum('html');
  const css = sum('css');
  const js = sum('js');
  return { html, css, js, total: html + css + js, images: sum('image'), fonts: sum('font') };
}

/**
 * The first load of the page at `urlPath` in the built site `outDir`, from its HTML:
 * stylesheets (with @imports and font files), external and preloaded scripts,
 * and images not marked loading="lazy". `extraUrls` adds files observed in a
 * browser (for example modules the inline script imports at start-up), so the
 * totals can include what only running the page reveals.
 */
export function firstLoadWeight(outDir: string, urlPath: string, options: { base?: string; extraUrls?: Array<{ url: string; type?: string }> } = {}): FirstLoad {
  const base = options.base ?? '/';
  const pageUrl = base + urlPath.replace(/^\//, '');
  const page = resource(outDir, pageUrl, base, 'document');
  if (!page.file) throw new Error(`No built page at ${urlPath} in ${outDir}.`);
  const html = readFileSync(page.file, 'utf8');
  const $ = load(html);
  const seen = new Set<string>([new URL(pageUrl, 'http://site.invalid/').pathname]);
  const resources: Resource[] = [page];
  const add = (url: string | undefined, hint?: string) => {
    if (!url || url.startsWith('data:')) return undefined;
    if (/^([a-z]+:)?\/\//i.test(url)) {
      // Another host: a request all the same, but its size cannot be read from the build.
      if (!seen.has(url)) resources.push({ url, kind: kindOf(url, hint), raw: 0, gzip: 0 });
      seen.add(url);
      return undefined;
    }
    const abs = new URL(url, new URL(pageUrl, 'http://site.invalid/')).pathname;
    if (seen.has(abs)) return undefined;
    seen.add(abs);
    const r = resource(outDir, abs, base, hint);
    resources.push(r);
    return r;
  };
  const externalScripts: string[] = [];
  $('link[rel~="stylesheet"][href]').each((_, el) => {
    if (($(el).attr('media') ?? 'all') === 'print') return;
    const css = add($(el).attr('href'), 'stylesheet');
    if (css?.file) {
      for (const dep of cssDependencies(readFileSync(css.file, 'utf8'))) {
        const cssUrl = new URL(dep.url, new URL(css.url, 'http://site.invalid/')).pathname;
        add(cssUrl, dep.kind === 'css' ? 'stylesheet' : 'font');
      }
    }
  });
  $('script[src]').each((_, el) => {
    externalScripts.push($(el).attr('src')!);
    add($(el).attr('src'), 'script');
  });
  $('link[rel~="modulepreload"][href], link[rel~="preload"][as="script"][href]').each((_, el) => {
    externalScripts.push($(el).attr('href')!);
    add($(el).attr('href'), 'script');
  });
  $('link[rel~="preload"][as="style"][href]').each((_, el) => void add($(el).attr('href'), 'stylesheet'));
  $('link[rel~="preload"][as="font"][href]').each((_, el) => void add($(el).attr('href'), 'font'));
  $('img[src]').each((_, el) => {
    if (($(el).attr('loading') ?? '').toLowerCase() !== 'lazy') add($(el).attr('src'), 'image');
  });
  for (const extra of options.extraUrls ?? []) add(extra.url, extra.type);
  const scripts = inlineScripts(html);
  return {
    page: urlPath,
    resources,
    requests: resources.length,
    raw: totals(resources, 'raw'),
    gzip: totals(resources, 'gzip'),
    inlineScripts: { count: scripts.length, bytes: scripts.reduce((n, s) => n + Buffer.byteLength(s), 0) },
    externalScripts,
  };
}

/** Image formats that count as modern: AVIF, WebP and SVG (vector). */
const MODERN = /\.(avif|webp|svg)(?:[?#]|$)/i;

/**
 * Problems with the images of one HTML document, one message per issue: every
 * <img> needs width and height (no layout shift), loading="lazy", and a modern
 * format (AVIF, WebP or SVG) either in its src or through a <picture> <source>.
 */
export function imageProblems(html: string): string[] {
  const $ = load(html);
  const problems: string[] = [];
  $('img').each((_, el) => {
    const img = $(el);
    const src = img.attr('src') ?? '(no src)';
    if (!img.attr('width') || !img.attr('height')) problems.push(`<img src="${src}"> has no width and height attributes.`);
    if ((img.attr('loading') ?? '').toLowerCase() !== 'lazy') problems.push(`<img src="${src}"> does not have loading="lazy".`);
    const sources = img.parent('picture').find('source').map((_, s) => `${$(s).attr('type') ?? ''} ${$(s).attr('srcset') ?? ''}`).get();
    const modern = MODERN.test(src) || (img.attr('srcset') ?? '').split(',').every((c) => c.trim() === '' || MODERN.test(c.trim().split(/\s+/)[0])) && !!img.attr('srcset') ||
      sources.some((s) => /image\/(avif|webp|svg)/.test(s) || MODERN.test(s.trim().split(/\s+/)[1] ?? ''));
    if (!modern) problems.push(`<img src="${src}"> is not in a modern format (AVIF, WebP or SVG, or a <picture> with such a <source>).`);
  });
  return problems;
}
