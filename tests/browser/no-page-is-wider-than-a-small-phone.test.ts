import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { useSite } from '../support/site.ts';
import { DIST } from '../support/build.ts';
import { listFiles } from '../support/files.ts';

const site = useSite();

/** Every built page by its address (redirect pages included: a reader may open an old link on a phone). */
const PAGES = listFiles(DIST)
  .filter((f) => f.endsWith('.html'))
  .map((f) => relative(DIST, f).replace(/index\.html$/, ''))
  .sort();

describe('on the narrowest phones', () => {
  it('no page is wider than a 320 px or a 360 px screen', async () => {
    // A browser language the handbook lacks, so short links stay on their own page to be measured.
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 }, locale: 'fr-FR' });
    const tooWide: string[] = [];
    for (const path of PAGES) {
      // Measured once styles and fonts are in (the page as the reader sees it), then again on the wider
      // screen: the page lays itself out anew for the new width, as on a phone turned or a larger phone.
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(site.url + path, { waitUntil: 'load' });
      for (const width of [320, 360]) {
        if (width !== 320) await page.setViewportSize({ width, height: 700 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) tooWide.push(`${path} at ${width} px: ${scrollWidth} px`);
      }
    }
    expect(PAGES.length).toBeGreaterThan(80);
    expect(tooWide).toEqual([]);
    await page.close();
  });

  it('keeps every header control on one line at 320 px, with the search icon at full size', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    for (const path of ['', 'en/', 'en/chapters/menyusun-komitmen/', 'bab/menyusun-komitmen/']) {
      await page.goto(site.url + path);
      const controls = await page.evaluate(() =>
        ['.site-menu > summary', '.search-trigger', '.lang-switch'].map((s) => {
          const box = document.querySelector(s)!.getBoundingClientRect();
          return { s, height: box.height, right: box.right, icon: document.querySelector(`${s} svg`)?.getBoundingClientRect().width ?? 18 };
        }),
      );
      for (const c of controls) {
        expect(c.height, `${path} ${c.s} wraps onto two lines`).toBeLessThan(50);
        expect(c.right, `${path} ${c.s} is cut off`).toBeLessThanOrEqual(320);
        expect(c.icon, `${path} ${c.s} icon`).toBeGreaterThanOrEqual(16);
      }
    }
    await page.close();
  });
});
