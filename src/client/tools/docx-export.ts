/**
 * The Word file of a draft, made in the browser with the `docx` package and the handbook's Word styling
 * (src/publications/word-styles.ts, shared with the Word templates): the same fonts, title and heading
 * styles, the milestone table as a template table, the page's language and a footer with page X of Y.
 * This module is its own bundle (assets/tools-docx.js), loaded only when the reader presses "Word", so the
 * builder's first load stays small.
 */
import { Document, HeadingLevel, LineRuleType, Packer, Paragraph, TextRun, type Table } from 'docx';
import { MILESTONE_FIELDS, TEXT_FIELDS, type StoredDraft } from './draft.ts';
import type { BuilderStrings } from './labels.ts';
import { documentStyles, NUMBERING, PAGE_PROPERTIES, pageFooter, SMALL, styledTable, wordLanguage } from '../../publications/word-styles.ts';

/** What the Word file needs besides the builder's strings; the page passes it as `word` in its strings. */
export interface WordExportStrings {
  /** The page's language ("id", "en"): the document's language. */
  lang: string;
  /** The handbook's name, first in the footer. */
  siteTitle: string;
  /** "Halaman {x} dari {y}": the footer's page X of Y. */
  pageOf: string;
  /** The builder's address online, in the footer. */
  url: string;
}

/** Paragraphs of typed text: one per line, so the reader's line breaks survive. */
function lines(text: string): Paragraph[] {
  const parts = text.trim() ? text.trim().split(/\n/) : ['—'];
  return parts.map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(text)] });

/** The Word document (as a Blob) holding everything the reader typed in one draft. */
export async function commitmentDocx(draft: StoredDraft, s: BuilderStrings & { word?: WordExportStrings }): Promise<Blob> {
  const w = s.word;
  if (!w) throw new Error('The page gave the Word export no "word" strings.');
  const d = draft.data;
  const title = d.title.trim() || draft.name;
  const date = new Intl.DateTimeFormat(w.lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(draft.updated));
  const line = s.exportDraftLine.replace('{name}', draft.name).replace('{date}', date);
  const body: Array<Paragraph | Table> = [
    // A typed title is often two lines long: their spacing is set as a multiple, or LibreOffice lets them overlap.
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { line: 276, lineRule: LineRuleType.AUTO }, children: [new TextRun(title)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: line, italics: true })] }),
  ];
  for (const f of TEXT_FIELDS) {
    if (f === 'title') continue;
    body.push(heading(s.fields[f]), ...lines(d[f]));
    if (f === 'solution') {
      body.push(heading(s.valuesTitle));
      body.push(...(d.values.length ? d.values.map((v) => new Paragraph({ numbering: { reference: 'bullets', level: 0, instance: 1 }, children: [new TextRun(s.values[v])] })) : lines('')));
    }
    if (f === 'relevance') {
      // A template table: the header repeats on each page, no row splits, an empty cell has room to write in;
      // the two texts get the width, a date a sixth.
      const texts = [['#', ...MILESTONE_FIELDS.map((k) => s.milestone[k])], ...d.milestones.map((m, i) => [String(i + 1), ...MILESTONE_FIELDS.map((k) => m[k].trim())])];
      body.push(heading(s.milestonesTitle), styledTable(texts, (r, c) => texts[r][c].split(/\n/).map((text) => new Paragraph({ children: [new TextRun({ text, bold: r === 0 })] })), ['#', ...MILESTONE_FIELDS].map((k) => (k === '#' ? 0.3 : k === 'start' || k === 'end' ? 1 : 2))));
      body.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
    }
  }
  body.push(new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ ...SMALL, text: s.exportNote, italics: true })] }));
  const doc = new Document({
    title, creator: w.siteTitle, lastModifiedBy: w.siteTitle,
    styles: documentStyles(wordLanguage(w.lang)),
    numbering: NUMBERING,
    sections: [{
      properties: PAGE_PROPERTIES,
      footers: { default: pageFooter(`${w.siteTitle} · ${title} · ${line}`, w.url, w.pageOf) },
      children: body,
    }],
  });
  return Packer.toBlob(doc);
}
