import type { Page } from 'playwright-core';

/**
 * Type a query in the open search dialog and wait until the results answer that query
 * (the list carries `data-query`); returns the status line and every result link's href.
 */
export async function searchInDialog(page: Page, query: string): Promise<{ status: string; hrefs: string[] }> {
  const input = page.locator('#search-dialog-input');
  await input.fill('');
  await input.fill(query);
  await page.waitForFunction((q) => (document.querySelector('#search-dialog [data-search-results]') as HTMLElement | null)?.dataset.query === q, query);
  return page.evaluate(() => ({
    status: document.querySelector('#search-dialog [data-search-status]')!.textContent ?? '',
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>('#search-dialog .search-results a')].map((a) => a.href),
  }));
}
