import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('the language switch', () => {
  it('lands on the same chapter and section in English', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}bab/forum-multipihak/#kapan`);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/chapters\/forum-multipihak\/#kapan$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#kapan').isVisible()).toBe(true);
    await page.close();
  });

  it('comes back to the Indonesian case study', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}en/case-studies/bojonegoro/`);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/studi-kasus\/bojonegoro\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.close();
  });
});
