import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

describe('a shared link to one step', () => {
  it('lands below the top edge with its step number in view, highlighted, and says which chapter it is in', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/menyusun-komitmen/#tonggak`);
    await page.waitForFunction(() => window.scrollY > 500);
    const landed = await page.evaluate(() => {
      const heading = document.getElementById('tonggak')!;
      const step = heading.closest('.step')!;
      const bar = document.querySelector('.chapter-bar')!;
      return {
        heading: heading.getBoundingClientRect().top,
        // The step's number is drawn by li.step::before, 1.45rem below the step's top.
        number: step.getBoundingClientRect().top + parseFloat(getComputedStyle(step, '::before').top),
        highlight: getComputedStyle(heading.parentElement!).backgroundColor,
        otherHeading: getComputedStyle(document.getElementById('masalah')!.parentElement!).backgroundColor,
        barText: bar.textContent!.trim(),
        barBottom: bar.getBoundingClientRect().bottom,
        barVisible: getComputedStyle(bar).visibility === 'visible' && Number(getComputedStyle(bar).opacity) > 0.9,
        eyebrow: document.querySelector('.page-header .eyebrow')!.textContent!.trim(),
        title: document.querySelector('h1')!.textContent!.trim(),
      };
    });
    expect(landed.barVisible).toBe(true);
    expect(landed.barText).toBe(`${landed.eyebrow} · ${landed.title}`);
    expect(landed.number, 'the step number sits below the chapter bar').toBeGreaterThanOrEqual(landed.barBottom);
    expect(landed.heading).toBeGreaterThan(landed.barBottom);
    expect(landed.heading).toBeLessThan(200);
    expect(landed.highlight).not.toBe(landed.otherHeading);
    expect(landed.highlight).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('keeps #section when the reader picks a language on a short link', async () => {
    // A browser language the handbook lacks: the short link shows its choice of both languages.
    const context = await site.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${site.url}go/komitmen/#tonggak`);
    expect(await page.locator('.go-choices a').count()).toBe(2);
    await page.locator('.go-choices a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/chapters\/menyusun-komitmen\/#tonggak$/);
    await page.goto(`${site.url}go/komitmen/#tonggak`);
    await page.locator('.go-choices a[hreflang="id"]').click();
    await page.waitForURL(/\/bab\/menyusun-komitmen\/#tonggak$/);
    await context.close();
  });

  for (const [locale, lands] of [['en-GB', /\/en\/chapters\/menyusun-komitmen\/#tonggak$/], ['id-ID', /\/bab\/menyusun-komitmen\/#tonggak$/]] as const) {
    it(`opens in the browser's language (${locale}) without an extra tap, and the page still offers the other`, async () => {
      const context = await site.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${site.url}go/komitmen/#tonggak`);
      await page.waitForURL(lands);
      expect(await page.locator('#tonggak').isVisible()).toBe(true);
      expect(await page.locator('a.lang-switch').count()).toBe(1);
      await context.close();
    });
  }

  it('offers both languages on a short link without JavaScript', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}go/komitmen/`);
    expect(await page.locator('.go-choices a[hreflang="id"]').isVisible()).toBe(true);
    expect(await page.locator('.go-choices a[hreflang="en"]').isVisible()).toBe(true);
    await context.close();
  });
});
