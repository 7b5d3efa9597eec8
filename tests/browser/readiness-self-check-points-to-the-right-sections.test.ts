import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';
import { t } from '../../src/lib/i18n.ts';
import { href, localizedPath } from '../../src/lib/routes.ts';

const site = useSite();
const tool = (lang: 'id' | 'en') => site.url + localizedPath(lang, 'toolReadiness').slice(1);
const shown = (page: import('playwright-core').Page, sel: string) => page.$$eval(sel, (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute('data-gap') ?? e.getAttribute('data-met')));

describe('the readiness self-check', () => {
  it('asks every question of the readiness chapter, in both languages', async () => {
    const page = await site.browser.newPage();
    for (const lang of ['id', 'en'] as const) {
      await page.goto(site.url + localizedPath(lang, 'chapter', 'cek-kesiapan').slice(1));
      const items = await page.$$eval('#daftar-periksa ~ * [data-checklist] li, [data-checklist] li', (lis) => [...new Set(lis.map((li) => li.id))]);
      await page.goto(tool(lang));
      const questions = await page.$$eval('[data-item]', (f) => f.map((x) => (x as HTMLElement).dataset.item));
      expect(questions, lang).toEqual(items);
      expect(questions.length).toBeGreaterThan(10);
    }
    await page.close();
  });

  it('lists what is met and, for each gap, the item in the chapter and the pages that help; answers survive a reload', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(tool('id'));
    await page.check('#periksa-komitmen-1-no');
    await page.check('#periksa-mitra-2-unsure');
    await page.check('#periksa-rekam-jejak-2-yes');
    expect(await shown(page, '[data-gap]')).toEqual(['periksa-komitmen-1', 'periksa-mitra-2']);
    expect(await shown(page, '[data-met]')).toEqual(['periksa-rekam-jejak-2']);
    const links = (id: string) => page.$$eval(`[data-gap="${id}"] a`, (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(await links('periksa-komitmen-1')).toEqual([`${href('id', 'chapter', 'cek-kesiapan')}#periksa-komitmen-1`, href('id', 'chapter', 'membangun-komitmen-politik')]);
    expect(await links('periksa-mitra-2')).toEqual([`${href('id', 'chapter', 'cek-kesiapan')}#periksa-mitra-2`, href('id', 'chapter', 'bermitra-dengan-masyarakat-sipil')]);
    expect(await page.isVisible('[data-required-gap]')).toBe(true);
    expect(await page.textContent('[data-summary]')).toBe(t('id', 'tools.readiness.result.summary', { yes: 1, gap: 2, open: 17 }));

    // The links lead to real sections: the item's anchor exists in the chapter.
    await page.click('[data-gap="periksa-komitmen-1"] a >> nth=0');
    await page.waitForURL(/#periksa-komitmen-1$/);
    expect(await page.$('#periksa-komitmen-1')).not.toBeNull();

    await page.goto(tool('id'));
    expect(await page.isChecked('#periksa-komitmen-1-no')).toBe(true);
    expect(await shown(page, '[data-gap]')).toEqual(['periksa-komitmen-1', 'periksa-mitra-2']);
    await page.check('#periksa-komitmen-1-yes');
    expect(await shown(page, '[data-gap]')).toEqual(['periksa-mitra-2']);
    await context.close();
  });

  it('points English gaps to English pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(tool('en'));
    await page.check('#periksa-partisipasi-1-no');
    const links = await page.$$eval('[data-gap="periksa-partisipasi-1"] a', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual([`${href('en', 'chapter', 'cek-kesiapan')}#periksa-partisipasi-1`, href('en', 'chapter', 'forum-multipihak'), href('en', 'chapter', 'memantau-dan-melaporkan')]);
    await page.close();
  });
});
