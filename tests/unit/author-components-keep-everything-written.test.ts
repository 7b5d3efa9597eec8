import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { load } from 'cheerio';
import { anchorsOf } from '../../src/lib/content-index.ts';
import { t } from '../../src/lib/i18n.ts';
import { ROOT } from '../support/build.ts';
import { renderMdx } from '../support/render-mdx.ts';

const file = (lang: 'id' | 'en') => join(ROOT, 'content/chapters', lang, 'contoh.mdx');

describe('a checklist', () => {
  const source = [
    '<Checklist id="siap">',
    '',
    'Sebelum mendaftar, periksa hal berikut.',
    '',
    '- [ ] Surat Dukungan sudah ditandatangani.',
    '- [x] Narahubung sudah ditunjuk.',
    '',
    'Setelah itu:',
    '',
    '- [ ] Kirim Pernyataan Minat.',
    '',
    '</Checklist>',
    '',
  ].join('\n');

  it('keeps its introduction and every list, numbering the items on across lists', async () => {
    const $ = load(await renderMdx(source, file('id')));
    const box = $('#siap');
    expect(box.text()).toContain('Sebelum mendaftar, periksa hal berikut.');
    expect(box.text()).toContain('Setelah itu:');
    expect(box.find('li.checklist-item').map((_, li) => $(li).attr('id')).get()).toEqual(['siap-1', 'siap-2', 'siap-3']);
    expect(box.find('li#siap-3 label').text()).toContain('Kirim Pernyataan Minat.');
    expect(box.find('input#siap-2-box').attr('checked')).toBeDefined();
    // The order the author wrote: introduction, first list, the line between, second list.
    expect(box.children().map((_, c) => c.tagName).get().slice(0, 4)).toEqual(['p', 'ul', 'p', 'ul']);
  });

  it('has the anchors the content index (and so the link checks) expects', async () => {
    const $ = load(await renderMdx(source, file('id')));
    const rendered = $('[id]').map((_, e) => $(e).attr('id')).get().filter((id) => !id.endsWith('-box'));
    expect(new Set(rendered)).toEqual(anchorsOf(source));
  });
});

describe('footnotes', () => {
  it('are headed in the page language with the text of content/ui', async () => {
    for (const lang of ['id', 'en'] as const) {
      const $ = load(await renderMdx('Teks[^1].\n\n[^1]: Sumber.\n', file(lang)));
      expect($('#footnote-label').text()).toBe(t(lang, 'footnotes.title'));
    }
  });
});
