import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { findBrokenLinks, htmlFiles } from '../../src/lib/link-check.ts';
import { DIST } from '../support/build.ts';

const pages = htmlFiles(DIST)
  .map((p) => ({ path: p, $: load(readFileSync(join(DIST, p), 'utf8')) }))
  .filter(({ $ }) => $('meta[http-equiv="refresh"]').length === 0);
const imageOf = (path: string) => {
  const { $ } = pages.find((p) => p.path === path)!;
  return new URL($('meta[property="og:image"]').attr('content')!).pathname;
};

describe('share previews for every page', () => {
  it('every page declares a 1200×630 share image that exists in the build', () => {
    const missing: string[] = [];
    for (const { path, $ } of pages) {
      const content = $('meta[property="og:image"]').attr('content');
      if (!content) { missing.push(`${path}: no og:image`); continue; }
      try {
        const png = readFileSync(join(DIST, new URL(content).pathname));
        if (png.subarray(1, 4).toString() !== 'PNG' || png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630) missing.push(`${path}: ${content} is not a 1200×630 PNG`);
      } catch {
        missing.push(`${path}: ${content} does not exist`);
      }
    }
    expect(pages.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it("shows a short link's chapter preview on /go/<key>/, the address in QR codes and chat messages", () => {
    expect(imageOf('go/komitmen/index.html')).toBe(imageOf('bab/menyusun-komitmen/index.html'));
    expect(imageOf('go/bojonegoro/index.html')).toBe(imageOf('studi-kasus/bojonegoro/index.html'));
    expect(imageOf('cari/index.html')).not.toBe(imageOf('en/search/index.html'));
  });

  it('the built-link check fails on a share image that is not in the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-og-'));
    mkdirSync(join(dir, 'og'));
    writeFileSync(join(dir, 'og/ada.png'), 'png');
    const page = (image: string) => `<!doctype html><html><head><meta property="og:image" content="https://pedoman.example.go.id${image}"></head><body></body></html>`;
    writeFileSync(join(dir, 'index.html'), page('/og/ada.png'));
    mkdirSync(join(dir, 'cari'));
    writeFileSync(join(dir, 'cari/index.html'), page('/og/cari.png'));
    expect(findBrokenLinks(dir, '/', 'https://pedoman.example.go.id')).toEqual([
      { page: 'cari/index.html', href: 'https://pedoman.example.go.id/og/cari.png', text: 'og:image', reason: 'no such share-preview image' },
    ]);
  });
});
