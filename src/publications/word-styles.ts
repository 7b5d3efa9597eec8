/**
 * The handbook's look in Word, shared by the Word templates (word.ts, at build time) and the commitment
 * builder's Word export (src/client/tools/docx-export.ts, in the browser): A4 with 2 cm margins, Arial,
 * Word's own title and heading styles, list numbering, tables whose header row repeats and whose rows never
 * split, answer cells with room to write, the document language and a footer with page X of Y.
 * Only the `docx` package is imported here, so the browser bundle can use it.
 */
import {
  AlignmentType, BorderStyle, Footer, HeightRule, LevelFormat, LineRuleType, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type INumberingOptions, type ISectionPropertiesOptions, type IStylesOptions,
} from 'docx';

/** A4 text width in twentieths of a point, with 2 cm margins. */
export const TEXT_WIDTH = 11906 - 2 * 1134;
/** Answer rows are at least 1.2 cm tall (in twips), rows with text at least 1 cm. */
export const ANSWER_ROW = 680;
/** Rows with text are at least 1 cm tall (in twips). */
export const TEXT_ROW = 567;
/** Small grey text: the footer and the line under a document's title. */
export const SMALL = { size: 16, color: '444444' } as const;

/** Word's language tag for a page language ("id" → "id-ID", "en" → "en-GB"); other tags pass through. */
export function wordLanguage(code: string): string {
  return code === 'id' ? 'id-ID' : code === 'en' ? 'en-GB' : code;
}

/** The styles: Arial 11 pt in the given Word language, Title and Heading 1 to 3 (the Navigation pane lists them). */
export function documentStyles(language: string): IStylesOptions {
  return {
    default: { document: { run: { font: 'Arial', size: 22, language: { value: language } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } } },
    paragraphStyles: [
      { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 40, bold: true, color: '1F3A56' }, paragraph: { spacing: { after: 160 } } },
      { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, bold: true, color: '1F3A56' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 } },
      { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, bold: true, color: '1F3A56' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, outlineLevel: 1 } },
      { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 } },
    ],
  };
}

/** List numbering: `numbered` (1. 2. 3.) and `bullets` (•), each hanging 0.75 cm. Give each list its own `instance`. */
export const NUMBERING: INumberingOptions = {
  config: [
    { reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 425, hanging: 425 } } } }] },
    { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 425, hanging: 425 } } } }] },
  ],
};

/** The page: A4 portrait with 2 cm margins. */
export const PAGE_PROPERTIES: ISectionPropertiesOptions = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };

/** Column widths of a table: empty (answer) columns get twice a label column's share. */
export function columnWidths(rows: string[][]): number[] {
  const columns = rows[0]?.length ?? 0;
  const body = rows.slice(1);
  const weights = Array.from({ length: columns }, (_, c) => {
    const texts = body.map((r) => r[c] ?? '').filter(Boolean);
    if (!texts.length) return 2;
    const all = [...texts, rows[0][c] ?? ''];
    const longest = Math.max(...all.map((s) => s.length));
    // A column must at least fit its longest word ("Nomor"), and a long label gets up to an answer column's share.
    const word = Math.max(...all.flatMap((s) => s.split(/\s+/)).map((w) => w.length));
    return Math.min(2, Math.max(0.45, longest / 28, word / 6));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / total) * TEXT_WIDTH));
}

/**
 * A table in the handbook's style: `texts` (one string per cell, the first row the header) sets the column
 * widths and row heights; `cell(r, c)` gives each cell's paragraphs. The header row is shaded and repeats on
 * every page, no row splits across pages, a row with an empty (answer) cell is at least 1.2 cm tall.
 * `shares` (one weight per column) sets the widths instead, for a table whose columns are known in advance.
 */
export function styledTable(texts: string[][], cell: (row: number, column: number) => Paragraph[], shares?: number[]): Table {
  const total = shares?.reduce((a, b) => a + b, 0) ?? 0;
  const widths = shares ? shares.map((w) => Math.round((w / total) * TEXT_WIDTH)) : columnWidths(texts);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: texts.map((row, r) => new TableRow({
      tableHeader: r === 0 ? true : undefined,
      cantSplit: true,
      height: { value: r === 0 ? 0 : row.some((c) => !c) ? ANSWER_ROW : TEXT_ROW, rule: HeightRule.ATLEAST },
      children: row.map((_, c) => new TableCell({
        width: { size: widths[c], type: WidthType.DXA },
        shading: r === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EAF0' } : undefined,
        children: cell(r, c),
      })),
    })),
  });
}

/** "Halaman X dari Y" with Word's page fields in place of {x} and {y} (`template` is the `pub.pageOf` string). */
export function pageOf(template: string): Array<string | (typeof PageNumber)[keyof typeof PageNumber]> {
  return template.split(/(\{x\}|\{y\})/).filter(Boolean).map((s) => (s === '{x}' ? PageNumber.CURRENT : s === '{y}' ? PageNumber.TOTAL_PAGES : s));
}

/** The footer: a rule, `line` (handbook · document · date), then `url` and, at the right margin, page X of Y. */
export function pageFooter(line: string, url: string, pageOfTemplate: string): Footer {
  return new Footer({
    children: [
      new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } }, children: [new TextRun({ ...SMALL, text: line })] }),
      new Paragraph({ tabStops: [{ type: 'right', position: TEXT_WIDTH }], children: [new TextRun({ ...SMALL, text: url }), new TextRun({ ...SMALL, children: ['\t', ...pageOf(pageOfTemplate)] })] }),
    ],
  });
}
