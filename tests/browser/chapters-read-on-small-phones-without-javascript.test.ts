import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

const PAGES = ['', 'bab/menyusun-komitmen/', 'studi-kasus/bojonegoro/', 'en/chapters/ko-kreasi-rencana-aksi/', 'glosarium/', 'en/sources/'];

describe('reading on a 360 px phone', () => {
  it('never scrolls sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of PAGES) {
      await page.goto(site.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
    await page.close();
  });

  it('shows the whole chapter with JavaScript switched off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}bab/menyusun-komitmen/`);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await page.locator('main .prose h2').count()).toBeGreaterThan(2);
    expect(await page.locator('.page-sources li').count()).toBeGreaterThan(0);
    expect(await page.locator('a[rel="next"]').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps checklist ticks after a reload', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}bab/cek-kesiapan/`, { waitUntil: 'networkidle' });
    const box = page.locator('[data-checklist] input[type="checkbox"]').first();
    await box.check();
    await page.reload();
    await expect.poll(() => page.locator('[data-checklist] input[type="checkbox"]').first().isChecked()).toBe(true);
    await page.close();
  });
});
