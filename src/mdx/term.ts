/**
 * `<Term id="x">text</Term>`: links words to their entry in the glossary of the page's language
 * (content/glossary/<lang>.yaml); in print, a link to the printed glossary.
 */
import { z } from 'astro/zod';
import { href } from '../lib/routes.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { attrOf } from '../publications/mdast.ts';
import { defineComponent, el } from './types.ts';
import { xmlText } from './print.ts';

/** The attributes of `<Term>`. */
export const termAttributes = z.strictObject({
  /** The id of an entry in the glossary of the page's language. */
  id: z.string({ error: '<Term> needs the id of a glossary entry, for example <Term id="komitmen">komitmen</Term>.' }),
});

/** `<Term>`. */
export const term = defineComponent({
  name: 'Term',
  placement: 'inline',
  misplaced: '<Term> marks words inside a sentence. Put it in the running text, not on a line of its own.',
  attributes: termAttributes,
  check: ({ id }, page) => (page.glossaryIds().has(id) ? [] : [{ message: `<Term id="${id}"> is not in content/glossary/${page.lang}.yaml. Use an id from that file, or add the term there and in the other language.` }]),
  render(node, { id }, { lang }) {
    const entry = loadGlossary(lang).find((e) => e.id === id);
    return el('a', { href: `${href(lang, 'glossary')}#${id}`, className: ['term'], title: entry?.definition }, node.children ?? []);
  },
  print: {
    inline: true,
    typst: (node, ctx) => ctx.termLink(attrOf(node, 'id') ?? '', ctx.inline(node.children ?? [])),
    word: (node, ctx) => ctx.inline(node.children ?? []),
    xhtml: (node, ctx) => `<a class="term" href="${xmlText(ctx.termHref(attrOf(node, 'id') ?? ''))}">${ctx.inline(node.children ?? [])}</a>`,
  },
});
