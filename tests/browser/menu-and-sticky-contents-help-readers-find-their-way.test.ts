import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('finding the way around the handbook', () => {
  it('opens the list of parts and chapters from the header on a phone without JavaScript, the current chapter marked', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}bab/menyusun-komitmen/`);
    const panel = page.locator('.site-menu-panel');
    expect(await panel.isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    expect(await panel.isVisible()).toBe(true);
    // The menu opens in the top of the screen, not at the end of a long page.
    expect((await panel.boundingBox())!.y).toBeLessThan(200);
    const current = panel.locator('a[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toContain('Menyusun komitmen');
    for (const part of ['Bagian 1', 'Bagian 2', 'Bagian 3', 'Bagian 4', 'Bagian 5']) {
      expect(await panel.getByText(part, { exact: false }).first().isVisible(), part).toBe(true);
    }
    expect(await panel.locator('.sidebar-chapters a').count()).toBeGreaterThan(15);
    await panel.getByRole('link', { name: /Membentuk forum multipihak/ }).click();
    await page.waitForURL(/\/bab\/forum-multipihak\/$/);
    await page.locator('.site-menu > summary').click();
    expect(await page.locator('.site-menu-panel a[aria-current="page"]').textContent()).toContain('forum multipihak');
    await context.close();
  });

  it('offers the menu in English on pages that are not chapters, with nothing marked', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}en/glossary/`);
    await page.getByText('Menu', { exact: true }).click();
    const panel = page.locator('.site-menu-panel');
    expect(await panel.getByRole('link', { name: /Write good commitments/i }).isVisible()).toBe(true);
    expect(await panel.locator('a[aria-current]').count()).toBe(0);
    await page.close();
  });

  it('keeps the chapter list and "on this page" in view while reading on a wide screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}bab/menyusun-komitmen/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const inView = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return box.y >= -1 && box.y + Math.min(box.height, 40) <= 800;
    };
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await inView('.rail .sidebar a[aria-current="page"]')).toBe(true);
    expect(await inView('.rail .toc summary')).toBe(true);
    // The contents list inside the text is not shown a second time beside it.
    expect(await page.locator('.content > .toc').isVisible()).toBe(false);
    await page.close();
  });

  it('ends a long page with a "back to top" link that goes back to the header', async () => {
    for (const [path, label] of [['bab/menyusun-komitmen/', 'Kembali ke atas'], ['en/case-studies/bojonegoro/', 'Back to top'], ['glosarium/', 'Kembali ke atas']]) {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(site.url + path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const link = page.getByRole('link', { name: label });
      expect(await link.isVisible(), path).toBe(true);
      await link.click();
      await expect.poll(() => page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
      expect(await page.locator('.site-menu > summary').isVisible()).toBe(true);
      await page.close();
    }
  });
});
