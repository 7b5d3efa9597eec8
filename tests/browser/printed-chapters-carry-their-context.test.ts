import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();

/** A page as the printer renders it: print media, with the screen in dark mode. */
async function printed(path: string): Promise<Page> {
  const page = await site.browser.newPage({ colorScheme: 'dark' });
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return page;
}

const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('a printed chapter', () => {
  it('prints dark ink on white even when the screen is in dark mode', async () => {
    const page = await printed('bab/menyusun-komitmen/');
    const colours = await page.evaluate(() => {
      const style = (el: Element) => getComputedStyle(el);
      const callout = document.querySelector('.callout')!;
      return { body: style(document.body).backgroundColor, text: style(document.body).color, callout: style(callout).backgroundColor, calloutText: style(callout).color };
    });
    expect(luminance(colours.body)).toBeGreaterThan(240);
    expect(luminance(colours.callout)).toBeGreaterThan(200);
    expect(luminance(colours.text)).toBeLessThan(60);
    expect(luminance(colours.calloutText)).toBeLessThan(60);
    await page.close();
  });

  it('shows the site, chapter number and title, review and version dates and the QR short link above the title', async () => {
    const page = await printed('bab/menyusun-komitmen/');
    const head = page.locator('.print-head');
    expect(await head.isVisible()).toBe(true);
    const text = (await head.innerText()).replace(/\s+/g, ' ');
    const eyebrow = (await page.locator('.page-header .eyebrow').textContent())!;
    expect(text).toContain('Pedoman OGP');
    expect(text).toContain(`${eyebrow} · ${await page.locator('h1').textContent()}`);
    expect(text).toMatch(/Terakhir ditinjau: \d+ \w+ 20\d\d · Versi \d+ \w+ 20\d\d/);
    expect(text).toMatch(/\/go\/komitmen\/$/);
    expect(await head.locator('svg').isVisible()).toBe(true);
    const qr = (await head.locator('svg').boundingBox())!;
    const title = (await page.locator('h1').boundingBox())!;
    expect(qr.y + qr.height).toBeLessThanOrEqual(title.y);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });

  it('gives a case study its QR short link too', async () => {
    const page = await printed('en/case-studies/bojonegoro/');
    const head = page.locator('.print-head');
    expect(await head.locator('svg').isVisible()).toBe(true);
    expect(await head.innerText()).toMatch(/\/go\/bojonegoro\//);
    await page.close();
  });

  it('prints the chapter number of a link to another chapter', async () => {
    for (const [path, words] of [['bab/menyusun-komitmen/', /^ \(lihat Bab \d\.\d\)$/], ['en/chapters/menyusun-komitmen/', /^ \(see chapter \d\.\d\)$/]] as const) {
      const page = await printed(path);
      const link = page.locator('.prose a[data-see]').first();
      const target = await link.getAttribute('href');
      const after = await link.evaluate((a) => getComputedStyle(a, '::after').content.replace(/^"|"$/g, ''));
      expect(after).toMatch(words);
      // The number is the linked chapter's own.
      const number = after.match(/\d\.\d/)![0];
      const linked = await site.browser.newPage();
      await linked.goto(new URL(target!, site.url).href);
      expect(await linked.locator('.page-header .eyebrow').textContent()).toContain(number);
      await linked.close();
      await page.close();
    }
  });

  it('leaves three lines to write in every answer cell of a template', async () => {
    const page = await printed('bab/templat-komitmen/');
    const cells = await page.locator('.prose td:empty').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight)));
    expect(cells.length).toBeGreaterThan(3);
    for (const lines of cells) expect(lines).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
