import { readFileSync, existsSync } from 'node:fs';
import { findBrokenLinks, type BrokenLink } from '../lib/link-check.ts';
import { loadContentIndex } from '../lib/content-index.ts';
import { localizedPath, withBase } from '../lib/routes.ts';
import { BASE_PATH, SITE_URL } from '../lib/site.ts';

/** The content file (and line, when the link text can be found) behind a built page's broken link. */
function locate(link: BrokenLink): string {
  const url = `/${link.page.replace(/index\.html$/, '')}`;
  const source = loadContentIndex().find((p) => withBase(localizedPath(p.lang, p.kind, p.slug)) === url);
  if (!source || !existsSync(source.file)) return `${link.page} (built page)`;
  const lines = readFileSync(source.file, 'utf8').split('\n');
  const needle = link.text.trim() || link.href;
  const index = needle ? lines.findIndex((l) => l.includes(needle)) : -1;
  return index >= 0 ? `${source.file}:${index + 1}` : source.file;
}

/**
 * Fail the build if any internal link, #anchor or share-preview image in the built site leads nowhere,
 * naming the content file and line of each. Runs once every file a page may link to exists (the
 * publications installed, the ZIP's name reserved).
 */
export function checkLinks(outDir: string, log: { info(message: string): void }): void {
  const broken = findBrokenLinks(outDir, BASE_PATH, SITE_URL);
  if (broken.length) {
    const lines = broken.map((b) => `${locate(b)}: the link "${b.text.trim() || b.href}" → ${b.href}: ${b.reason}. Fix the link or the target's anchor.`);
    throw new Error(`${broken.length} broken link(s) in the built site:\n  ${lines.join('\n  ')}`);
  }
  log.info('Every internal link and #anchor resolves.');
}
