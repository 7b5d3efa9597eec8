/**
 * `<Callout type="tip" title="…">`: a note, tip or warning, drawn as a labelled aside on the web and as a
 * boxed block in print.
 */
import { z } from 'astro/zod';
import { BorderStyle, Paragraph, ShadingType, TextRun } from 'docx';
import { t } from '../lib/i18n.ts';
import type { Lang } from '../lib/languages.ts';
import { attrOf, type MdNode } from '../publications/mdast.ts';
import { defineComponent, el, text } from './types.ts';
import { WORD_BOX_FILL, typstString, xmlText } from './print.ts';

/** The kinds of callout; each has its label in content/ui (`callout.<type>`). */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** The attributes of `<Callout>`. */
export const calloutAttributes = z.strictObject({
  /** The kind of callout; note when left out. */
  type: z.enum(CALLOUT_TYPES, { error: (iss) => `<Callout type="${String(iss.input ?? '')}"> is not a callout type. Use type="note", type="tip" or type="warning".` }).optional(),
  /** A heading of the author's own instead of the type's label. */
  title: z.string({ error: '<Callout title> needs its text in quotes: title="Jangan menunggu".' }).optional(),
});

function titleOf(type: string, title: string | undefined, lang: Lang): string {
  return title ?? t(lang, `callout.${type}` as 'callout.note');
}

const printTitle = (node: MdNode, lang: Lang) => titleOf(attrOf(node, 'type') ?? 'note', attrOf(node, 'title'), lang);

/** `<Callout>`. */
export const callout = defineComponent({
  name: 'Callout',
  placement: 'flow',
  misplaced: '<Callout> is a block. Put <Callout> and </Callout> on lines of their own, with blank lines around the callout.',
  attributes: calloutAttributes,
  render(node, attrs, { lang }) {
    const type = attrs.type ?? 'note';
    const label = titleOf(type, attrs.title, lang);
    return el('aside', { className: ['callout', `callout-${type}`], ariaLabel: label }, [el('p', { className: ['callout-title'] }, [text(label)]), ...(node.children ?? [])]);
  },
  print: {
    typst: (node, ctx) => `#callout(${typstString(attrOf(node, 'type') ?? 'note')}, ${typstString(printTitle(node, ctx.lang))})[\n${ctx.blocks(node.children ?? [])}\n]\n`,
    word: (node, ctx) => {
      const fill = WORD_BOX_FILL[attrOf(node, 'type') ?? 'note'] ?? WORD_BOX_FILL.note;
      const frame = { shading: { type: ShadingType.CLEAR, color: 'auto', fill }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '5A6B7B', space: 6 } }, indent: { left: 170 } };
      return [new Paragraph({ ...frame, keepNext: true, children: [new TextRun({ text: printTitle(node, ctx.lang), bold: true })] }), ...ctx.blocks(node.children ?? [], frame)];
    },
    xhtml: (node, ctx) => `<aside class="callout callout-${xmlText(attrOf(node, 'type') ?? 'note')}"><p class="callout-title">${xmlText(printTitle(node, ctx.lang))}</p>${ctx.blocks(node.children ?? [])}</aside>\n`,
  },
});
