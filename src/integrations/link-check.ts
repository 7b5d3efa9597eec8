import type { AstroIntegration } from 'astro';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, type BrokenLink } from '../lib/link-check.ts';
import { loadContentIndex } from '../lib/content-index.ts';
import { localizedPath, withBase } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';

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

/** After the build, fail it if any internal link, #anchor or share-preview image in the output leads nowhere. */
export function linkCheckIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'pedoman:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const broken = findBrokenLinks(fileURLToPath(dir), base, SITE_URL);
        if (broken.length) {
          const lines = broken.map((b) => `${locate(b)}: the link "${b.text.trim() || b.href}" → ${b.href}: ${b.reason}. Fix the link or the target's anchor.`);
          throw new Error(`${broken.length} broken link(s) in the built site:\n  ${lines.join('\n  ')}`);
        }
        logger.info('Every internal link and #anchor resolves.');
      },
    },
  };
}
