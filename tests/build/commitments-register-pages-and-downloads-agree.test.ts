// The commitments register as a reader finds it in the built site (dist/, from `npm run build`): the register
// page, one page per commitment, the CSV and JSON downloads and the case studies all hold the same records.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'cheerio';
import { DIST, readPage, ROOT } from '../support/build.ts';
import { loadRegister, recordsForCaseStudy, registerCounts } from '../../src/lib/register.ts';
import { localizedPath, registerDownloadPath } from '../../src/lib/routes.ts';
import { formatSize } from '../../src/lib/register-export.ts';
import { manifestName } from '../../src/lib/offline/manifest.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';

const register = loadRegister(join(ROOT, 'content'));
const refs = register.records.map((r) => r.ref);

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

describe('the commitments register', () => {
  if (!existsSync(join(DIST, 'komitmen/index.html'))) throw new Error('dist/komitmen/ is missing: run "npm run build" first.');

  it('has 28 sourced records of 9 local members and 8 local plans, and says so at the top of the page', () => {
    expect(register.records.length).toBe(28);
    expect(register.records.every((r) => r.sources.length > 0 && r.sources.every((s) => /^https?:\/\//.test(s.url)))).toBe(true);
    const counts = registerCounts(register);
    expect(counts).toMatchObject({ members: 9, plans: 8, commitments: 28, national: 1 });
    const $ = load(readPage(DIST, localizedPath('id', 'commitments')));
    expect($('[data-count="members"]').text()).toContain('9 anggota');
    expect($('[data-count="plans"]').text()).toContain('8 rencana aksi');
    expect($('[data-count="commitments"]').text()).toContain('28 komitmen');
  });

  it('lists every record in the table of both languages, each linked to its own page', () => {
    for (const lang of LANGUAGES) {
      const $ = load(readPage(DIST, localizedPath(lang, 'commitments')));
      const rows = $('.table-scroll table tbody tr');
      expect(rows.map((_, tr) => $(tr).attr('data-ref')).get()).toEqual(refs);
      rows.each((i, tr) => {
        const link = $(tr).find('a').first().attr('href');
        expect(link).toBe(localizedPath(lang, 'commitment', refs[i]));
        expect(existsSync(join(DIST, link!, 'index.html')), link).toBe(true);
      });
    }
  });

  it('shows each commitment with its title, summary and every source', () => {
    for (const lang of LANGUAGES) {
      for (const r of register.records) {
        const $ = load(readPage(DIST, localizedPath(lang, 'commitment', r.ref)));
        expect($('h1').text()).toBe(r.title[lang]);
        expect($('.lead').text()).toBe(r.summary[lang]);
        const sources = $('#sumber').parent().find('ol a').map((_, a) => $(a).attr('href')).get();
        expect(sources, r.ref).toEqual(r.sources.map((s) => s.url));
      }
    }
    // The scales stay apart: OGP's "Ambition" field is not shown as an IRM potential-impact rating.
    const boj = load(readPage(DIST, localizedPath('en', 'commitment', 'BOJ0001'))).text();
    expect(boj).toContain('Ambition (OGP website field, not an IRM rating)');
    expect(boj).not.toContain('Potential impact (IRM)');
  });

  it('offers a CSV (UTF-8 with BOM) and a JSON with the same records, linked with their true sizes', () => {
    const csvBytes = readFileSync(join(DIST, registerDownloadPath('csv')));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A spreadsheet program reads it as UTF-8 because of the BOM; a strict decoder finds no bad byte.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(csvBytes);
    expect(text.startsWith('\uFEFFref,ogp_id,')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const [header, ...records] = rows;
    expect(records.length).toBe(28);
    expect(records.every((row) => row.length === header.length)).toBe(true);
    const col = (name: string) => header.indexOf(name);
    const json = JSON.parse(readFileSync(join(DIST, registerDownloadPath('json')), 'utf8')) as { count: number; records: Array<{ ref: string; title: { id: string; en: string }; sources: Array<{ url: string }> }> };
    expect(json.count).toBe(28);
    expect(records.map((row) => row[col('ref')])).toEqual(json.records.map((r) => r.ref));
    expect(records.map((row) => row[col('title_id')])).toEqual(json.records.map((r) => r.title.id));
    expect(records.map((row) => row[col('title_en')])).toEqual(json.records.map((r) => r.title.en));
    expect(records.map((row) => row[col('source_urls')])).toEqual(json.records.map((r) => r.sources.map((s) => s.url).join('; ')));
    expect(json.records.map((r) => r.ref)).toEqual(refs);
    // Indonesian text survives: the en dash and the Indonesian title of IDSMG0005.
    expect(records.find((row) => row[col('ref')] === 'IDSMG0005')![col('title_id')]).toContain('Lapor Hendi');
    for (const lang of LANGUAGES) {
      const $ = load(readPage(DIST, localizedPath(lang, 'commitments')));
      for (const format of ['csv', 'json'] as const) {
        const size = formatSize(statSync(join(DIST, registerDownloadPath(format))).size, lang);
        expect($(`a[data-download="${format}"]`).text()).toContain(size);
      }
      // The data dictionary explains every CSV column.
      expect($('.register-dictionary code').map((_, c) => $(c).text()).get()).toEqual(header);
    }
  });

  it('lists each case study region\'s commitments from the register', () => {
    for (const lang of LANGUAGES) {
      for (const slug of ['semarang', 'bojonegoro', 'daerah-berikutnya']) {
        const $ = load(readPage(DIST, localizedPath(lang, 'caseStudy', slug)));
        const key = slug === 'daerah-berikutnya' ? 'daerah-lain' : slug;
        const listed = $('.case-commitments [data-commitment]').map((_, li) => $(li).attr('data-commitment')).get();
        expect(listed, slug).toEqual(recordsForCaseStudy(register, key).map((r) => r.ref));
        expect(listed.length, slug).toBeGreaterThan(0);
      }
    }
    const semarang = load(readPage(DIST, localizedPath('id', 'caseStudy', 'semarang')));
    expect(semarang('.case-commitments a[href="/komitmen/IDSMG0005/"]').text()).toContain('Lapor Hendi');
    expect(semarang('.case-commitments [data-commitment="ID0083"]').length).toBe(1);
  });

  it('is part of "Save for offline reading" in each language: the register, every commitment, its script and the downloads', () => {
    for (const lang of LANGUAGES) {
      const { files } = JSON.parse(readFileSync(join(DIST, manifestName(lang)), 'utf8')) as { files: Record<string, string> };
      const saved = new Set(Object.keys(files));
      const paths = [localizedPath(lang, 'commitments'), ...refs.map((ref) => localizedPath(lang, 'commitment', ref)), '/assets/register.js', registerDownloadPath('csv'), registerDownloadPath('json')];
      for (const path of paths) expect(saved.has(path.slice(1)), `${lang}: ${path}`).toBe(true);
    }
  });

  it('puts the register pages in the search index under their own type', () => {
    for (const lang of LANGUAGES) {
      const $ = load(readPage(DIST, localizedPath(lang, 'commitment', 'IDSMG0005')));
      expect($('main').attr('data-pagefind-filter')).toBe('type:commitment');
      expect($('main').attr('data-pagefind-body')).toBe('');
    }
    // What Pagefind stored: each commitment page, in both languages, with the type filter "commitment".
    const fragments = readdirSync(join(DIST, 'pagefind/fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; filters: { type?: string[] } });
    const typed = new Set(fragments.filter((f) => f.filters.type?.[0] === 'commitment').map((f) => f.url));
    for (const lang of LANGUAGES) for (const ref of refs) expect(typed.has(localizedPath(lang, 'commitment', ref)), ref).toBe(true);
    const dialog = load(readPage(DIST, localizedPath('id', 'home')));
    expect(dialog('input[name="type"][value="commitment"]').parent().text().trim()).toBe('Komitmen');
  });
});
