import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ROOT } from '../support/build.ts';
import { useSite } from '../support/site.ts';

/** Chapter titles in reading order, read from the sources' frontmatter (part, then order, then file name). */
function chapterTitles(lang: 'id' | 'en'): string[] {
  const dir = join(ROOT, 'content/chapters', lang);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]);
    return { f, title: data.title as string, part: data.part as number, order: data.order as number };
  }).sort((a, b) => a.part - b.part || a.order - b.order || a.f.localeCompare(b.f)).map((c) => c.title);
}

const site = useSite();
const editions = [
  { lang: 'id' as const, path: '/cetak/', home: '/', chapter: '/bab/forum-multipihak/' },
  { lang: 'en' as const, path: '/en/print/', home: '/en/', chapter: '/en/chapters/forum-multipihak/' },
];

describe('the print edition holds the whole handbook', () => {
  for (const e of editions) {
    it(`${e.path} lists every chapter in order, numbered, and every link on it stays on the page`, async () => {
      const page = await site.browser.newPage();
      await page.goto(site.url + e.path.slice(1));
      const titles = await page.$$eval('article.print-chapter > h3', (hs) => hs.map((h) => h.textContent!.trim()));
      const expected = chapterTitles(e.lang);
      expect(titles.slice(0, expected.length)).toEqual(expected);
      const numbers = await page.$$eval('article.print-chapter > .eyebrow', (ps) => ps.map((p) => p.textContent!.trim()));
      expect(numbers[0]).toMatch(/1\.1$/);
      const contents = await page.$$eval('.print-contents a', (as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
      for (const t of expected) expect(contents.some((c) => c.endsWith(t))).toBe(true);
      // Every in-page link leads to an element on the page; no id is used twice.
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
        if (dupes.length) out.push(`duplicate ids: ${[...new Set(dupes)].slice(0, 5).join(', ')}`);
        for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
          const url = new URL(a.href);
          const samePage = url.origin === location.origin && url.pathname === location.pathname;
          if (samePage && url.hash && !document.getElementById(decodeURIComponent(url.hash.slice(1)))) out.push(`${a.getAttribute('href')} leads nowhere`);
          if (url.origin === location.origin && !samePage && /\/(bab|chapters|studi-kasus|case-studies|glosarium|glossary)\//.test(url.pathname)) out.push(`${a.getAttribute('href')} leaves the print page`);
        }
        return out;
      });
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`${e.path} prints each chapter on its own pages with page numbers`, async () => {
      const page = await site.browser.newPage();
      await page.goto(site.url + e.path.slice(1));
      const pdf = await page.pdf({ format: 'A4' });
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      expect(doc.numPages).toBeGreaterThan(chapterTitles(e.lang).length);
      const last = await doc.getPage(doc.numPages);
      const text = (await last.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      expect(text).toContain(`${doc.numPages} / ${doc.numPages}`);
      await page.close();
    });

    it(`the home page and every chapter link to ${e.path}`, async () => {
      const page = await site.browser.newPage();
      for (const from of [e.home, e.chapter]) {
        await page.goto(site.url + from.slice(1));
        expect(await page.locator(`main a[href="${e.path}"]`).count(), from).toBeGreaterThan(0);
      }
      await page.close();
    });
  }
});
