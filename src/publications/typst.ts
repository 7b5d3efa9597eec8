/**
 * A page's mdast as Typst markup, for the PDFs. Markdown nodes have their form here; author components
 * take theirs from print-forms.ts. Links to pages the document holds become links to their labels
 * (`slug--anchor`), other links full addresses, so every link in a PDF works.
 */
import { glossaryLabel, printLabel, resolvePrintLink } from './links.ts';
import { printFormOf, typstString, type TypstContext } from './print-forms.ts';
import { textOf, visit, type MdNode } from './mdast.ts';
import { columnWidths } from './word-styles.ts';
import type { PubPage } from './source.ts';

/** Text escaped for Typst markup: every character with a markup meaning is written literally. */
export function typstText(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').replace(/[\\#$*_`<>@[\]~=\-+/'"]/g, '\\$&');
}

/** What the renderer needs to know about the document it writes into. */
export interface TypstDocument {
  /** Whether a page (by slug) is in this document, so links to it stay inside. */
  holds(slug: string): boolean;
  /** Whether the glossary is in this document. */
  hasGlossary: boolean;
  /** The Typst path of an image from content/images (mapped into the compiler by pdf.ts). */
  image(src: string): string;
}

/** Renders one page. */
export class TypstRenderer implements TypstContext {
  readonly page: PubPage;
  readonly lang: PubPage['lang'];
  readonly doc: TypstDocument;
  private footnotes = new Map<string, MdNode>();

  constructor(page: PubPage, doc: TypstDocument) {
    this.page = page;
    this.lang = page.lang;
    this.doc = doc;
    visit(page.tree, (n) => {
      if (n.type === 'footnoteDefinition' && n.identifier) this.footnotes.set(n.identifier, n);
    });
  }

  label(anchor: string): string {
    return printLabel(this.page.slug, anchor);
  }

  termLink(id: string, content: string): string {
    return this.doc.hasGlossary ? `#link(<${glossaryLabel(id)}>)[${content}]` : content;
  }

  heading(depth: number, content: string, anchor?: string): string {
    // A page's ## is level 3 of the book (parts are 1, chapters 2).
    return `${'='.repeat(depth + 1)} ${content}${anchor ? ` <${this.label(anchor)}>` : ''}\n`;
  }

  inline(nodes: MdNode[]): string {
    return nodes.map((n) => {
      switch (n.type) {
        case 'text': return typstText(n.value ?? '');
        case 'inlineCode': return `#raw(${typstString(n.value ?? '')})`;
        case 'strong': return `#strong[${this.inline(n.children ?? [])}]`;
        case 'emphasis': return `#emph[${this.inline(n.children ?? [])}]`;
        case 'delete': return `#strike[${this.inline(n.children ?? [])}]`;
        case 'break': return ' \\\n';
        case 'link': {
          const target = resolvePrintLink(n.url ?? '', this.lang, this.page.slug, (s) => this.doc.holds(s));
          return 'inside' in target ? `#link(<${target.inside}>)[${this.inline(n.children ?? [])}]` : `#link(${typstString(target.url)})[${this.inline(n.children ?? [])}]`;
        }
        case 'footnoteReference': {
          const def = this.footnotes.get(n.identifier ?? '');
          if (!def) throw new Error(`${this.page.slug}: footnote [^${n.identifier}] has no text.`);
          return `#footnote[${this.blocks(def.children ?? []).trim()}]`;
        }
        case 'image': return `#box(image(${typstString(this.doc.image(n.url ?? ''))}, alt: ${typstString(n.alt ?? '')}, width: 100%))`;
        case 'mdxJsxTextElement': return printFormOf(n, this.page.slug).typst(n, this);
        case 'mdxTextExpression': return '';
        default: throw new Error(`${this.page.slug}:${n.position?.start.line ?? '?'}: the PDF edition has no form for inline "${n.type}".`);
      }
    }).join('');
  }

  blocks(nodes: MdNode[]): string {
    return nodes.map((n) => {
      switch (n.type) {
        case 'paragraph': return `${this.inline(n.children ?? [])}\n\n`;
        case 'heading': return this.heading(n.depth ?? 2, this.inline(n.children ?? []), n.anchor);
        case 'list': return this.list(n);
        case 'table': return this.table(n);
        case 'blockquote': return `#quote(block: true)[${this.blocks(n.children ?? [])}]\n`;
        case 'thematicBreak': return '#line(length: 100%, stroke: 0.5pt + luma(150))\n';
        case 'code': return `#raw(block: true, ${typstString(n.value ?? '')})\n`;
        case 'image': return `${this.inline([n])}\n`;
        case 'footnoteDefinition': case 'mdxFlowExpression': case 'html': case 'yaml': return '';
        case 'mdxJsxFlowElement': return printFormOf(n, this.page.slug).typst(n, this);
        default: throw new Error(`${this.page.slug}:${n.position?.start.line ?? '?'}: the PDF edition has no form for "${n.type}".`);
      }
    }).join('');
  }

  private list(n: MdNode): string {
    const items = (n.children ?? []).map((item) => {
      const body = this.blocks(item.children ?? []).trim().replace(/\n\n+/g, ' \\\n');
      if (item.checked === true || item.checked === false) return `#checkitem[${body}]`;
      return `[${body}]`;
    });
    if (items.every((i) => i.startsWith('#checkitem'))) return `${items.join('\n')}\n\n`;
    return `#${n.ordered ? 'enum' : 'list'}(${n.ordered && n.start && n.start !== 1 ? `start: ${n.start}, ` : ''}${items.join(', ')})\n\n`;
  }

  private table(n: MdNode): string {
    const rows = n.children ?? [];
    const texts = rows.map((r) => (r.children ?? []).map((c) => textOf(c).trim()));
    const widths = columnWidths(texts);
    const cell = (c: MdNode) => {
      const content = this.inline(c.children ?? []);
      return content.trim() ? `[${content}]` : '[#v(0.85cm)]';
    };
    const header = (rows[0]?.children ?? []).map((c) => `[#strong[${this.inline(c.children ?? [])}]]`).join(', ');
    const body = rows.slice(1).map((r) => (r.children ?? []).map(cell).join(', ')).join(',\n  ');
    return `#table(columns: (${widths.map((w) => `${w}fr`).join(', ')}),\n  table.header(${header}),\n  ${body}\n)\n\n`;
  }
}
