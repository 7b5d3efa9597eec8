/**
 * `<Checklist id="x">` around task lists: tickable items with anchors x-1, x-2, … on the web (every list
 * inside, numbered on; text between the lists stays), and boxes to tick on paper.
 */
import { z } from 'astro/zod';
import { CheckBox, Paragraph, TextRun } from 'docx';
import { t } from '../lib/i18n.ts';
import { attrOf, type MdNode } from '../publications/mdast.ts';
import { defineComponent, el, text, type ComponentProblem, type HastNode } from './types.ts';
import { xmlText } from './print.ts';

const ID_MESSAGE = '<Checklist> needs an id of lowercase letters, digits and hyphens, for example <Checklist id="siap-daftar">.';

/** The attributes of `<Checklist>`. */
export const checklistAttributes = z.strictObject({
  /** The checklist's anchor, and the stem of its items' anchors (id-1, id-2, …); the same in both languages. */
  id: z.string({ error: ID_MESSAGE }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ID_MESSAGE }),
});

function listItemsOf(node: MdNode): MdNode[] {
  return (node.children ?? []).filter((c) => c.type === 'list' && !c.ordered).flatMap((list) => list.children?.filter((c) => c.type === 'listItem') ?? []);
}

function itemContent(item: MdNode): MdNode[] {
  return (item.children ?? []).flatMap((c) => (c.type === 'paragraph' ? c.children ?? [] : [c]));
}

/** The content of a list item in the built tree: its paragraphs unwrapped. */
const hastItemContent = (li: HastNode) => (li.children ?? []).flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children ?? [] : [c]));

/** `<Checklist>`. */
export const checklist = defineComponent({
  name: 'Checklist',
  placement: 'flow',
  misplaced: '<Checklist> is a block. Put <Checklist id="…"> and </Checklist> on lines of their own, with blank lines around the list.',
  attributes: checklistAttributes,
  check(attrs, page, use) {
    const problems: ComponentProblem[] = [];
    if (page.headingAnchors().has(attrs.id)) problems.push({ message: `the checklist id "${attrs.id}" is already an anchor on this page. Choose another id.` });
    const items = use.inner.flatMap((b) => (b.kind === 'list' ? b.items ?? [] : []));
    if (!items.length) problems.push({ message: '<Checklist> must contain a task list: lines starting with "- [ ] ", with blank lines after <Checklist> and before </Checklist>.' });
    items.forEach((item, i) => {
      if (!item.task) problems.push({ line: item.line, message: `item ${i + 1} of checklist "${attrs.id}" is not a task. Start it with "- [ ] ".` });
    });
    return problems;
  },
  render(node, { id }, { lang }) {
    let n = 0;
    const tickable = (list: HastNode) => (list.children ?? []).filter((c) => c.type === 'element' && c.tagName === 'li').map((li) => {
      n += 1;
      const itemId = `${id}-${n}`;
      const kids = hastItemContent(li);
      const box = kids.find((c) => c.type === 'element' && c.tagName === 'input');
      return el('li', { id: itemId, className: ['checklist-item'] }, [
        el('input', { type: 'checkbox', id: `${itemId}-box`, name: itemId, checked: box?.properties?.checked === true }),
        el('label', { htmlFor: `${itemId}-box` }, kids.filter((c) => c !== box)),
      ]);
    });
    const content = (node.children ?? []).map((c) => (c.type === 'element' && c.tagName === 'ul' ? el('ul', { className: ['checklist-items'] }, tickable(c)) : c));
    return el('div', { className: ['checklist'], id, dataChecklist: id }, [
      ...content,
      // A note about the page's controls, not guidance: kept out of the search index and its excerpts.
      el('p', { className: ['checklist-note'], dataPagefindIgnore: '' }, [text(t(lang, 'checklist.saved'))]),
    ]);
  },
  print: {
    typst: (node, ctx) => listItemsOf(node).map((item, i) => `#checkitem[${ctx.inline(itemContent(item))}] <${ctx.label(`${attrOf(node, 'id')}-${i + 1}`)}>`).join('\n') + '\n\n',
    word: (node, ctx) => listItemsOf(node).map((item) => new Paragraph({
      spacing: { before: 60, after: 60 },
      indent: { left: 425, hanging: 425 },
      children: [new CheckBox({ checked: false, alias: t(ctx.lang, 'pub.checkbox'), checkedState: { value: '2612', font: 'MS Gothic' }, uncheckedState: { value: '2610', font: 'MS Gothic' } }), new TextRun('\t'), ...ctx.inline(itemContent(item))],
    })),
    xhtml: (node, ctx) => `<ul class="checklist">${listItemsOf(node).map((item, i) => `<li id="${xmlText(`${attrOf(node, 'id')}-${i + 1}`)}"><span class="box" aria-hidden="true">\u2610</span> ${ctx.inline(itemContent(item))}</li>`).join('')}</ul>\n`,
  },
});
