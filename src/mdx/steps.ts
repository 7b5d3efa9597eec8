/**
 * `<Steps>` around `### Step {#anchor}` headings: a numbered list on the web, one item (and anchor) per
 * step, and numbered headings in print.
 */
import { z } from 'astro/zod';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { MdNode } from '../publications/mdast.ts';
import { defineComponent, el, type ComponentProblem, type ComponentUse, type HastNode } from './types.ts';
import { xmlText } from './print.ts';

/** `<Steps>` takes no attributes. */
export const stepsAttributes = z.strictObject({});

/** The structure rules: the first block is a step heading, and there is at least one step. */
export function stepsProblems(use: ComponentUse): ComponentProblem[] {
  const first = use.inner[0];
  if (first && first.kind !== 'step') return [{ line: first.line, message: 'a <Steps> block must start with a "### Step title {#anchor}" heading. Put each step under its own ### heading.' }];
  if (!first) return [{ message: '<Steps> has no steps. Write each step as a "### Step title {#anchor}" heading with its text below, with blank lines after <Steps> and before </Steps>.' }];
  return [];
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

/** `<Steps>`. */
export const steps = defineComponent({
  name: 'Steps',
  placement: 'flow',
  misplaced: '<Steps> is a block. Put <Steps> and </Steps> on lines of their own, with blank lines around them.',
  attributes: stepsAttributes,
  check: (_attrs, _page, use) => stepsProblems(use),
  render(node) {
    const items: HastNode[] = [];
    for (const child of node.children ?? []) {
      if (child.type === 'element' && child.tagName === 'h3') items.push(el('li', { className: ['step'] }, [child]));
      else if (items.length) items[items.length - 1].children!.push(child);
    }
    return el('ol', { className: ['steps'] }, items);
  },
  print: {
    typst: (node, ctx) => stepsOf(node).map((s, i) => `${ctx.heading(3, `${i + 1}. ${ctx.inline(s.heading.children ?? [])}`, s.heading.anchor)}\n${ctx.blocks(s.body)}`).join('\n'),
    word: (node, ctx) => stepsOf(node).flatMap((s, i) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`${i + 1}. `), ...ctx.inline(s.heading.children ?? [])] }),
      ...ctx.blocks(s.body),
    ]),
    xhtml: (node, ctx) => `<ol class="steps">${stepsOf(node).map((s) => `<li><h3${s.heading.anchor ? ` id="${xmlText(s.heading.anchor)}"` : ''}>${ctx.inline(s.heading.children ?? [])}</h3>${ctx.blocks(s.body)}</li>`).join('')}</ol>\n`,
  },
});
