import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();

/** Open a page, open search with "/", type a query and return the result links once they appear. */
async function search(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(site.url + path.replace(/^\//, ''));
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').fill(query);
  await page.locator(`#search-dialog .search-results[data-query="${query}"] .result-title`).first().waitFor({ timeout: 15_000 });
  return page.locator('#search-dialog .search-results .result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search in a real browser', () => {
  it('finds the Bojonegoro case study from "kontrak terbuka" on the Indonesian site', async () => {
    const page = await site.browser.newPage();
    const results = await search(page, '/', 'kontrak terbuka');
    expect(results.slice(0, 5)).toContain('/studi-kasus/bojonegoro/');
    await page.close();
  });

  it('returns English pages only on the English site', async () => {
    const page = await site.browser.newPage();
    const results = await search(page, '/en/', 'Bojonegoro');
    expect(results.length).toBeGreaterThan(1);
    for (const path of results) expect(path).toMatch(/^\/en\//);
    await page.close();
  });

  it('links sub-results to the matching headings', async () => {
    const page = await site.browser.newPage();
    await search(page, '/', 'forum multipihak');
    const subLinks = await page.locator('#search-dialog .search-results ul a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(subLinks.some((href) => href.includes('#'))).toBe(true);
    await page.close();
  });

  it('filters by page type', async () => {
    const page = await site.browser.newPage();
    await search(page, '/', 'Bojonegoro');
    await page.locator('#search-dialog input[name="type"][value="caseStudy"]').check();
    await page.waitForFunction(() => [...document.querySelectorAll('#search-dialog .result-title')].every((a) => (a as HTMLAnchorElement).pathname.startsWith('/studi-kasus/')));
    const results = await page.locator('#search-dialog .result-title').count();
    expect(results).toBeGreaterThan(0);
    await page.close();
  });

  it('works with the keyboard alone: "/" opens, arrows move, Enter follows, Esc closes', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    expect(await page.locator('script[src*="search"]').count()).toBe(0);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('forum multipihak');
    await page.locator('#search-dialog .search-results[data-query="forum multipihak"] .result-title').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).className);
    expect(focused).toBe('result-title');
    // Leaving the box fires "change"; the list must not be redrawn under the focused result.
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).className)).toBe('result-title');
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bab\/|\/studi-kasus\//);
    await page.close();
  });
});
