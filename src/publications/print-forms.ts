/**
 * The print forms of the author components: for each tag in src/lib/author-components.ts, how it is
 * written into a Typst document (PDF), a Word document and an EPUB page (XHTML). The table is typed by the component list,
 * and {@link assertPrintForms} runs before any publication is made, so a new component without a print
 * form stops the build with a message instead of going missing from the printed pages.
 */
import { CheckBox, Paragraph, ShadingType, BorderStyle, TextRun, HeadingLevel, type IParagraphOptions, type ParagraphChild, type Table } from 'docx';
import { AUTHOR_COMPONENTS } from '../lib/author-components.ts';
import { t } from '../lib/i18n.ts';
import type { Lang } from '../lib/languages.ts';
import { attrOf, textOf, type MdNode } from './mdast.ts';
import { loadRegister } from '../lib/register.ts';
import { commitmentExample, type CommitmentExample } from '../lib/register-labels.ts';

/** An author component's name. */
export type AuthorComponent = (typeof AUTHOR_COMPONENTS)[number];

/** What a Word form can ask of the renderer. */
export interface WordContext {
  lang: Lang;
  /** Inline content of nodes (text, emphasis, links …), with run options such as `bold` or `language`. */
  inline(nodes: MdNode[], style?: { bold?: boolean; italics?: boolean; language?: string }): ParagraphChild[];
  /** Block content of nodes (paragraphs, lists, tables …); `frame` adds paragraph options (shading, border) to each paragraph. */
  blocks(nodes: MdNode[], frame?: IParagraphOptions): Array<Paragraph | Table>;
}

/** What a Typst form can ask of the renderer. */
export interface TypstContext {
  lang: Lang;
  inline(nodes: MdNode[]): string;
  blocks(nodes: MdNode[]): string;
  /** The in-document label for an anchor of the current page. */
  label(anchor: string): string;
  /** Typst for a link to a glossary entry with the given content. */
  termLink(id: string, content: string): string;
  /** Heading markup at a level of the current document for a Markdown depth (2 or 3). */
  heading(depth: number, content: string, anchor?: string): string;
}

/** What an EPUB (XHTML) form can ask of the renderer. */
export interface XhtmlContext {
  lang: Lang;
  inline(nodes: MdNode[]): string;
  blocks(nodes: MdNode[]): string;
  /** The href of a glossary entry in the EPUB. */
  termHref(id: string): string;
}

/** Text escaped for XHTML. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The print forms of one author component. */
export interface PrintForm {
  /** Typst markup for the component. */
  typst(node: MdNode, ctx: TypstContext): string;
  /** Word paragraphs (block components) or runs (inline components). */
  word(node: MdNode, ctx: WordContext): Array<Paragraph | Table> | ParagraphChild[];
  /** XHTML for the EPUB edition. */
  xhtml(node: MdNode, ctx: XhtmlContext): string;
  /** Whether the component is inline (Term, Lang) rather than a block. */
  inline?: boolean;
}

/** A Typst string literal: safe for any text. */
export function typstString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

const calloutColour: Record<string, string> = { note: 'EEF3F8', tip: 'EEF6EE', warning: 'FFF4E0' };

function calloutTitle(node: MdNode, lang: Lang): string {
  const type = attrOf(node, 'type') ?? 'note';
  return attrOf(node, 'title') ?? t(lang, `callout.${type}` as 'callout.note');
}

/** The text of a `<Commitment id>` example; an unknown id was already refused by the content check and the web build. */
function exampleOf(node: MdNode, lang: Lang): CommitmentExample {
  const id = attrOf(node, 'id');
  const record = loadRegister().records.find((r) => r.ref === id);
  if (!record) throw new Error(`<Commitment id="${id ?? ''}"> is not in the commitments register (content/commitments/).`);
  return commitmentExample(lang, record);
}

function listItemsOf(node: MdNode): MdNode[] {
  const list = node.children?.find((c) => c.type === 'list');
  return list?.children?.filter((c) => c.type === 'listItem') ?? [];
}

function itemContent(item: MdNode): MdNode[] {
  return (item.children ?? []).flatMap((c) => (c.type === 'paragraph' ? c.children ?? [] : [c]));
}

/** Group a Steps block into its steps: each `###` heading with the nodes under it. */
export function stepsOf(node: MdNode): Array<{ heading: MdNode; body: MdNode[] }> {
  const steps: Array<{ heading: MdNode; body: MdNode[] }> = [];
  for (const child of node.children ?? []) {
    if (child.type === 'heading') steps.push({ heading: child, body: [] });
    else steps.at(-1)?.body.push(child);
  }
  return steps;
}

/** The print form of every author component. Typed by the component list: a missing entry fails the typecheck too. */
export const PRINT_FORMS: Record<AuthorComponent, PrintForm> = {
  Callout: {
    typst: (node, ctx) => {
      const type = attrOf(node, 'type') ?? 'note';
      return `#callout(${typstString(type)}, ${typstString(calloutTitle(node, ctx.lang))})[\n${ctx.blocks(node.children ?? [])}\n]\n`;
    },
    word: (node, ctx) => {
      const fill = calloutColour[attrOf(node, 'type') ?? 'note'] ?? calloutColour.note;
      const frame = { shading: { type: ShadingType.CLEAR, color: 'auto', fill }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '5A6B7B', space: 6 } }, indent: { left: 170 } };
      return [new Paragraph({ ...frame, keepNext: true, children: [new TextRun({ text: calloutTitle(node, ctx.lang), bold: true })] }), ...ctx.blocks(node.children ?? [], frame)];
    },
    xhtml: (node, ctx) => `<aside class="callout callout-${xmlText(attrOf(node, 'type') ?? 'note')}"><p class="callout-title">${xmlText(calloutTitle(node, ctx.lang))}</p>${ctx.blocks(node.children ?? [])}</aside>\n`,
  },
  Steps: {
    typst: (node, ctx) => stepsOf(node).map((s, i) => `${ctx.heading(3, `${i + 1}. ${ctx.inline(s.heading.children ?? [])}`, s.heading.anchor)}\n${ctx.blocks(s.body)}`).join('\n'),
    word: (node, ctx) => stepsOf(node).flatMap((s, i) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`${i + 1}. `), ...ctx.inline(s.heading.children ?? [])] }),
      ...ctx.blocks(s.body),
    ]),
    xhtml: (node, ctx) => `<ol class="steps">${stepsOf(node).map((s) => `<li><h3${s.heading.anchor ? ` id="${xmlText(s.heading.anchor)}"` : ''}>${ctx.inline(s.heading.children ?? [])}</h3>${ctx.blocks(s.body)}</li>`).join('')}</ol>\n`,
  },
  Checklist: {
    typst: (node, ctx) => listItemsOf(node).map((item, i) => `#checkitem[${ctx.inline(itemContent(item))}] <${ctx.label(`${attrOf(node, 'id')}-${i + 1}`)}>`).join('\n') + '\n\n',
    word: (node, ctx) => listItemsOf(node).map((item) => new Paragraph({
      spacing: { before: 60, after: 60 },
      indent: { left: 425, hanging: 425 },
      children: [new CheckBox({ checked: false, alias: t(ctx.lang, 'pub.checkbox'), checkedState: { value: '2612', font: 'MS Gothic' }, uncheckedState: { value: '2610', font: 'MS Gothic' } }), new TextRun('\t'), ...ctx.inline(itemContent(item))],
    })),
    xhtml: (node, ctx) => `<ul class="checklist">${listItemsOf(node).map((item, i) => `<li id="${xmlText(`${attrOf(node, 'id')}-${i + 1}`)}"><span class="box" aria-hidden="true">\u2610</span> ${ctx.inline(itemContent(item))}</li>`).join('')}</ul>\n`,
  },
  Commitment: {
    typst: (node, ctx) => {
      const c = exampleOf(node, ctx.lang);
      return `#callout("note", ${typstString(c.label)})[\n#strong(${typstString(c.title)})\n\n#${typstString(c.summary)}\n\n#text(size: 0.9em, ${typstString(c.facts)})\n]\n`;
    },
    word: (node, ctx) => {
      const c = exampleOf(node, ctx.lang);
      const frame = { shading: { type: ShadingType.CLEAR, color: 'auto', fill: calloutColour.note }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '5A6B7B', space: 6 } }, indent: { left: 170 } };
      return [
        new Paragraph({ ...frame, keepNext: true, children: [new TextRun({ text: c.label, bold: true })] }),
        new Paragraph({ ...frame, keepNext: true, children: [new TextRun({ text: c.title, bold: true })] }),
        new Paragraph({ ...frame, children: [new TextRun(c.summary)] }),
        new Paragraph({ ...frame, children: [new TextRun({ text: c.facts, size: 18 })] }),
      ];
    },
    xhtml: (node, ctx) => {
      const c = exampleOf(node, ctx.lang);
      return `<aside class="callout callout-note"><p class="callout-title">${xmlText(c.label)}</p><p><strong>${xmlText(c.title)}</strong></p><p>${xmlText(c.summary)}</p><p>${xmlText(c.facts)}</p></aside>\n`;
    },
  },
  Term: {
    inline: true,
    typst: (node, ctx) => ctx.termLink(attrOf(node, 'id') ?? '', ctx.inline(node.children ?? [])),
    word: (node, ctx) => ctx.inline(node.children ?? []),
    xhtml: (node, ctx) => `<a class="term" href="${xmlText(ctx.termHref(attrOf(node, 'id') ?? ''))}">${ctx.inline(node.children ?? [])}</a>`,
  },
  Lang: {
    inline: true,
    typst: (node, ctx) => `#text(lang: ${typstString(attrOf(node, 'code') ?? 'en')})[${ctx.inline(node.children ?? [])}]`,
    word: (node, ctx) => ctx.inline(node.children ?? [], { language: wordLanguage(attrOf(node, 'code') ?? 'en') }),
    xhtml: (node, ctx) => {
      const code = xmlText(attrOf(node, 'code') ?? 'en');
      return `<span lang="${code}" xml:lang="${code}">${ctx.inline(node.children ?? [])}</span>`;
    },
  },
};

/** The Word language tag for a language code: id-ID, en-GB, or the code as given. */
export function wordLanguage(code: string): string {
  return code === 'id' ? 'id-ID' : code === 'en' ? 'en-GB' : code;
}

/**
 * Problems with the print forms: one line per author component without a Typst and a Word form.
 * Empty when every component can be printed.
 */
export function missingPrintForms(components: readonly string[] = AUTHOR_COMPONENTS, forms: Record<string, Partial<PrintForm> | undefined> = PRINT_FORMS): string[] {
  return components
    .filter((c) => typeof forms[c]?.typst !== 'function' || typeof forms[c]?.word !== 'function' || typeof forms[c]?.xhtml !== 'function')
    .map((c) => `The author component <${c}> has no print form. Add its Typst, Word and EPUB (XHTML) forms to PRINT_FORMS in src/publications/print-forms.ts, next to the other components, so printed pages, PDFs and Word files show it.`);
}

/** Stop with a message when any author component has no print form. */
export function assertPrintForms(components: readonly string[] = AUTHOR_COMPONENTS): void {
  const problems = missingPrintForms(components);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The print form of a JSX node, or an error naming the file line when the tag has none. */
export function printFormOf(node: MdNode, where: string): PrintForm {
  const form = (PRINT_FORMS as Record<string, PrintForm>)[node.name ?? ''];
  if (!form) throw new Error(`${where}:${node.position?.start.line ?? '?'}: <${node.name}> has no print form (${textOf(node).slice(0, 40)}). Add it to PRINT_FORMS in src/publications/print-forms.ts.`);
  return form;
}
