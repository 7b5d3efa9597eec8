import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST } from '../support/build.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { BASE_PATH } from '../../src/lib/site.ts';

/**
 * A phone reader saves only the Indonesian handbook, then loses the connection: short links still open,
 * and the English pages (and the header's language button) say they were not saved, with the save button.
 */
let site: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let origin: string;
let browser: Browser;
let phone: BrowserContext;
let page: Page;
const url = (path: string) => origin + path.replace(/^\//, '');

beforeAll(async () => {
  site = join(mkdtempSync(join(tmpdir(), 'pedoman-saved-')), 'site');
  cpSync(DIST, site, { recursive: true });
  server = await serveStatic(site, BASE_PATH);
  origin = server.url;
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'id-ID' });
  page = await phone.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.server.closeAllConnections();
  await server?.close();
  rmSync(join(site, '..'), { recursive: true, force: true });
});

describe('the saved copy', () => {
  it('shows the download size beside the save button, and no save button once saved', async () => {
    await page.goto(url('baca-offline/'));
    const action = page.locator('[data-offline-save-action]');
    expect(await action.innerText()).toMatch(/Simpan untuk dibaca luring\s+Unduhan sekitar \d+(,\d)? MB/);
    await page.getByRole('button', { name: 'Simpan untuk dibaca luring' }).click();
    await page.locator('[data-offline-saved]').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await action.isVisible()).toBe(false);
    // Opened again later (from the saved copy): it says it is saved, and offers only to remove it.
    await page.reload();
    expect(await page.getByRole('button', { name: 'Hapus salinan luring' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan untuk dibaca luring' }).isVisible()).toBe(false);
  });

  it('opens short links with the network off', async () => {
    server.server.closeAllConnections();
    await server.close();
    await phone.setOffline(true);
    await page.goto(url('go/komitmen/#tonggak'));
    await page.waitForURL(/\/bab\/menyusun-komitmen\/#tonggak$/);
    expect(await page.locator('h1').textContent()).toBe('Menyusun komitmen yang baik');
  });

  it('says the English pages were not saved, with their save button, instead of "not found"', async () => {
    await page.goto(url('bab/forum-multipihak/'));
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/chapters\/forum-multipihak\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('The English pages have not been saved in this browser.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save for offline reading' }).isVisible()).toBe(true);
    expect(await page.getByText('Page not found').count()).toBe(0);
    // An Indonesian page that does not exist is still "not found".
    await page.goto(url('bab/tidak-ada/'));
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
  });
});
