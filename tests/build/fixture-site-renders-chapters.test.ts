import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { load } from 'cheerio';
import { imageProblems } from '../support/page-weight.ts';
import { readPage, ROOT, sharedBuild } from '../support/build.ts';

let out: string;
let previewOutput: string;
const page = (path: string) => load(readPage(out, path));

beforeAll(() => {
  // No SITE_URL, as in a local preview build.
  const build = sharedBuild(join(ROOT, 'tests/fixtures/basic'), { SITE_URL: '' });
  expect(build.status, build.output).toBe(0);
  out = build.outDir;
  previewOutput = build.output;
});

describe('the build log', () => {
  it('warns when SITE_URL is not set, naming what will point at the local address and how to set it', () => {
    expect(previewOutput).toMatch(/SITE_URL is not set.*printed QR codes.*http:\/\/localhost:4321.*SITE_URL=https:\/\/\S+ npm run build/);
  });
});

describe('a built chapter', () => {
  it('declares its language on <html> in both languages', () => {
    expect(page('/bab/tim/')('html').attr('lang')).toBe('id');
    expect(page('/en/chapters/tim/')('html').attr('lang')).toBe('en');
  });

  it('shows a chapter number derived from part and order', () => {
    expect(page('/bab/dasar/')('.eyebrow').text()).toBe('Bab 1.1');
    expect(page('/bab/tim/')('.eyebrow').text()).toBe('Bab 1.2');
    expect(page('/bab/komitmen/')('.eyebrow').text()).toBe('Bab 2.1');
    expect(page('/en/chapters/komitmen/')('.eyebrow').text()).toBe('Chapter 2.1');
  });

  it('links to the previous and next chapter in reading order', () => {
    const $ = page('/bab/tim/');
    expect($('a[rel="prev"]').attr('href')).toBe('/bab/dasar/');
    expect($('a[rel="next"]').attr('href')).toBe('/bab/komitmen/');
    expect(page('/bab/dasar/')('a[rel="prev"]').length).toBe(0);
  });

  it('marks the current page in the sidebar, grouped by part', () => {
    const $ = page('/bab/tim/');
    expect($('.sidebar a[aria-current="page"]').attr('href')).toBe('/bab/tim/');
    expect($('.sidebar .sidebar-part.current .part-title').text()).toContain('Bagian 1');
    expect($('.sidebar .sidebar-part').length).toBe(2);
    // The header's menu lists every part with its chapters, the current one marked.
    expect($('.site-menu a[aria-current="page"]').attr('href')).toBe('/bab/tim/');
    expect($('.site-menu .sidebar-part').length).toBe(2);
  });

  it('lists its sections in the contents and gives every heading a copy-link control', () => {
    const $ = page('/bab/komitmen/');
    // In the text (phones) and in the rail beside it (wide screens).
    expect($('.toc-text a').map((_, a) => $(a).attr('href')).get()).toEqual(['#kapan', '#detail']);
    expect($('.toc-rail a').map((_, a) => $(a).attr('href')).get()).toEqual(['#kapan', '#detail']);
    expect($('h2#kapan').parent().find('a.anchor-link').attr('href')).toBe('#kapan');
    expect($('a.anchor-link[href="#detail"]').attr('aria-label')).toContain('Detail');
  });

  it('points hreflang alternates and the language switch at the counterpart page', () => {
    const $ = page('/bab/tim/');
    expect($('link[hreflang="en"]').attr('href')).toMatch(/\/en\/chapters\/tim\/$/);
    expect($('a.lang-switch').attr('href')).toBe('/en/chapters/tim/');
    expect(page('/en/chapters/tim/')('a.lang-switch').attr('href')).toBe('/bab/tim/');
  });

  it('renders GFM: tables, footnotes, strikethrough and autolinks', () => {
    const $ = page('/bab/dasar/');
    expect($('.prose table td').first().text()).toBe('1');
    expect($('.prose del').text()).toBe('strike');
    expect($('.prose a[href="https://example.org/auto"]').attr('rel')).toContain('noopener');
    expect($('.prose sup a[data-footnote-ref]').length).toBe(1);
    expect($('.prose .footnotes, .prose section[data-footnotes]').text()).toContain('Fixture note.');
  });

  it('resolves page: links and glossary terms in the page language', () => {
    expect(page('/bab/dasar/')('.prose a:contains("link to the commitment chapter")').attr('href')).toBe('/bab/komitmen/#kapan');
    expect(page('/en/chapters/dasar/')('.prose a:contains("link to the commitment chapter")').attr('href')).toBe('/en/chapters/komitmen/#kapan');
    expect(page('/bab/dasar/')('a.term').attr('href')).toBe('/glosarium/#komitmen');
    expect(page('/bab/dasar/')('.prose a:contains("other language")').attr('href')).toBe('/en/chapters/komitmen/');
    expect(page('/bab/dasar/')('.prose a:contains("other language")').attr('hreflang')).toBe('en');
    expect(page('/en/chapters/dasar/')('a.term').attr('href')).toBe('/en/glossary/#komitmen');
  });

  it('turns author components into plain HTML with anchors', () => {
    const $ = page('/bab/tim/');
    expect($('ol.steps > li.step h3').map((_, h) => $(h).attr('id')).get()).toEqual(['langkah-satu', 'langkah-dua']);
    expect($('.checklist li').map((_, li) => $(li).attr('id')).get()).toEqual(['siap-1', 'siap-2']);
    expect($('#siap-1 label').text().trim()).toBe('One');
    expect($('#siap-1 input[type="checkbox"]').attr('disabled')).toBeUndefined();
    expect(page('/bab/dasar/')('aside.callout-tip .callout-title').text()).toBe('Tips');
    expect(page('/en/chapters/dasar/')('aside.callout-tip .callout-title').text()).toBe('Tip');
    expect(page('/bab/dasar/')('.prose em span[lang="en"]').text()).toBe('Letter of Support');
    expect(page('/en/chapters/dasar/')('.prose em span[lang="id"]').text()).toBe('surat dukungan');
  });

  it('shows a real commitment from the register with <Commitment id>, and links to the register by page:daftar-komitmen', () => {
    for (const [path, title, register] of [['/bab/komitmen/', 'Kanal aduan warga', '/komitmen/#unduh'], ['/en/chapters/komitmen/', 'A complaints channel for residents', '/en/commitments/#unduh']]) {
      const $ = page(path);
      const card = $('aside.commitment-card[data-commitment="IDCTH0002"]');
      expect(card.find('.commitment-card-title a').text(), path).toBe(title);
      expect(card.find('.commitment-card-title a').attr('href'), path).toBe(register.replace('#unduh', 'IDCTH0002/'));
      expect(card.text(), path).toMatch(/Kabupaten Contoh|Contoh Regency/);
      expect($(`a[href="${register}"]`).length, path).toBe(1);
      expect(readPage(out, register.replace('#unduh', '')), path).toContain('id="unduh"');
    }
  });

  it("shows an author's image as WebP with its size, lazy loading and alt text in the page's language, online and offline", () => {
    const id = page('/bab/tim/')('.prose img');
    const en = page('/en/chapters/tim/')('.prose img');
    expect(id.length).toBe(1);
    expect(id.attr('alt')).toMatch(/^Bagan tim: lingkaran biru/);
    expect(en.attr('alt')).toMatch(/^Team chart: a blue circle/);
    expect(id.attr('src')).toMatch(/^\/_astro\/bagan-tim\.[\w-]+\.webp$/);
    expect([id.attr('width'), id.attr('height')]).toEqual(['800', '400']);
    // The page-weight rules hold on a page that has an image.
    expect(imageProblems(readPage(out, '/bab/tim/'))).toEqual([]);
    const file = join(out, id.attr('src')!);
    expect(readFileSync(file).subarray(8, 12).toString()).toBe('WEBP');
    // Saved with each language for offline reading, and inside the offline zip.
    const src = id.attr('src')!.slice(1);
    for (const lang of ['id', 'en']) expect(readFileSync(join(out, `offline-manifest-${lang}.json`), 'utf8')).toContain(src);
    const zip = unzipSync(readFileSync(join(out, 'pedoman-ogp-offline.zip')));
    expect(zip[`pedoman-ogp/${src}`]?.length).toBe(readFileSync(file).length);
    expect(strFromU8(zip['pedoman-ogp/bab/tim/index.html'])).toContain(`src="../../${src}"`);
  });

  it('lists its sources and the last-reviewed date', () => {
    const $ = page('/bab/dasar/');
    expect($('.page-sources a').attr('href')).toBe('https://www.opengovpartnership.org/process/action-plan-cycle/');
    expect($('.page-meta').text()).toContain('27 November 2026');
  });
});

describe('a built case study', () => {
  it('shows an at-a-glance box from its frontmatter', () => {
    const $ = page('/studi-kasus/contoh/');
    const glance = $('.glance').text();
    for (const value of ['Kabupaten Contoh', 'Jawa Timur', '2016–2018', 'Bupati Contoh', 'Lembaga Contoh', 'Perintis OGP (2016)']) expect(glance).toContain(value);
    expect($('.glance a').attr('href')).toBe('/bab/komitmen/');
    expect($('.glance [data-pagefind-filter="region"]').text()).toBe('Kabupaten Contoh');
  });
});

describe('the search index', () => {
  it('has one index per language', () => {
    expect(existsSync(join(out, 'pagefind/wasm.id.pagefind'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/wasm.en.pagefind'))).toBe(true);
  });
});

describe('a build under a sub-path', () => {
  it('prefixes every internal link with the base path', () => {
    const build = sharedBuild(join(ROOT, 'tests/fixtures/basic'), { BASE_PATH: '/pedoman-ogp/', SITE_URL: 'https://example.org' });
    expect(build.status, build.output).toBe(0);
    const $ = load(readPage(build.outDir, '/bab/tim/'));
    expect($('a[rel="next"]').attr('href')).toBe('/pedoman-ogp/bab/komitmen/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://example.org/pedoman-ogp/bab/tim/');
    expect($('html').attr('data-base')).toBe('/pedoman-ogp/');
    expect(build.output).not.toContain('SITE_URL is not set');
  });
});
