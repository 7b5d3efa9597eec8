/**
 * `<Lang code="en">Letter of Support</Lang>`: words in another language inside a sentence, marked with
 * their `lang` so screen readers pronounce them right (on the web, in the PDF, the Word file and the EPUB).
 */
import { z } from 'astro/zod';
import { LANGUAGE_CODE, otherLang } from '../lib/languages.ts';
import { attrOf } from '../publications/mdast.ts';
import { defineComponent, el } from './types.ts';
import { typstString, wordLanguage, xmlText } from './print.ts';

/** The attributes of `<Lang>`. */
export const langAttributes = z.strictObject({
  /** The language of the words (ISO 639 code): another language than the page's. */
  code: z.string({ error: '<Lang> needs the code of the words\' language, for example <Lang code="en">.' }),
});

/** `<Lang>`. */
export const lang = defineComponent({
  name: 'Lang',
  placement: 'inline',
  misplaced: '<Lang> marks words inside a sentence. Put it in the running text, not on a line of its own.',
  attributes: langAttributes,
  check({ code }, page) {
    const other = otherLang(page.lang);
    if (!LANGUAGE_CODE.test(code)) return [{ message: `<Lang code="${code}"> needs a language code, for example <Lang code="${other}">.` }];
    if (code === page.lang) return [{ message: `<Lang code="${code}"> marks text in the page's own language. Remove the tag, or use the code of the other language, such as ${other}.` }];
    return [];
  },
  render: (node, { code }) => el('span', { lang: code }, node.children ?? []),
  print: {
    inline: true,
    typst: (node, ctx) => `#text(lang: ${typstString(attrOf(node, 'code') ?? 'en')})[${ctx.inline(node.children ?? [])}]`,
    word: (node, ctx) => ctx.inline(node.children ?? [], { language: wordLanguage(attrOf(node, 'code') ?? 'en') }),
    xhtml: (node, ctx) => {
      const code = xmlText(attrOf(node, 'code') ?? 'en');
      return `<span lang="${code}" xml:lang="${code}">${ctx.inline(node.children ?? [])}</span>`;
    },
  },
});
