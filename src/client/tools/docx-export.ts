/**
 * The Word file of a draft, made in the browser with the `docx` package. This module is its own bundle
 * (assets/tools-docx.js), loaded only when the reader presses "Word", so the builder's first load stays small.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { MILESTONE_FIELDS, TEXT_FIELDS, type StoredDraft } from './draft.ts';
import type { BuilderStrings } from './labels.ts';

const FONT = 'Calibri';

/** Paragraphs of typed text: one per line, so the reader's line breaks survive. */
function lines(text: string): Paragraph[] {
  const parts = text.trim() ? text.trim().split(/\n/) : ['—'];
  return parts.map((line) => new Paragraph({ children: [new TextRun({ text: line, font: FONT, size: 22 })], spacing: { after: 120 } }));
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: text || '—', bold: header, font: FONT, size: 20 })] })],
    borders: Object.fromEntries(['top', 'bottom', 'left', 'right'].map((side) => [side, { style: BorderStyle.SINGLE, size: 4, color: '999999' }])),
  });
}

/** The Word document (as a Blob) holding everything the reader typed in one draft. */
export async function commitmentDocx(draft: StoredDraft, s: BuilderStrings): Promise<Blob> {
  const d = draft.data;
  const line = s.exportDraftLine.replace('{name}', draft.name).replace('{date}', draft.updated.slice(0, 10));
  const body: Array<Paragraph | Table> = [heading(d.title.trim() || draft.name, HeadingLevel.TITLE), new Paragraph({ children: [new TextRun({ text: line, italics: true, font: FONT, size: 20 })] })];
  for (const f of TEXT_FIELDS) {
    if (f === 'title') continue;
    body.push(heading(s.fields[f]), ...lines(d[f]));
    if (f === 'solution') body.push(heading(s.valuesTitle), ...lines(d.values.map((v) => `• ${s.values[v]}`).join('\n')));
    if (f === 'relevance') {
      body.push(heading(s.milestonesTitle));
      body.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: ['#', ...MILESTONE_FIELDS.map((k) => s.milestone[k])].map((t) => cell(t, true)) }),
            ...d.milestones.map((m, i) => new TableRow({ children: [cell(String(i + 1)), ...MILESTONE_FIELDS.map((k) => cell(m[k]))] })),
          ],
        }),
      );
    }
  }
  body.push(new Paragraph({ children: [new TextRun({ text: s.exportNote, italics: true, font: FONT, size: 18 })], alignment: AlignmentType.LEFT, spacing: { before: 360 } }));
  const doc = new Document({
    creator: 'Pedoman OGP',
    title: d.title.trim() || draft.name,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ properties: {}, children: body }],
  });
  return Packer.toBlob(doc);
}
