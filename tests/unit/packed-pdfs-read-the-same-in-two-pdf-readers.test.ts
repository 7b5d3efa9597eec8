// The PDFs are saved again with their objects in compressed object streams (src/publications/pdf-pack.ts).
// Two PDF readers that are not the project's code (pdf.js and pdf-lib) must read the packed file exactly as
// they read the file Typst wrote: the same pages, text, bookmarks, tags for screen readers and metadata.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { ROOT } from '../support/build.ts';
import { loadBook } from '../../src/publications/source.ts';
import { chapterTypst } from '../../src/publications/typst-doc.ts';
import { compilePdf, imagePath } from '../../src/publications/pdf.ts';
import { packPdf } from '../../src/publications/pdf-pack.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/basic');
const DATE = new Date('2026-11-30T00:00:00Z');

/** What a reader shows of a PDF: every page's text, the bookmarks, the tags of each page and the metadata. */
async function whatReadersSee(pdf: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  const tags: unknown[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    pages.push((await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(''));
    tags.push(await page.getStructTree());
  }
  const titles = (items: Array<{ title: string; items: unknown[] }> | null): string[] => (items ?? []).flatMap((i) => [i.title, ...titles(i.items as never)]);
  const { info } = await doc.getMetadata();
  return { pages, tags, bookmarks: titles(await doc.getOutline()), marked: await doc.getMarkInfo(), info };
}

let raw: Uint8Array;
let packed: Uint8Array;

beforeAll(async () => {
  process.env.CONTENT_DIR = FIXTURE;
  // The fixture's team chapter has an image, a table, a callout, steps and footnotes.
  const chapter = loadBook('id', FIXTURE).chapters.find((c) => c.slug === 'tim')!;
  raw = await compilePdf('id/tim', chapterTypst(chapter, DATE, imagePath), DATE);
  packed = packPdf(raw);
});

describe('a packed PDF', () => {
  it('reads in pdf.js exactly as the PDF Typst wrote, tags and bookmarks included', async () => {
    const [before, after] = [await whatReadersSee(raw), await whatReadersSee(packed)];
    expect(after.pages.join('')).toContain('Langkah');
    expect(after.bookmarks.length).toBeGreaterThan(1);
    expect(after.marked).toMatchObject({ Marked: true });
    expect((after.info as { Language?: string }).Language).toBe('id');
    expect(after).toEqual(before);
  });

  it('opens in pdf-lib with its pages, title and language', async () => {
    const doc = await PDFDocument.load(packed, { updateMetadata: false });
    expect(doc.getPageCount()).toBe((await PDFDocument.load(raw, { updateMetadata: false })).getPageCount());
    expect(doc.getTitle()).toBeTruthy();
    expect(doc.catalog.get(doc.context.obj('Lang') as never)?.toString()).toContain('id');
  });

  it('is no larger than pdf-lib makes it, and the same bytes every time', async () => {
    const byPdfLib = await (await PDFDocument.load(raw, { updateMetadata: false })).save({ useObjectStreams: true, updateFieldAppearances: false });
    expect(packed.length).toBeLessThan(raw.length * 0.85);
    expect(packed.length).toBeLessThanOrEqual(byPdfLib.length);
    expect(Buffer.compare(packPdf(raw), packed)).toBe(0);
    expect(Buffer.from(packed.subarray(-40)).toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);
  });

  it('stops with a clear error on a file it cannot pack, rather than write a damaged one', () => {
    expect(() => packPdf(packed)).toThrow(/could not be packed: .*cross-reference stream/);
    expect(() => packPdf(raw.subarray(0, raw.length - 100))).toThrow(/could not be packed/);
    // A line added near the start moves every object away from the offset the cross-reference table gives.
    const shifted = Buffer.concat([Buffer.from(raw.subarray(0, 20)), Buffer.from('%extra\n'), Buffer.from(raw.subarray(20))]);
    expect(() => packPdf(shifted)).toThrow(/no cross-reference table starts/);
    const text = Buffer.from(raw).toString('latin1');
    const table = text.lastIndexOf('\nxref\n');
    const entry = text.indexOf(' 00000 n', table) - 10;
    const moved = Buffer.from(text.slice(0, entry) + String(Number(text.slice(entry, entry + 10)) + 1).padStart(10, '0') + text.slice(entry + 10), 'latin1');
    expect(() => packPdf(moved)).toThrow(/object \d+ does not stand at the offset its cross-reference entry gives/);
    // A file saved again by an editor that appends its changes (an incremental update) names the older table.
    const updated = Buffer.from(text.replace(/trailer\s*<</, (m) => `${m}\n  /Prev 9`), 'latin1');
    expect(() => packPdf(updated)).toThrow(/incremental updates/);
  });
});
