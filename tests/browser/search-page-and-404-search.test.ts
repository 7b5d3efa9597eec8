import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('search outside the dialog', () => {
  it('the 404 page offers a working search in its language', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}bab/halaman-yang-tidak-ada/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.locator('#search-page-input').fill('komitmen');
    await page.locator('[data-search-page] [data-query="komitmen"] .result-title').first().waitFor();
    const first = await page.locator('[data-search-page] .result-title').first().evaluate((a) => (a as HTMLAnchorElement).pathname);
    expect(first).toMatch(/^\/(bab|studi-kasus)\//);
    await page.close();
  });

  it('the English 404 page searches English pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}en/404/`);
    await page.locator('#search-page-input').fill('commitment');
    await page.locator('[data-search-page] [data-query="commitment"] .result-title').first().waitFor();
    const paths = await page.locator('[data-search-page] .result-title').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    for (const p of paths) expect(p).toMatch(/^\/en\//);
    await page.close();
  });

  it('the search page takes a query from the address', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}cari/?q=Lapor%20Hendi`);
    await page.locator('[data-search-page] .result-title').first().waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('Lapor Hendi');
    await page.close();
  });
});
