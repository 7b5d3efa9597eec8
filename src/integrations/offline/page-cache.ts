import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirectTargetOf, type RewrittenPage } from '../../lib/offline/edition.ts';
import { BASE_PATH, BUILD_DATE, SITE_URL } from '../../lib/site.ts';
import type { SiteFiles } from './inventory.ts';

/** The code that decides how a page is rewritten for the offline edition (the tokenizer's by its version): a change to it empties the cache. */
const REWRITER_SOURCES = ['src/lib/offline/edition.ts', 'src/lib/offline/html.ts', 'node_modules/htmlparser2/package.json', 'node_modules/entities/package.json', 'src/lib/offline/html-urls.ts', 'src/lib/offline/paths.ts', 'src/integrations/offline/crawl.ts', 'src/integrations/offline/redirects.ts', 'src/integrations/offline/page-cache.ts', 'content/ui/id.json', 'content/ui/en.json'];

/** Rewritten pages kept from the previous build, by a key of everything the rewrite depends on. */
export interface PageCache {
  /** The page as the previous build rewrote it, if nothing it depends on changed. */
  get(file: string, html: string): RewrittenPage | undefined;
  /** Keep a page's rewrite for the next build. */
  set(file: string, html: string, page: RewrittenPage): void;
  /** Write the new entries and remove those this build did not use. */
  save(): { reused: number; rewritten: number };
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The offline edition's cache of rewritten pages (in the build's cache folder), so a rebuild rewrites only
 * the pages whose bytes changed. A page's rewrite depends on its own HTML and file name, on which files the
 * site has and where its redirect pages lead (links are resolved against them), on the rewriter's code and
 * on the settings the banner shows (version date, SITE_URL, BASE_PATH): all of them are in the key.
 */
export function openPageCache(cacheDir: string, site: SiteFiles): PageCache {
  const dir = join(cacheDir, 'offline-pages');
  const code = REWRITER_SOURCES.map((f) => (existsSync(join(site.root, f)) ? readFileSync(join(site.root, f), 'utf8') : '')).join('\0');
  const redirects = site.files.filter((f) => f.endsWith('.html')).map((f) => `${f}→${redirectTargetOf(site.text(f)) ?? ''}`);
  const salt = sha([sha(code), BUILD_DATE.toISOString(), SITE_URL, BASE_PATH, sha(site.files.join('\n')), sha(redirects.join('\n'))].join('\n'));
  const keyOf = (file: string, html: string) => sha(`${salt}\n${file}\n${html}`);
  const used = new Set<string>();
  const fresh = new Map<string, RewrittenPage>();
  let reused = 0;
  return {
    get(file, html) {
      const key = keyOf(file, html);
      const path = join(dir, `${key}.json`);
      if (!existsSync(path)) return undefined;
      try {
        const page = JSON.parse(readFileSync(path, 'utf8')) as RewrittenPage;
        used.add(key);
        reused += 1;
        return page;
      } catch {
        return undefined;
      }
    },
    set(file, html, page) {
      const key = keyOf(file, html);
      used.add(key);
      fresh.set(key, page);
    },
    save() {
      mkdirSync(dir, { recursive: true });
      for (const [key, page] of fresh) writeFileSync(join(dir, `${key}.json`), JSON.stringify(page));
      for (const name of readdirSync(dir)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
      return { reused, rewritten: fresh.size };
    },
  };
}
