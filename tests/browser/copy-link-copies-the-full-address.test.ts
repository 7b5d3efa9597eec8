import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('the copy-link control on a heading', () => {
  it('is reachable by keyboard and copies the full address of the section', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.url}bab/forum-multipihak/`, { waitUntil: 'networkidle' });
    const control = page.locator('a.anchor-link[href="#kapan"]');
    expect(await control.getAttribute('aria-label')).toMatch(/^Salin tautan ke bagian ini: /);
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}bab/forum-multipihak/#kapan`);
    await expect.poll(() => page.locator('.copy-toast').textContent()).toBe('Tautan disalin');
    await context.close();
  });

  it('gives every step of a Steps block its own copy-link control', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}en/chapters/ko-kreasi-rencana-aksi/`);
    const steps = await page.locator('ol.steps > li.step').count();
    expect(steps).toBeGreaterThan(2);
    expect(await page.locator('ol.steps > li.step a.anchor-link').count()).toBe(steps);
    await page.close();
  });
});
