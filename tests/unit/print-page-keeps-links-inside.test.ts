import { describe, expect, it } from 'vitest';
import { inPageTarget, scopePageHtml, type PrintTargets } from '../../src/publications/print-html.ts';

const targets: PrintTargets = {
  pageLabel: (path) => ({ '/bab/forum-multipihak/': 'forum-multipihak', '/studi-kasus/semarang/': 'semarang' } as Record<string, string>)[path],
  glossaryPath: '/glosarium/',
};

describe('a chapter on the print page', () => {
  it('prefixes its ids, labels and field names with the chapter, so two chapters never share one', () => {
    const html = '<h2 id="aturan">A</h2><input id="siap-1-box" name="siap-1"><label for="siap-1-box">x</label><section aria-labelledby="footnote-label"></section>';
    expect(scopePageHtml(html, 'tim', targets)).toBe('<h2 id="tim--aturan">A</h2><input id="tim--siap-1-box" name="tim--siap-1"><label for="tim--siap-1-box">x</label><section aria-labelledby="tim--footnote-label"></section>');
  });

  it('points links to chapters, sections, case studies and glossary terms at their place on the page, and leaves others alone', () => {
    expect(inPageTarget('#langkah', 'tim', targets)).toBe('tim--langkah');
    expect(inPageTarget('/bab/forum-multipihak/', 'tim', targets)).toBe('forum-multipihak');
    expect(inPageTarget('/bab/forum-multipihak/#aturan', 'tim', targets)).toBe('forum-multipihak--aturan');
    expect(inPageTarget('/studi-kasus/semarang/', 'tim', targets)).toBe('semarang');
    expect(inPageTarget('/glosarium/#komitmen', 'tim', targets)).toBe('glosarium--komitmen');
    expect(inPageTarget('https://www.opengovpartnership.org/', 'tim', targets)).toBeUndefined();
    expect(inPageTarget('/unduh/id/tim.pdf', 'tim', targets)).toBeUndefined();
  });

  it('moves headings down under the chapter title and turns callouts into notes', () => {
    const out = scopePageHtml('<div class="heading-wrapper level-h2"><h2 id="a">A</h2></div><aside class="callout callout-tip" aria-label="Tips"><p>t</p></aside>', 'tim', targets, 2);
    expect(out).toBe('<div class="heading-wrapper level-h4"><h4 id="tim--a">A</h4></div><div role="note" class="callout callout-tip" aria-label="Tips"><p>t</p></div>');
  });
});
