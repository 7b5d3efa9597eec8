/**
 * A template chapter as a Word document (docx): Word's own heading styles, tables whose header row repeats
 * on every page and whose rows never split, answer cells tall and wide enough to write in, checklists as
 * Word checkbox controls, the document language, and a footer with page X of Y, the page's address and the
 * version date. Author components come from their Word forms in print-forms.ts.
 */
import {
  AlignmentType, BorderStyle, CheckBox, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, HeadingLevel, HeightRule, ImageRun,
  LevelFormat, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import { t, formatDate } from '../lib/i18n.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { printFormOf, wordLanguage, type WordContext } from './print-forms.ts';
import { resolvePrintLink } from './links.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentDir } from '../lib/content-index.ts';
import { textOf, visit, type MdNode } from './mdast.ts';
import type { PubPage } from './source.ts';

/** A4 text width in twentieths of a point, with 2 cm margins. */
const TEXT_WIDTH = 11906 - 2 * 1134;
/** Answer rows are at least 1.2 cm tall (in twips), rows with text at least 1 cm. */
const ANSWER_ROW = 680;
const TEXT_ROW = 567;

type Block = Paragraph | Table;
type RunStyle = { bold?: boolean; italics?: boolean; language?: string };

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

class WordRenderer implements WordContext {
  private footnotes: Record<number, { children: Paragraph[] }> = {};
  private footnoteIds = new Map<string, number>();
  private lists = 0;
  /** Images of the page, read before rendering (docx needs their bytes and size). */
  images = new Map<string, { data: Buffer; type: 'png' | 'jpg' | 'gif'; width: number; height: number }>();

  readonly page: PubPage;
  readonly lang: PubPage['lang'];

  constructor(page: PubPage) {
    this.page = page;
    this.lang = page.lang;
  }

  inline(nodes: MdNode[], style: RunStyle = {}): ParagraphChild[] {
    return nodes.flatMap((n): ParagraphChild[] => {
      const run = (text: string, extra: RunStyle = {}) => {
        const { language, ...rest } = { ...style, ...extra };
        return new TextRun({ text, ...rest, ...(language ? { language: { value: language } } : {}) });
      };
      switch (n.type) {
        case 'text': return [run((n.value ?? '').replace(/\s*\n\s*/g, ' '))];
        case 'inlineCode': return [run(n.value ?? '')];
        case 'strong': return this.inline(n.children ?? [], { ...style, bold: true });
        case 'emphasis': return this.inline(n.children ?? [], { ...style, italics: true });
        case 'delete': return this.inline(n.children ?? [], style);
        case 'break': return [new TextRun({ break: 1 })];
        case 'link': {
          const target = resolvePrintLink(n.url ?? '', this.lang, this.page.slug, () => false);
          const url = 'url' in target ? target.url : SITE_URL + href(this.lang, 'chapter', this.page.slug);
          return [new ExternalHyperlink({ link: url, children: this.inline(n.children ?? [], style).filter((c): c is TextRun => c instanceof TextRun) })];
        }
        case 'footnoteReference': return [new FootnoteReferenceRun(this.footnoteId(n.identifier ?? ''))];
        case 'image': {
          const img = this.images.get(n.url ?? '');
          if (!img) return [run(`[${n.alt ?? ''}]`, { italics: true })];
          // At most the text width (17 cm = 643 px at 96 dpi), keeping the proportions.
          const width = Math.min(643, img.width);
          return [new ImageRun({ type: img.type, data: img.data, transformation: { width, height: Math.round((img.height * width) / img.width) }, altText: { name: n.alt ?? '', description: n.alt ?? '', title: n.alt ?? '' } })];
        }
        case 'mdxJsxTextElement': return printFormOf(n, this.page.slug).word(n, this) as ParagraphChild[];
        case 'mdxTextExpression': return [];
        default: throw new Error(`${this.page.slug}:${n.position?.start.line ?? '?'}: the Word edition has no form for inline "${n.type}".`);
      }
    });
  }

  private footnoteId(identifier: string): number {
    let id = this.footnoteIds.get(identifier);
    if (id === undefined) this.footnoteIds.set(identifier, (id = this.footnoteIds.size + 1));
    return id;
  }

  blocks(nodes: MdNode[], frame: IParagraphOptions = {}): Block[] {
    return nodes.flatMap((n): Block[] => {
      switch (n.type) {
        case 'paragraph': return [new Paragraph({ ...frame, children: this.inline(n.children ?? []) })];
        case 'heading': {
          const level = n.depth === 2 ? HeadingLevel.HEADING_1 : n.depth === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
          return [new Paragraph({ heading: level, keepNext: true, children: this.inline(n.children ?? []) })];
        }
        case 'list': return this.list(n, frame);
        case 'table': return [this.table(n), new Paragraph({ spacing: { after: 120 }, children: [] })];
        case 'blockquote': return this.blocks(n.children ?? [], { ...frame, indent: { left: 567 } });
        case 'thematicBreak': return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
        case 'footnoteDefinition': {
          this.footnotes[this.footnoteId(n.identifier ?? '')] = { children: this.blocks(n.children ?? []).filter((b): b is Paragraph => b instanceof Paragraph) };
          return [];
        }
        case 'mdxJsxFlowElement': return printFormOf(n, this.page.slug).word(n, this) as Block[];
        case 'mdxFlowExpression': case 'html': return [];
        default: throw new Error(`${this.page.slug}:${n.position?.start.line ?? '?'}: the Word edition has no form for "${n.type}".`);
      }
    });
  }

  private list(n: MdNode, frame: IParagraphOptions): Block[] {
    const instance = ++this.lists;
    return (n.children ?? []).flatMap((item) => {
      const [first, ...rest] = item.children ?? [];
      const box = item.checked === false || item.checked === true ? [new CheckBox({ checked: item.checked === true }), new TextRun('\t')] : [];
      const lead = new Paragraph({
        ...frame,
        numbering: box.length ? undefined : { reference: n.ordered ? 'numbered' : 'bullets', level: 0, instance },
        indent: box.length ? { left: 425, hanging: 425 } : undefined,
        children: [...box, ...(first?.type === 'paragraph' ? this.inline(first.children ?? []) : [])],
      });
      return [lead, ...this.blocks(first?.type === 'paragraph' ? rest : item.children ?? [], { ...frame, indent: { left: 720 } })];
    });
  }

  private table(n: MdNode): Table {
    const rows = (n.children ?? []).map((r) => (r.children ?? []).map((c) => textOf(c).trim()));
    const widths = columnWidths(rows);
    // A yes-or-no column ("Ya atau tidak", "Berlaku?") gets two checkboxes to tick instead of an empty cell.
    const yesNo = new Set(t(this.lang, 'pub.yesNoColumns').split('|'));
    const box = (label: string) => [new CheckBox({ checked: false, alias: label }), new TextRun(` ${label}   `)];
    const answer = (c: number) => (yesNo.has(rows[0][c]) ? [new Paragraph({ children: [...box(t(this.lang, 'pub.yes')), ...box(t(this.lang, 'pub.no'))] })] : undefined);
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: (n.children ?? []).map((row, r) => new TableRow({
        tableHeader: r === 0 ? true : undefined,
        cantSplit: true,
        height: { value: r === 0 ? 0 : rows[r].some((c) => !c) ? ANSWER_ROW : TEXT_ROW, rule: HeightRule.ATLEAST },
        children: (row.children ?? []).map((cell, c) => new TableCell({
          width: { size: widths[c], type: WidthType.DXA },
          shading: r === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EAF0' } : undefined,
          children: (r > 0 && !rows[r][c] && answer(c)) || [new Paragraph({ children: this.inline(cell.children ?? [], r === 0 ? { bold: true } : {}) })],
        })),
      })),
    });
  }

  /** The whole document: title, lead, body, sources, footer. */
  document(versionDate: Date): Document {
    const p = this.page;
    const lang = wordLanguage(this.lang);
    const url = SITE_URL + href(this.lang, 'chapter', p.slug);
    const body = this.blocks(p.tree.children ?? []);
    const sources = p.sources.map((s) => new Paragraph({
      numbering: { reference: 'bullets', level: 0, instance: ++this.lists },
      children: [new TextRun({ text: s.title, ...(s.lang ? { language: { value: wordLanguage(s.lang) } } : {}) }), ...(s.publisher ? [new TextRun(`, ${s.publisher}`)] : []), ...(s.url ? [new TextRun(': '), new ExternalHyperlink({ link: s.url, children: [new TextRun({ text: s.url, style: 'Hyperlink' })] })] : [])],
    }));
    const small = { size: 16, color: '444444' };
    const version = formatDate(this.lang, versionDate);
    return new Document({
      title: p.title, description: p.description, creator: t(this.lang, 'site.title'), lastModifiedBy: t(this.lang, 'site.title'), revision: 1,
      styles: {
        default: { document: { run: { font: 'Arial', size: 22, language: { value: lang } }, paragraph: { spacing: { after: 120, line: 276 } } } },
        paragraphStyles: [
          { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 40, bold: true, color: '1F3A56' }, paragraph: { spacing: { after: 160 } } },
          { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, bold: true, color: '1F3A56' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 } },
          { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, bold: true, color: '1F3A56' }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, outlineLevel: 1 } },
          { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 } },
        ],
      },
      numbering: {
        config: [
          { reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 425, hanging: 425 } } } }] },
          { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 425, hanging: 425 } } } }] },
        ],
      },
      footnotes: this.footnotes,
      sections: [{
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } }, children: [new TextRun({ ...small, text: `${t(this.lang, 'site.title')} · ${p.title} · ${t(this.lang, 'pub.version', { date: version })}` })] }),
              new Paragraph({ tabStops: [{ type: 'right', position: TEXT_WIDTH }], children: [new TextRun({ ...small, text: url }), new TextRun({ ...small, children: ['\t', ...pageOf(this.lang)] })] }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.title)] }),
          new Paragraph({ children: [new TextRun({ text: p.description, italics: true })] }),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ ...small, text: `${t(this.lang, 'chapter.label', { n: p.number ?? '' })} · ${t(this.lang, 'pub.version', { date: version })} · ` }), new ExternalHyperlink({ link: url, children: [new TextRun({ ...small, text: url, style: 'Hyperlink' })] })] }),
          ...body,
          new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(t(this.lang, 'chapter.sources'))] }),
          ...sources,
        ],
      }],
    });
  }
}

/** "Halaman X dari Y" with Word's page fields in place of {x} and {y}. */
function pageOf(lang: PubPage['lang']): Array<string | (typeof PageNumber)[keyof typeof PageNumber]> {
  return t(lang, 'pub.pageOf').split(/(\{x\}|\{y\})/).filter(Boolean).map((s) => (s === '{x}' ? PageNumber.CURRENT : s === '{y}' ? PageNumber.TOTAL_PAGES : s));
}

/** The Word file of a template page, as docx's packer writes it (not yet deterministic: see docx-pack.ts). */
export async function templateDocx(page: PubPage, versionDate: Date): Promise<Buffer> {
  const renderer = new WordRenderer(page);
  const sources: string[] = [];
  visit(page.tree, (n) => n.type === 'image' && n.url && sources.push(n.url));
  for (const src of sources) {
    // Word shows PNG, JPEG and GIF; other formats are converted to PNG.
    const original = readFileSync(join(contentDir(), 'images', src.replace(/^.*\/images\//, '')));
    const meta = await sharp(original).metadata();
    const keep = meta.format === 'png' || meta.format === 'jpeg' || meta.format === 'gif';
    const data = keep ? original : await sharp(original).png().toBuffer();
    renderer.images.set(src, { data, type: meta.format === 'jpeg' ? 'jpg' : meta.format === 'gif' ? 'gif' : 'png', width: meta.width ?? 600, height: meta.height ?? 400 });
  }
  return Packer.toBuffer(renderer.document(versionDate));
}
