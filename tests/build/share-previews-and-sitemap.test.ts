import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { loadContentIndex } from '../../src/lib/content-index.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { DIST, ROOT } from '../support/build.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const readerPages = htmlFiles(DIST)
  .map((p) => ({ path: p, $: load(readFileSync(join(DIST, p), 'utf8')) }))
  .filter(({ $ }) => $('main[data-pagefind-body]').length > 0);

describe('share previews', () => {
  it('every chapter and case study has title, description, canonical, hreflang and an Open Graph image of the declared size', () => {
    expect(readerPages.length).toBeGreaterThan(40);
    for (const { path, $ } of readerPages) {
      const title = $('meta[property="og:title"]').attr('content');
      expect(title, path).toBe($('h1').first().text());
      expect($('meta[name="description"]').attr('content')?.length, path).toBeGreaterThan(30);
      expect($('link[rel="canonical"]').attr('href'), path).toMatch(/^https?:\/\//);
      expect($('link[rel="alternate"][hreflang="id"]').length, path).toBe(1);
      expect($('link[rel="alternate"][hreflang="en"]').length, path).toBe(1);
      const image = new URL($('meta[property="og:image"]').attr('content')!).pathname;
      const file = join(DIST, image);
      expect(existsSync(file), `${path} → ${image}`).toBe(true);
      const size = pngSize(file);
      expect(`${size.width}x${size.height}`).toBe(`${$('meta[property="og:image:width"]').attr('content')}x${$('meta[property="og:image:height"]').attr('content')}`);
    }
  });

  it('draws a different image for each language of a page', () => {
    const id = readFileSync(join(DIST, 'og/bab/menyusun-komitmen.png'));
    const en = readFileSync(join(DIST, 'og/en/chapters/menyusun-komitmen.png'));
    expect(id.equals(en)).toBe(false);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

  it('lists every chapter and case study once per language, with alternates', () => {
    expect(new Set(locs).size).toBe(locs.length);
    for (const { path } of readerPages) expect(locs, path).toContain(`/${path.replace(/index\.html$/, '')}`);
    expect(locs.filter((l) => l.startsWith('/en/')).length).toBe(locs.length / 2);
    expect(sitemap).toContain('hreflang="en"');
  });

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });
});

describe('short links', () => {
  it('has /go/<key>/ for every chapter and case study, offering both languages', () => {
    // From the sources, not from the built pages, so a page whose short link is missing cannot go unnoticed.
    const pages = loadContentIndex(join(ROOT, 'content'), true);
    const ids = pages.filter((p) => p.lang === 'id');
    expect(ids.filter((p) => p.kind === 'caseStudy').length).toBeGreaterThan(0);
    for (const p of ids) {
      const en = pages.find((x) => x.lang === 'en' && x.key === p.key)!;
      const go = load(readFileSync(join(DIST, 'go', p.key, 'index.html'), 'utf8'));
      const targets = go('.go-choices a').map((_, a) => go(a).attr('href')).get();
      expect(targets, p.key).toEqual([localizedPath('id', p.kind, p.slug), localizedPath('en', en.kind, en.slug)]);
    }
  });

  it('prints a QR code on every chapter', () => {
    const $ = load(readFileSync(join(DIST, 'bab/forum-multipihak/index.html'), 'utf8'));
    expect($('figure.print-link svg path').length).toBeGreaterThan(0);
    expect($('figure.print-link .short-link').text()).toMatch(/\/go\/forum\/$/);
  });
});
