import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { DIST, ROOT, readPage } from '../support/build.ts';
import { loadBook } from '../../src/publications/source.ts';
import { templateDocx } from '../../src/publications/word.ts';
import { deterministicDocx } from '../../src/publications/docx-pack.ts';
import { formatBytes } from '../../src/lib/offline/sizes.ts';

// Read from the sources with plain text rules, not with the code that makes the documents.
const templates = (['id', 'en'] as const).flatMap((lang) =>
  readdirSync(join(ROOT, 'content/chapters', lang)).filter((f) => f.startsWith('templat-')).map((f) => {
    const source = readFileSync(join(ROOT, 'content/chapters', lang, f), 'utf8');
    return {
      lang, slug: f.replace(/\.mdx$/, ''),
      sections: [...source.matchAll(/^## (.+?)\s*\{#[a-z0-9-]+\}\s*$/gm)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/[*_]/g, '')),
      checkItems: [...source.matchAll(/^\s*- \[ \] /gm)].length,
      // Rows under a yes-or-no column get a "yes" and a "no" checkbox each.
      yesNoBoxes: 2 * [...source.matchAll(/^\|[^\n]*\| (?:Ya atau tidak|Berlaku\?|Yes or no|Applies\?) \|[^\n]*\n\|[-| ]+\|\n((?:\|[^\n]*\n)+)/gm)].reduce((n, m) => n + m[1].trim().split('\n').length, 0),
    };
  }));

describe('every template downloads as a Word document', () => {
  it('finds the templates in both languages', () => {
    expect(templates.filter((t) => t.lang === 'id').length).toBeGreaterThanOrEqual(4);
    expect(templates.filter((t) => t.yesNoBoxes > 0).length).toBe(4);
    expect(templates.filter((t) => t.lang === 'en').map((t) => t.slug)).toEqual(templates.filter((t) => t.lang === 'id').map((t) => t.slug));
  });

  for (const tpl of templates) {
    it(`${tpl.lang}/${tpl.slug}: opens in a Word reader with every section, checkbox, repeated header row and footer`, async () => {
      const file = join(DIST, 'unduh', tpl.lang, `${tpl.slug}.docx`);
      expect(existsSync(file), `${file} is missing: run "npm run build" first`).toBe(true);
      const bytes = readFileSync(file);
      const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
      const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
      expect(tpl.sections.length).toBeGreaterThan(3);
      for (const section of tpl.sections) expect(headings, `section "${section}" as a Word heading`).toContain(section);

      const parts = unzipSync(bytes);
      const doc = strFromU8(parts['word/document.xml']);
      expect((doc.match(/<w14:checkbox>/g) ?? []).length).toBe(tpl.checkItems + tpl.yesNoBoxes);
      const tables = doc.split('<w:tbl>').slice(1);
      for (const table of tables) {
        const rows = table.split('<w:tr>').slice(1);
        expect(rows[0]).toContain('<w:tblHeader/>');
        for (const row of rows) expect(row).toContain('<w:cantSplit/>');
        for (const row of rows.slice(1)) expect(Number(/<w:trHeight w:val="(\d+)"/.exec(row)?.[1])).toBeGreaterThanOrEqual(567);
      }
      expect(strFromU8(parts['word/styles.xml'])).toContain(`<w:lang w:val="${tpl.lang === 'id' ? 'id-ID' : 'en-GB'}"/>`);
      const footer = Object.keys(parts).filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => strFromU8(parts[p])).join('');
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(footer).toContain(`/${tpl.lang === 'id' ? 'bab' : 'en/chapters'}/${tpl.slug}/`);

      const page = readPage(DIST, `${tpl.lang === 'id' ? '' : '/en'}/${tpl.lang === 'id' ? 'bab' : 'chapters'}/${tpl.slug}/`);
      expect(page).toContain(`href="/unduh/${tpl.lang}/${tpl.slug}.docx"`);
      expect(page).toContain(`>Word, ${formatBytes(bytes.length, tpl.lang)}<`);
    });
  }

  it('gives the same bytes each time a template is made', async () => {
    const page = loadBook('id').chapters.find((c) => c.slug === 'templat-komitmen')!;
    const date = new Date('2026-11-30T12:00:00Z');
    const first = deterministicDocx(await templateDocx(page, date), date);
    await new Promise((r) => setTimeout(r, 1100));
    const second = deterministicDocx(await templateDocx(page, date), date);
    expect(Buffer.compare(first, second)).toBe(0);
    expect(strFromU8(unzipSync(first)['docProps/core.xml'])).toContain('2026-11-30T12:00:00Z');
  });
});
