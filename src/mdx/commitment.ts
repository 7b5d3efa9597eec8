/**
 * `<Commitment id="IDSMG0005" />`: a real example from the commitments register, drawn at build time
 * (title linked to its register page, member, ID, summary, lead, period, assessment). The text comes from
 * content/commitments/, so a chapter never types a commitment again.
 */
import { z } from 'astro/zod';
import { BorderStyle, Paragraph, ShadingType, TextRun } from 'docx';
import type { Lang } from '../lib/languages.ts';
import { href } from '../lib/routes.ts';
import { loadRegister } from '../lib/register.ts';
import { commitmentExample as exampleText, type CommitmentExample } from '../lib/register-labels.ts';
import { attrOf, type MdNode } from '../publications/mdast.ts';
import { defineComponent, el, text } from './types.ts';
import { WORD_BOX_FILL, typstString, xmlText } from './print.ts';

/** The attributes of `<Commitment>`. */
export const commitmentAttributes = z.strictObject({
  /** An OGP ID or register key from content/commitments/. */
  id: z.string({ error: '<Commitment> needs the OGP ID or key of a commitment in the register, for example <Commitment id="IDSMG0005" />.' }),
});

function recordOf(id: string | undefined) {
  const record = loadRegister().records.find((r) => r.ref === id);
  // Refused earlier by the component's check, in `npm run check` and in the build alike.
  if (!record) throw new Error(`<Commitment id="${id ?? ''}"> is not in the commitments register (content/commitments/).`);
  return record;
}

const exampleOf = (node: MdNode, lang: Lang): CommitmentExample => exampleText(lang, recordOf(attrOf(node, 'id')));

/** `<Commitment>`. */
export const commitment = defineComponent({
  name: 'Commitment',
  placement: 'flow',
  misplaced: '<Commitment> shows a whole example. Put it on a line of its own, with blank lines around it.',
  attributes: commitmentAttributes,
  check({ id }, page) {
    const refs = page.registerRefs();
    return refs.includes(id) ? [] : [{ message: `<Commitment id="${id}"> is not in the commitments register (content/commitments/). Use an OGP ID or key from it, for example <Commitment id="${refs[0] ?? 'IDSMG0005'}" />.` }];
  },
  render(_node, { id }, { lang }) {
    const record = recordOf(id);
    const card = exampleText(lang, record);
    return el('aside', { className: ['commitment-card'], ariaLabel: card.label, dataCommitment: record.ref }, [
      el('p', { className: ['commitment-card-eyebrow'] }, [text(card.label)]),
      el('p', { className: ['commitment-card-title'] }, [el('a', { href: href(lang, 'commitment', record.ref) }, [text(card.title)])]),
      el('p', {}, [text(card.summary)]),
      el('p', { className: ['small'] }, [text(card.facts)]),
    ]);
  },
  print: {
    typst: (node, ctx) => {
      const c = exampleOf(node, ctx.lang);
      return `#callout("note", ${typstString(c.label)})[\n#strong(${typstString(c.title)})\n\n#${typstString(c.summary)}\n\n#text(size: 0.9em, ${typstString(c.facts)})\n]\n`;
    },
    word: (node, ctx) => {
      const c = exampleOf(node, ctx.lang);
      const frame = { shading: { type: ShadingType.CLEAR, color: 'auto', fill: WORD_BOX_FILL.note }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '5A6B7B', space: 6 } }, indent: { left: 170 } };
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
});
