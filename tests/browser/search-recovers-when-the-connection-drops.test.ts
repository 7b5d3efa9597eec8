import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { searchInDialog } from '../support/search.ts';

const site = useSite();
const FAILED_ID = 'Pencarian tidak dapat dimuat. Periksa koneksi, lalu coba lagi.';
const FAILED_EN = 'Search could not be loaded. Check your connection, then try again.';

/** Requests matching `pattern` fail (as with no connection) until the returned function is called. */
async function dropConnection(page: Page, pattern: string): Promise<() => Promise<void>> {
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

describe('search when the connection drops', () => {
  it('opens the dialog at once in its loading state, and keeps what the reader types meanwhile', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/forum-multipihak/`);
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await page.route('**/assets/search.js*', async (route) => { await held; await route.continue(); });
    await page.getByRole('link', { name: 'Cari' }).click();
    const dialog = page.locator('#search-dialog');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByText('Memuat pencarian…').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('surat dukungan');
    release();
    await page.waitForFunction(() => (document.querySelector('#search-dialog [data-search-results]') as HTMLElement).dataset.query === 'surat dukungan');
    expect(await dialog.getByText('Memuat pencarian…').isVisible()).toBe(false);
    expect(await dialog.locator('.search-results a[href*="/bab/mendaftar-ogp-local/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says so with a retry when the search script cannot be downloaded, and loads it on the next try', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/forum-multipihak/`);
    const reconnect = await dropConnection(page, '**/assets/search.js*');
    await page.getByRole('link', { name: 'Cari' }).click();
    const failed = page.locator('#search-dialog').getByText(FAILED_ID);
    await expect.poll(() => failed.isVisible()).toBe(true);
    await reconnect();
    await page.locator('#search-dialog').getByRole('button', { name: 'Coba lagi' }).click();
    const { hrefs } = await searchInDialog(page, 'forum multipihak');
    expect(hrefs.some((h) => h.includes('/bab/forum-multipihak/'))).toBe(true);
    expect(await failed.isVisible()).toBe(false);
    await page.close();
  });

  it('recovers when the search engine fails to download, and offers the search page with the words typed', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}en/chapters/forum-multipihak/`);
    const reconnect = await dropConnection(page, '**/pagefind/**');
    await page.getByRole('link', { name: 'Search' }).click();
    const dialog = page.locator('#search-dialog');
    await page.locator('#search-dialog-input').fill('forum rules');
    await expect.poll(() => dialog.getByText(FAILED_EN).isVisible()).toBe(true);
    // The dialog's loading state is gone (the status line may say "Loading search…" for a moment while a
    // search typed meanwhile tries again, so the test reads the loading element itself).
    expect(await dialog.locator('.search-loading').isVisible()).toBe(false);
    expect(await dialog.locator('.search-loading').textContent()).toBe('Loading search…');
    // Reconnected, the reader types on: the next search loads the engine again without a reload.
    await reconnect();
    const { hrefs } = await searchInDialog(page, 'forum rules');
    expect(hrefs.some((h) => h.includes('/en/chapters/forum-multipihak/'))).toBe(true);
    expect(await dialog.getByText(FAILED_EN).isVisible()).toBe(false);
    await page.close();

    const other = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await other.goto(`${site.url}en/chapters/forum-multipihak/`);
    await dropConnection(other, '**/pagefind/**');
    await other.getByRole('link', { name: 'Search' }).click();
    await other.locator('#search-dialog-input').fill('forum rules');
    await expect.poll(() => other.getByText(FAILED_EN).isVisible()).toBe(true);
    await other.unroute('**/pagefind/**');
    await other.getByRole('button', { name: 'Open the search page' }).click();
    await other.waitForURL(/\/en\/search\/\?q=forum\+rules/);
    await other.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-results]') as HTMLElement | null)?.dataset.query === 'forum rules');
    expect(await other.locator('[data-search-page] .search-results a[href*="/en/chapters/forum-multipihak/"]').count()).toBeGreaterThan(0);
    await other.close();
  });

  it('on the search page, "Try again" repeats the search once the connection is back', async () => {
    const page = await site.browser.newPage();
    const reconnect = await dropConnection(page, '**/pagefind/**');
    await page.goto(`${site.url}cari/?q=kanal%20aduan`);
    await expect.poll(() => page.locator('[data-search-page]').getByText(FAILED_ID).isVisible()).toBe(true);
    await reconnect();
    await page.locator('[data-search-page]').getByRole('button', { name: 'Coba lagi' }).click();
    await page.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-results]') as HTMLElement | null)?.dataset.query === 'kanal aduan');
    expect(await page.locator('[data-search-page] .search-results a[href*="/bab/kanal-aduan-warga/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
