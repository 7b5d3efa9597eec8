import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { DIST, ROOT } from '../support/build.ts';

/**
 * What Pagefind stored for each page: the text its excerpts are cut from. A fragment file is
 * gzip of "pagefind_dcd" followed by JSON.
 */
function indexedPages(): Map<string, string> {
  const dir = join(DIST, 'pagefind/fragment');
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const { url, content } = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as { url: string; content: string };
    pages.set(url, content);
  }
  return pages;
}

const ui = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'content/ui', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('the search index', () => {
  const indexed = indexedPages();
  const readerPages = htmlFiles(DIST)
    .map((p) => load(readFileSync(join(DIST, p), 'utf8')))
    .filter(($) => $('main[data-pagefind-body]').length > 0);

  it('holds every chapter and case study, starting with its title and lead', () => {
    expect(readerPages.length).toBeGreaterThan(40);
    expect(indexed.size).toBe(readerPages.length);
    for (const $ of readerPages) {
      const url = new URL($('link[rel="canonical"]').attr('href')!).pathname;
      const content = indexed.get(url);
      expect(content, `${url} is not in the search index`).toBeDefined();
      expect(content!.startsWith($('h1').first().text()), url).toBe(true);
      expect(content, url).toContain($('.lead').first().text().trim().slice(0, 60));
    }
  });

  it('leaves out the page controls, so excerpts show only guidance', () => {
    const notes = [ui('id')['checklist.saved'], ui('en')['checklist.saved']];
    for (const [url, content] of indexed) {
      // The "#" of each heading's copy-link control.
      expect(content, url).not.toMatch(/(^|\s)#(\s|$)/);
      for (const note of notes) expect(content, url).not.toContain(note);
    }
  });
});
