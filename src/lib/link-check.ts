import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from './files.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The built page that has the link, relative to the output folder. */
  page: string;
  href: string;
  /** Link text, to find the link in its source. */
  text: string;
  reason: string;
}

const ATTR = /<(a|link|script|img|source)\b[^>]*?\s(href|src)="([^"]*)"[^>]*>(?:([^<]*))?/g;
/** Share-preview images (`og:image`, `twitter:image`): absolute URLs on the site's own address. */
const SHARE_IMAGE = /<meta\b[^>]*?\s(?:property|name)="(?:og:image|twitter:image)"[^>]*?\scontent="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

/** Every HTML file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith('.html'));
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * Check every internal link, stylesheet, script and image of the built site:
 * the target file must exist, and a #fragment must be an id on the target page.
 * `base` is the deployment base path; links outside it are external. Share-preview
 * images are full URLs: those on `siteUrl` (the site's public address) must exist too.
 */
export function findBrokenLinks(outDir: string, base = '/', siteUrl?: string): BrokenLink[] {
  idCache.clear();
  const broken: BrokenLink[] = [];
  // Many pages link to the same targets: resolve each path against the disk once.
  const resolved = new Map<string, string | undefined>();
  const resolve = (pathname: string): string | undefined => {
    if (!resolved.has(pathname)) {
      let target = join(outDir, decodeURIComponent(pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      resolved.set(pathname, existsSync(target) ? target : undefined);
    }
    return resolved.get(pathname);
  };
  const origin = siteUrl ? new URL(siteUrl).origin : undefined;
  for (const page of htmlFiles(outDir)) {
    const html = readFileSync(join(outDir, page), 'utf8');
    const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
    for (const [, raw] of html.matchAll(SHARE_IMAGE)) {
      const url = new URL(raw.replace(/&amp;/g, '&'), pageUrl);
      if (url.origin !== origin && url.origin !== 'http://site') continue;
      if (!url.pathname.startsWith(base) || !resolve(url.pathname)) broken.push({ page, href: raw, text: 'og:image', reason: 'no such share-preview image' });
    }
    for (const m of html.matchAll(ATTR)) {
      const [, tag, , raw, text = ''] = m;
      if (!raw || /^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      if (tag === 'link' && !/rel="(stylesheet|icon)"/.test(m[0])) continue;
      const url = new URL(raw.replace(/&amp;/g, '&'), pageUrl);
      if (url.origin !== 'http://site') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href: raw, text, reason: `leaves the site's base path ${base}` });
        continue;
      }
      const target = resolve(url.pathname);
      if (!target) {
        broken.push({ page, href: raw, text, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page, href: raw, text, reason: `the page ${relative(outDir, target)} has no section #${fragment}` });
      }
    }
  }
  return broken;
}
