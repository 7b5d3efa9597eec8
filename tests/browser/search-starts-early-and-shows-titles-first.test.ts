import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/build.ts';
import { useSite } from '../support/site.ts';

const site = useSite();

/**
 * What a first search needs before any word: the engine, its entry file, the page language's metadata and
 * WebAssembly, and its result titles (a result shows its title before its fragment arrives).
 */
const ENGINE_FILES = [/\/pagefind\/pagefind\.js$/, /\/pagefind\/pagefind-entry\.json\?ts=\w+$/, /\/pagefind\/pagefind\.id_\w+\.pf_meta$/, /\/pagefind\/wasm\.id\.pagefind$/, /\/pagefind\/titles\/id_\w+\.json$/];

/**
 * Hold every answer from pagefind/ until all of the engine's files have been asked for. A request that
 * waited for another's answer would never be made, and the promise would not resolve: so when it
 * resolves, these requests were all under way at once. Returns the URLs asked for, in order.
 */
async function holdUntilAllAsked(page: Page): Promise<{ asked: string[]; allAsked: Promise<void> }> {
  const asked: string[] = [];
  let release!: () => void;
  const allAsked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/**', async (route) => {
    asked.push(route.request().url());
    if (ENGINE_FILES.every((pattern) => asked.some((url) => pattern.test(url)))) release();
    await allAsked;
    await route.continue();
  });
  return { asked, allAsked };
}

describe('search on slow data starts early and shows what it has', () => {
  it('a finger on "Cari" asks for the engine, its WebAssembly, metadata, entry file and result titles at once, before any word is typed', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/forum-multipihak/`);
    await page.waitForLoadState('networkidle');
    const { asked, allAsked } = await holdUntilAllAsked(page);
    const box = (await page.locator('a[data-search-open]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The finger is down, not lifted: no click yet, so no dialog and no word typed.
    await page.mouse.down();
    await allAsked;
    expect(await page.locator('#search-dialog').isVisible()).toBe(false);
    // Each asked once: the engine's own requests for them are answered by the preloads.
    expect(asked.filter((url) => /pagefind-entry|\.pf_meta|wasm\./.test(url))).toHaveLength(3);
    await page.mouse.up();
    expect(await page.locator('#search-dialog').isVisible()).toBe(true);
    await page.close();
  });

  it('the "/" key does the same; the first search fetches only what its results need, then the rest of the index', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/forum-multipihak/`);
    await page.waitForLoadState('networkidle');
    const { asked, allAsked } = await holdUntilAllAsked(page);
    await page.keyboard.press('/');
    await allAsked;
    await page.locator('#search-dialog-input').fill('surat dukungan');
    await page.waitForFunction(() => (document.querySelector('#search-dialog [data-search-results]') as HTMLElement).dataset.query === 'surat dukungan');
    expect(await page.locator('#search-dialog .search-results a[href*="/bab/mendaftar-ogp-local/"]').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const files = asked.map((url) => new URL(url).pathname.replace(/^.*\/pagefind\//, ''));
    // Nothing twice, nothing of the English index, no Worker, no filters (the query has none).
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((f) => /(^|\/|\.)en[._]/.test(f))).toEqual([]);
    expect(files.filter((f) => /worker|filter\/|unknown/.test(f))).toEqual([]);
    // Before the results: the index chunks of the two words only (asked once although they are fetched
    // before the engine wants them), then one fragment per shown result.
    const shown = await page.locator('#search-dialog .result-title').count();
    const fragments = files.filter((f) => f.startsWith('fragment/'));
    expect(fragments).toHaveLength(shown);
    const lastFragment = files.lastIndexOf(fragments[fragments.length - 1]);
    const wordChunks = files.slice(0, lastFragment).filter((f) => f.startsWith('index/'));
    expect(wordChunks.length).toBeGreaterThan(0);
    expect(wordChunks.length).toBeLessThanOrEqual(2);
    // Once the results are shown, the rest of the Indonesian index follows, so later words never wait.
    const allChunks = readdirSync(join(DIST, 'pagefind', 'index')).filter((f) => f.startsWith('id_'));
    expect(files.filter((f) => f.startsWith('index/')).sort()).toEqual(allChunks.map((f) => `index/${f}`).sort());
    expect(files.length).toBe(ENGINE_FILES.length + allChunks.length + shown);
    await page.close();
  });

  it('shows the results’ titles as soon as the index answers, and their excerpts when their fragments arrive', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}bab/forum-multipihak/`);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').fill('surat dukungan');
    const title = page.locator('#search-dialog .result-title[href$="/bab/mendaftar-ogp-local/"]');
    await title.waitFor();
    // No fragment has arrived: titles and types only, and the list does not yet say it is settled.
    expect((await title.textContent())?.trim()).toMatch(/^Mendaftar/);
    expect(await page.locator('#search-dialog .result-type').first().textContent()).toBe('Bab');
    expect(await page.locator('#search-dialog .result-excerpt mark').count()).toBe(0);
    expect(await page.locator('#search-dialog [data-search-results]').getAttribute('data-query')).toBeNull();
    release();
    await page.waitForFunction(() => (document.querySelector('#search-dialog [data-search-results]') as HTMLElement).dataset.query === 'surat dukungan');
    expect(await page.locator('#search-dialog .result-excerpt mark').count()).toBeGreaterThan(0);
    expect(await title.count()).toBe(1);
    await page.close();
  });
});
