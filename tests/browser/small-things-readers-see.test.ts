import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();

/** Mean brightness (0–255) of a strip of the page, as drawn on screen. */
async function brightness(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await page.screenshot({ clip });
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.reduce((n, v) => n + v, 0) / data.length;
}

describe('small things a reader sees', () => {
  it('fits every cycle-diagram label inside its pill, in the page font and in a wide Android font', async () => {
    for (const width of [320, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      for (const path of ['', 'en/']) {
        await page.goto(site.url + path);
        for (const font of ['inherit', '"DejaVu Sans"', 'Roboto', '"Noto Sans"']) {
          const overflows = await page.evaluate((f) => {
            document.querySelectorAll<SVGTextElement>('.cycle text').forEach((t) => { t.style.fontFamily = f; });
            return [...document.querySelectorAll('.cycle g > g')].flatMap((g) => {
              const text = (g.querySelector('text') as SVGTextElement).getBBox();
              const pill = (g.querySelector('rect') as SVGRectElement).getBBox();
              const fits = text.x >= pill.x + 8 && text.x + text.width <= pill.x + pill.width - 8;
              return fits ? [] : [`${g.textContent}: text ${Math.round(text.width)} in pill ${pill.width}`];
            });
          }, font);
          expect(overflows, `${path} at ${width} px in ${font}`).toEqual([]);
        }
        expect(await page.locator('.cycle text').count()).toBe(3);
      }
      await page.close();
    }
  });

  it('shows a shadow at the edge of a table that scrolls, gone once scrolled to its end', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/templat-rencana-aksi/`);
    const wide = await page.locator('.table-scroll').evaluateAll((boxes) => boxes.findIndex((b) => b.scrollWidth > b.clientWidth + 40));
    expect(wide).toBeGreaterThanOrEqual(0);
    const box = page.locator('.table-scroll').nth(wide);
    const firstRow = box.locator('tbody tr').first();
    await firstRow.scrollIntoViewIfNeeded();
    const rect = (await box.boundingBox())!;
    const row = (await firstRow.boundingBox())!;
    const edge = { x: rect.x + rect.width - 8, y: row.y + 4, width: 6, height: row.height - 8 };
    const withMore = await brightness(page, edge);
    await box.evaluate((b) => { b.scrollLeft = b.scrollWidth; });
    const atEnd = await brightness(page, edge);
    expect(atEnd - withMore, 'the right edge is visibly darker while more columns wait').toBeGreaterThan(20);
    await page.close();
  });

  it('says "luring", not "offline", in the Indonesian interface', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}baca-offline/`);
    expect(await page.locator('h1').textContent()).toBe('Baca luring');
    expect(await page.getByRole('button', { name: 'Simpan untuk dibaca luring' }).isVisible()).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.match(/\boffline\b/gi) ?? []).toEqual([]);
    await page.close();
  });

  it('answers a missing English address in English too, on hosts that serve only /404.html', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}en/chapters/no-such-chapter/`);
    expect(response?.status()).toBe(404);
    const english = page.locator('section[lang="en"]');
    expect(await english.getByRole('heading', { name: 'Page not found' }).isVisible()).toBe(true);
    await english.getByRole('link', { name: 'Back to the home page' }).click();
    await page.waitForURL(/\/en\/$/);
    await page.close();
  });

  it('names a glossary term in the other language only where the name differs', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}glosarium/`);
    expect(await page.locator('#ogp-local dt').textContent()).toBe('OGP Local');
    expect(await page.locator('#komitmen dt').textContent()).toContain('Bahasa Inggris: Commitment');
    await page.close();
  });
});
