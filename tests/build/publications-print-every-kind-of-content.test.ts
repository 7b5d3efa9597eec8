import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { ROOT } from '../support/build.ts';

// The fixture has every author component, a footnote, an image, a table and links between chapters.
const fixture = join(ROOT, 'tests/fixtures/basic');
const date = new Date('2026-11-30T00:00:00Z');
let mod: {
  loadBook: typeof import('../../src/publications/source.ts').loadBook;
  bookEpub: typeof import('../../src/publications/epub.ts').bookEpub;
  bookTypst: typeof import('../../src/publications/typst-doc.ts').bookTypst;
  compilePdf: typeof import('../../src/publications/pdf.ts').compilePdf;
  imagePath: typeof import('../../src/publications/pdf.ts').imagePath;
  templateDocx: typeof import('../../src/publications/word.ts').templateDocx;
};

beforeAll(async () => {
  process.env.CONTENT_DIR = fixture;
  mod = {
    ...(await import('../../src/publications/source.ts')),
    ...(await import('../../src/publications/epub.ts')),
    ...(await import('../../src/publications/typst-doc.ts')),
    ...(await import('../../src/publications/pdf.ts')),
    ...(await import('../../src/publications/word.ts')),
  };
});

describe('publications print every kind of content', () => {
  it('the PDF shows the footnote, the image, the steps, the checklist, the callout and the words in another language', async () => {
    const book = mod.loadBook('id', fixture);
    const pdf = await mod.compilePdf('fixture', mod.bookTypst(book, date, mod.imagePath), date);
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    let text = '';
    let images = 0;
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (let i = 1; i <= doc.numPages; i += 1) {
      const page = await doc.getPage(i);
      text += ` ${(await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ')}`;
      images += (await page.getOperatorList()).fnArray.filter((f) => f === OPS.paintImageXObject).length;
    }
    text = text.replace(/\s+/g, ' ');
    expect(text).toContain('Fixture note.');
    expect(text).toContain('Letter of Support');
    expect(text).toMatch(/1\. Langkah pertama/);
    expect(text).toMatch(/2\. Step 2/);
    expect(text).toContain('Tips');
    expect(images).toBe(1);
    const outline = JSON.stringify(await doc.getOutline());
    expect(outline).toContain('1. Langkah pertama');
  });

  it('the EPUB holds the image and the footnote and passes EPUBCheck', async () => {
    const epub = await mod.bookEpub(mod.loadBook('id', fixture), date);
    const result = await EpubCheck.validate(new Uint8Array(epub));
    expect(result.messages.filter((m: { severity: string }) => m.severity !== 'info' && m.severity !== 'usage').map((m: { message: string }) => m.message)).toEqual([]);
    const files = unzipSync(epub);
    expect(Object.keys(files)).toContain('OEBPS/images/bagan-tim.png');
    const dasar = strFromU8(files['OEBPS/bab-dasar.xhtml']);
    expect(dasar).toContain('epub:type="footnote"');
    expect(dasar).toContain('<span lang="en" xml:lang="en">Letter of Support</span>');
    expect(dasar).toContain('href="bab-komitmen.xhtml#kapan"');
  });

  it('the Word renderer gives a checklist checkbox controls, steps numbered headings and shows the image with its alt text', async () => {
    const page = mod.loadBook('id', fixture).chapters.find((c) => c.slug === 'tim')!;
    const docx = await mod.templateDocx(page, date);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']);
    expect((xml.match(/<w14:checkbox>/g) ?? []).length).toBe(2);
    const { value } = await mammoth.convertToHtml({ buffer: docx });
    expect(value).toContain('<h2>1. Langkah pertama</h2>');
    // Made twice in one process, the file is the same (docx counts drawing ids across documents).
    const { deterministicDocx } = await import('../../src/publications/docx-pack.ts');
    const again = await mod.templateDocx(page, date);
    expect(Buffer.compare(deterministicDocx(docx, date), deterministicDocx(again, date))).toBe(0);
    expect(value).toMatch(/<img alt="Bagan tim[^"]*" src="data:image\/png;base64,/);
  });

  it('an AVIF image, which Typst and EPUB readers cannot show, comes out as PNG in the PDF and the EPUB', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const sharp = (await import('sharp')).default;
    const tree = join(mkdtempSync(join(tmpdir(), 'pedoman-avif-')), 'content');
    cpSync(fixture, tree, { recursive: true });
    writeFileSync(join(tree, 'images/bagan-tim.avif'), await sharp(readFileSync(join(tree, 'images/bagan-tim.png'))).avif().toBuffer());
    rmSync(join(tree, 'images/bagan-tim.png'));
    const page = join(tree, 'chapters/id/tim.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('bagan-tim.png', 'bagan-tim.avif'));
    process.env.CONTENT_DIR = tree;
    try {
      const book = mod.loadBook('id', tree);
      const pdf = await mod.compilePdf('avif', mod.bookTypst(book, date, mod.imagePath), date);
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      let images = 0;
      for (let i = 1; i <= doc.numPages; i += 1) images += (await (await doc.getPage(i)).getOperatorList()).fnArray.filter((f) => f === OPS.paintImageXObject).length;
      expect(images).toBe(1);
      const epub = await mod.bookEpub(book, date);
      const result = await EpubCheck.validate(new Uint8Array(epub));
      expect(result.messages.filter((m: { severity: string }) => m.severity !== 'info' && m.severity !== 'usage').map((m: { message: string }) => m.message)).toEqual([]);
      expect(Object.keys(unzipSync(epub))).toContain('OEBPS/images/bagan-tim.avif.png');
    } finally {
      process.env.CONTENT_DIR = fixture;
    }
  });
});
