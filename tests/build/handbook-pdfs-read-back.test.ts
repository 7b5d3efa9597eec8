import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST, readPage } from '../support/build.ts';
import { chaptersInOrder } from '../support/chapters.ts';
import { formatBytes } from '../../src/lib/offline/sizes.ts';

type Line = string;

/** Every page's text lines (items grouped by their baseline), read by pdf.js. */
async function readPdf(file: string) {
  expect(existsSync(file), `${file} is missing: run "npm run build" first`).toBe(true);
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const pages: Line[][] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.flatMap((it) => ('str' in it ? [{ s: it.str, y: Math.round(it.transform[5]) }] : []));
    const lines = new Map<number, string>();
    for (const it of items) lines.set(it.y, (lines.get(it.y) ?? '') + it.s);
    pages.push([...lines.values()].map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return { doc, pages, meta: (await doc.getMetadata()).info as Record<string, unknown>, outline: await doc.getOutline() };
}

function flatten(items: Array<{ title: string; items: unknown[] }>): string[] {
  return items.flatMap((i) => [i.title, ...flatten(i.items as Array<{ title: string; items: unknown[] }>)]);
}

for (const lang of ['id', 'en'] as const) {
  describe(`the ${lang} handbook PDF`, () => {
    const chapters = chaptersInOrder(lang);
    const headingOf = (c: { number: string; title: string }) => `${c.number} ${c.title}`.replace(/\s+/g, ' ');

    it('holds every chapter in order, its contents give the pages where they start, and its bookmarks cover every chapter', async () => {
      const { doc, pages, meta, outline } = await readPdf(join(DIST, 'unduh', `pedoman-ogp-${lang}.pdf`));
      expect(meta.Language).toBe(lang);
      expect(meta.Title).toBeTruthy();
      expect(meta.Author).toBeTruthy();
      // The contents: lines ending with dot leaders and a page number (a long title may wrap onto two lines).
      const contentsPages = pages.findIndex((p) => p.some((l) => /\. \. \. .*\d+$/.test(l)));
      const listed = new Map<string, number>();
      let pending = '';
      for (let i = contentsPages; i < pages.length && pages[i].some((l) => /\. \. \./.test(l)); i += 1) {
        for (const line of pages[i]) {
          const m = /^(.*?)[\s.]*\.\s(\d+)$/.exec(line);
          if (m) { listed.set(`${pending} ${m[1]}`.trim(), Number(m[2])); pending = ''; } else if (!/^\d+$/.test(line)) pending = `${pending} ${line}`.trim();
        }
      }
      const lastContents = Math.max(...[...pages.keys()].filter((i) => pages[i].some((l) => /\. \. \./.test(l))));
      let previous = 0;
      for (const c of chapters) {
        const title = headingOf(c);
        expect(listed.get(title), `contents line for ${title}`).toBeGreaterThan(0);
        // The chapter starts on the first page after the contents that shows its heading.
        const start = pages.findIndex((p, i) => i > lastContents && p.join(" ").includes(title));
        expect(start, `page of ${title}`).toBeGreaterThan(previous);
        previous = start;
        expect(start + 1, `contents page number of ${title}`).toBe(listed.get(title));
        expect(pages[start].at(-1), 'the printed page number').toBe(String(start + 1));
      }
      const bookmarks = flatten(outline as never).map((t) => t.replace(/\s+/g, ' '));
      for (const c of chapters) expect(bookmarks).toContain(headingOf(c));
      expect(bookmarks.length).toBeGreaterThan(chapters.length * 3);
      // Tagged for screen readers: pdf.js finds a structure tree with headings on a chapter's first page.
      const tree = JSON.stringify(await doc.getPage(pages.findIndex((p, i) => i > lastContents && p.join(' ').includes(headingOf(chapters[0]))) + 1).then((p) => p.getStructTree()));
      expect(tree).toMatch(/"role":"H\d?"/);
    });

    it('has one PDF per chapter, linked from the chapter page with its size', async () => {
      for (const c of chapters) {
        const file = join(DIST, 'unduh', lang, `${c.slug}.pdf`);
        const { pages, meta } = await readPdf(file);
        expect(meta.Language).toBe(lang);
        expect(pages.flat().join(' ')).toContain(headingOf(c));
        const html = readPage(DIST, `${lang === 'id' ? '/bab' : '/en/chapters'}/${c.slug}/`);
        expect(html).toContain(`href="/unduh/${lang}/${c.slug}.pdf"`);
        expect(html).toContain(`>PDF, ${formatBytes(readFileSync(file).length, lang)}<`);
      }
    });
  });
}
