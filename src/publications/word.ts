/**
 * A template chapter as a Word document (docx): Word's own heading styles, tables whose header row repeats
 * on every page and whose rows never split, answer cells tall and wide enough to write in, checklists as
 * Word checkbox controls, the document language, and a footer with page X of Y, the page's address and the
 * version date. Author components come from their Word forms in print-forms.ts.
 */
import {
  BorderStyle, CheckBox, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, Table, TextRun,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import { t, formatDate } from '../lib/i18n.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { printFormOf, type WordContext } from './print-forms.ts';
import { documentStyles, NUMBERING, PAGE_PROPERTIES, pageFooter, SMALL, styledTable, wordLanguage } from './word-styles.ts';
import { resolvePrintLink } from './links.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentDir } from '../lib/content-index.ts';
import { textOf, visit, type MdNode } from './mdast.ts';
import type { PubPage } from './source.ts';

type Block = Paragraph | Table;
type RunStyle = { bold?: boolean; italics?: boolean; language?: string };

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
    const cells = (n.children ?? []).map((r) => r.children ?? []);
    const rows = cells.map((r) => r.map((c) => textOf(c).trim()));
    // A yes-or-no column ("Ya atau tidak", "Berlaku?") gets two checkboxes to tick instead of an empty cell.
    const yesNo = new Set(t(this.lang, 'pub.yesNoColumns').split('|'));
    const box = (label: string) => [new CheckBox({ checked: false, alias: label }), new TextRun(` ${label}   `)];
    const answer = (c: number) => (yesNo.has(rows[0][c]) ? [new Paragraph({ children: [...box(t(this.lang, 'pub.yes')), ...box(t(this.lang, 'pub.no'))] })] : undefined);
    return styledTable(rows, (r, c) => (r > 0 && !rows[r][c] && answer(c)) || [new Paragraph({ children: this.inline(cells[r][c].children ?? [], r === 0 ? { bold: true } : {}) })]);
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
    const version = formatDate(this.lang, versionDate);
    return new Document({
      title: p.title, description: p.description, creator: t(this.lang, 'site.title'), lastModifiedBy: t(this.lang, 'site.title'), revision: 1,
      styles: documentStyles(lang),
      numbering: NUMBERING,
      footnotes: this.footnotes,
      sections: [{
        properties: PAGE_PROPERTIES,
        footers: { default: pageFooter(`${t(this.lang, 'site.title')} · ${p.title} · ${t(this.lang, 'pub.version', { date: version })}`, url, t(this.lang, 'pub.pageOf')) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.title)] }),
          new Paragraph({ children: [new TextRun({ text: p.description, italics: true })] }),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ ...SMALL, text: `${t(this.lang, 'chapter.label', { n: p.number ?? '' })} · ${t(this.lang, 'pub.version', { date: version })} · ` }), new ExternalHyperlink({ link: url, children: [new TextRun({ ...SMALL, text: url, style: 'Hyperlink' })] })] }),
          ...body,
          new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(t(this.lang, 'chapter.sources'))] }),
          ...sources,
        ],
      }],
    });
  }
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
