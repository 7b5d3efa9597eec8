import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { searchInDialog } from '../support/search.ts';

const site = useSite();

async function openSearch(path: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 740 } });
  await page.goto(site.url + path);
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').waitFor();
  return page;
}

describe('search results', () => {
  it('list the sections that match best, not the first three of the page', async () => {
    const page = await openSearch('');
    await searchInDialog(page, 'surat dukungan');
    const first = page.locator('#search-dialog .search-results > li').first();
    expect(await first.locator('.result-title').getAttribute('href')).toContain('/bab/mendaftar-ogp-local/');
    const sections = await first.locator('ul a').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(sections).not.toContain('Kapan Anda melakukan ini');
    expect(sections.some((s) => /surat|dukungan|berkas/i.test(s)), sections.join(' / ')).toBe(true);
    await page.close();
  });

  it('rank the page about a topic above the pages that mention it', async () => {
    const page = await openSearch('');
    const { hrefs } = await searchInDialog(page, 'forum multipihak');
    const titles = hrefs.filter((h) => !h.includes('#'));
    expect(titles[0]).toMatch(/\/bab\/forum-multipihak\/$/);
    await page.close();
  });

  it('find the glossary by its name', async () => {
    for (const [path, query, target] of [['', 'glosarium', '/glosarium/'], ['en/', 'glossary', '/en/glossary/']]) {
      const page = await openSearch(path);
      const { hrefs } = await searchInDialog(page, query);
      expect(hrefs.filter((h) => !h.includes('#'))[0], query).toMatch(new RegExp(`${target}$`));
      await page.close();
    }
  });

  it('begin an excerpt that starts mid-sentence with "…"', async () => {
    const page = await openSearch('');
    await searchInDialog(page, 'tonggak capaian');
    const excerpts = await page.locator('#search-dialog .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(2);
    for (const e of excerpts) {
      if (/^\p{Ll}/u.test(e)) throw new Error(`an excerpt starts mid-sentence without "…": ${e}`);
    }
    expect(excerpts.some((e) => e.startsWith('…'))).toBe(true);
    await page.close();
  });

  for (const [path, typo, fix, lands] of [['', 'komitmn', 'komitmen', '/bab/menyusun-komitmen/'], ['', 'forum multipihk', 'forum multipihak', '/bab/forum-multipihak/'], ['en/', 'comitment', 'commitment', '/en/chapters/menyusun-komitmen/']]) {
    it(`offers "${fix}" for "${typo}" from the site's own words, and searches it on a tap`, async () => {
      const page = await openSearch(path);
      await searchInDialog(page, typo);
      const offer = page.locator('#search-dialog .search-suggest');
      await expect.poll(() => offer.isVisible()).toBe(true);
      expect(await offer.textContent()).toBe(path ? `Did you mean: ${fix}?` : `Maksud Anda: ${fix}?`);
      await offer.getByRole('button', { name: fix }).click();
      await page.waitForFunction((q) => (document.querySelector('#search-dialog [data-search-results]') as HTMLElement).dataset.query === q, fix);
      const top = await page.locator('#search-dialog .result-title').evaluateAll((l) => l.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
      expect(top).toContain(lands);
      expect(await offer.isVisible()).toBe(false);
      await page.close();
    });
  }

  it('offers nothing for words that are on the pages', async () => {
    const page = await openSearch('');
    await searchInDialog(page, 'rencana aksi');
    await page.waitForTimeout(300);
    expect(await page.locator('#search-dialog .search-suggest').isVisible()).toBe(false);
    await page.close();
  });

  it('shows the first result above the fold on a phone, with room for the keyboard', async () => {
    const page = await openSearch('bab/forum-multipihak/', 360);
    await searchInDialog(page, 'kanal aduan');
    const first = (await page.locator('#search-dialog .search-results > li').first().boundingBox())!;
    // About half of a 740 px screen stays free above the on-screen keyboard.
    expect(first.y).toBeLessThan(230);
    await page.close();
  });
});
