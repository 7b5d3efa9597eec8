import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { titleLanguage } from '../../src/lib/content-checks.ts';
import { DIST, readPage } from '../support/build.ts';

/** The source links and citations of a built page, with the language a screen reader will use for each. */
function sourceTitles(html: string): Array<{ title: string; lang: string }> {
  const $ = load(html);
  const pageLang = $('html').attr('lang')!;
  return $('.page-sources li > a, .page-sources li > cite, .source-list li > a, .source-list li > cite')
    .map((_, el) => ({ title: $(el).text(), lang: $(el).closest('[lang]').attr('lang') ?? pageLang }))
    .get();
}

describe('text in the other language (WCAG 3.1.2)', () => {
  it('source titles are marked with their own language where it differs from the page', () => {
    const id = sourceTitles(readPage(DIST, '/bab/forum-multipihak/'));
    expect(id.find((s) => s.title === 'OGP Participation and Co-Creation Standards')?.lang).toBe('en');
    const en = sourceTitles(readPage(DIST, '/en/chapters/forum-multipihak/'));
    expect(en.find((s) => s.title === 'OGP Participation and Co-Creation Standards')?.lang).toBe('en');
    const caseEn = sourceTitles(readPage(DIST, '/en/case-studies/bojonegoro/'));
    expect(caseEn.find((s) => s.title === 'Dialog publik Bupati Bojonegoro sejak 2008')?.lang).toBe('id');
    const list = sourceTitles(readPage(DIST, '/sumber/'));
    expect(list.find((s) => s.title === 'How to join OGP Local')?.lang).toBe('en');
  });

  it('no source title on any page is left to be read in the wrong language', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(DIST)) {
      for (const { title, lang } of sourceTitles(readFileSync(join(DIST, file), 'utf8'))) {
        const written = titleLanguage(title);
        if (!written) continue;
        checked++;
        if (written !== lang) wrong.push(`${file}: "${title}" is read as ${lang}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it("the glossary marks each term's name in the other language, and reads its label in the page's", () => {
    for (const [path, lang, label, other, term] of [
      ['/glosarium/', 'id', 'Bahasa Inggris', 'en', 'Multi-stakeholder forum'],
      ['/en/glossary/', 'en', 'Indonesian', 'id', 'Forum multipihak'],
    ] as const) {
      const $ = load(readPage(DIST, path));
      const entry = $('#forum-multipihak .glossary-other');
      expect(entry.text()).toContain(label);
      expect(entry.closest('[lang]').attr('lang'), path).toBe(lang);
      expect(entry.find(`[lang="${other}"]`).text(), path).toBe(term);
    }
  });

  it('words in the other language inside the text carry their language', () => {
    const id = load(readPage(DIST, '/bab/mendaftar-ogp-local/'));
    expect(id('.prose span[lang="en"]').map((_, el) => id(el).text()).get()).toEqual(['Expression of Interest', 'Letter of Support']);
    const en = load(readPage(DIST, '/en/chapters/forum-multipihak/'));
    expect(en('.prose span[lang="id"]').text()).toBe('empat sekawan');
  });
});
