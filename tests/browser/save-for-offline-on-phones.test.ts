import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST } from '../support/build.ts';
import { searchInDialog } from '../support/search.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { BASE_PATH } from '../../src/lib/site.ts';
import { t } from '../../src/lib/i18n.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { contentHash, manifestName, type OfflineManifest } from '../../src/lib/offline/manifest.ts';

/**
 * "Save for offline reading", as a phone reader uses it: the real build is served
 * over http (from a copy, so a "new build" can be published), the reader saves
 * both languages, a new build arrives, then the server goes away and the browser
 * goes offline, and the saved handbook must still open and search.
 */
const LANGS = ['id', 'en'] as const;
let site: string;
let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
/** The site's address (it stays the same after the server is gone). */
let origin: string;
let browser: Browser;
let phone: BrowserContext;
let page: Page;
const served: string[] = [];
const pageErrors: string[] = [];

const url = (path: string) => origin + path.replace(/^\//, '');
const manifestOf = (lang: string): OfflineManifest => JSON.parse(readFileSync(join(site, manifestName(lang)), 'utf8'));
const cacheNames = () => page.evaluate(() => caches.keys());

beforeAll(async () => {
  if (!existsSync(join(DIST, manifestName('id')))) throw new Error('dist/ has no offline manifests: run "npm run build" first (npm test does it for you).');
  site = join(mkdtempSync(join(tmpdir(), 'pedoman-sw-')), 'site');
  cpSync(DIST, site, { recursive: true });
  server = await serveStatic(site, BASE_PATH);
  origin = server.url;
  server.server.on('request', (req) => served.push(new URL(req.url ?? '/', 'http://x').pathname));
  // ServiceWorkerAutoPreload is on by default from Chromium 153 and behind this switch before it: on, so the
  // update test below sees a saved page downloaded again whatever the version of the test browser.
  browser = await launchBrowser(['--enable-features=ServiceWorkerAutoPreload']);
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  page = await phone.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    server.server.closeAllConnections();
    await server.close();
  }
  if (site) rmSync(join(site, '..'), { recursive: true, force: true });
});

/** Search in the dialog; result links as paths with their #section. */
async function searchFor(p: Page, query: string) {
  const found = await searchInDialog(p, query);
  return { status: found.status, paths: found.hrefs.map((href) => { const u = new URL(href); return u.pathname + u.hash; }) };
}

const QUERIES = {
  id: ['forum multipihak', 'kontrak terbuka', 'Bojonegoro', 'rencana aksi', 'masyarakat sipil'],
  en: ['multi-stakeholder forum', 'open contracting', 'Bojonegoro', 'action plan', 'civil society'],
};

async function searchAll(p: Page, lang: 'id' | 'en') {
  await p.goto(url(localizedPath(lang, 'home')));
  await p.keyboard.press('/');
  const results = [];
  for (const query of QUERIES[lang]) results.push(await searchFor(p, query));
  return results;
}

describe('save for offline reading (service worker)', () => {
  it('stores nothing and registers nothing until the reader presses the button', async () => {
    await page.goto(url(localizedPath('id', 'home')));
    await page.goto(url(localizedPath('id', 'offline')));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await cacheNames()).toEqual([]);
    expect(served.filter((p) => /sw\.js|offline\.js|offline-manifest/.test(p))).toEqual([]);
  });

  it('saves each language with a progress indicator', async () => {
    for (const lang of LANGS) {
      await page.goto(url(localizedPath(lang, 'offline')));
      await page.evaluate(() => {
        const root = document.querySelector('[data-offline-save]')!;
        const bar = root.querySelector('progress')!;
        const w = window as unknown as { seen: { value: number; max: number; hidden: boolean; status: string }[] };
        w.seen = [];
        new MutationObserver(() => w.seen.push({ value: bar.value, max: bar.max, hidden: bar.hidden === true, status: root.querySelector('[data-offline-status]')!.textContent ?? '' }))
          .observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
      });
      await page.getByRole('button', { name: t(lang, 'offline.save') }).click();
      await page.locator('[data-offline-saved]').waitFor({ state: 'visible', timeout: 60_000 });
      expect(await page.locator('[data-offline-status]').textContent()).toBe(t(lang, 'offline.saved'));
      const seen = await page.evaluate(() => (window as unknown as { seen: { value: number; max: number; hidden: boolean; status: string }[] }).seen);
      expect(seen.some((s) => !s.hidden && s.value > 0 && s.value < s.max), 'the bar moved').toBe(true);
      expect(seen.some((s) => /\d+/.test(s.status)), 'the status counted files').toBe(true);
      expect(await cacheNames()).toContain(`pedoman-ogp|${BASE_PATH}|${lang}|${manifestOf(lang).version}`);
    }
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
    expect((await cacheNames()).filter((n) => n.endsWith('|partial'))).toEqual([]);
    // Coming back to the page later, it says the copy is saved and offers to remove it.
    await page.reload();
    await page.getByRole('button', { name: t('en', 'offline.remove') }).waitFor();
  });

  it('updates to a newly published build, downloading only the files that changed', async () => {
    const manifest = manifestOf('id');
    const changed = Object.keys(manifest.files).find((p) => p.startsWith('bab/'))!;
    const file = join(site, changed, 'index.html');
    const html = readFileSync(file, 'utf8').replace('<title>', '<title>Edisi baru: ');
    writeFileSync(file, html);
    manifest.files[changed] = contentHash(html);
    manifest.version = contentHash(JSON.stringify(manifest.files));
    writeFileSync(join(site, manifestName('id')), JSON.stringify(manifest));
    served.length = 0;

    // The reader comes back later: the browser has stopped the idle service worker in the meantime.
    const cdp = await phone.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(url(localizedPath('id', 'home')));
    await expect.poll(cacheNames, { timeout: 30_000 }).toEqual(expect.arrayContaining([`pedoman-ogp|${BASE_PATH}|id|${manifest.version}`]));
    await expect.poll(async () => (await cacheNames()).filter((n) => n.includes('|id|')).length, { timeout: 10_000 }).toBe(1);
    expect(served.filter((p) => !/offline-manifest-|\/sw\.js$/.test(p))).toEqual([BASE_PATH + changed]);
    await page.goto(url(changed));
    expect(await page.title()).toMatch(/^Edisi baru: /);
  });

  it('clears copies left half-downloaded by older versions when a new service worker takes over', async () => {
    // Interrupted saves: one of a build that is no longer published (each language), and one of the current
    // build that finished since. No save can complete them, so they would only take the phone's space.
    const current = manifestOf('id').version;
    const stale = [`pedoman-ogp|${BASE_PATH}|id|000000000000|partial`, `pedoman-ogp|${BASE_PATH}|en|000000000000|partial`, `pedoman-ogp|${BASE_PATH}|id|${current}|partial`];
    await page.goto(url(localizedPath('id', 'home')));
    await page.evaluate(async (names) => {
      for (const name of names) await (await caches.open(name)).put(new URL('bab/lama/', location.href).href, new Response('<p>lama</p>'));
    }, stale);
    const complete = (await cacheNames()).filter((n) => !n.endsWith('|partial')).sort();
    expect(complete).toHaveLength(2);
    // A new build publishes a changed service worker; the browser installs it on its next check.
    writeFileSync(join(site, 'sw.js'), `${readFileSync(join(site, 'sw.js'), 'utf8')}\n// a new build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(async () => (await cacheNames()).filter((n) => n.endsWith('|partial')), { timeout: 30_000 }).toEqual([]);
    expect((await cacheNames()).sort()).toEqual(complete);
  });

  it('opens every saved page and searches in flight mode, with the same results as online', async () => {
    const onlineContext = await browser.newContext();
    const onlinePage = await onlineContext.newPage();
    const expected = { id: await searchAll(onlinePage, 'id'), en: await searchAll(onlinePage, 'en') };
    await onlineContext.close();

    // Flight mode: the server is gone and the browser is offline.
    server!.server.closeAllConnections();
    await server!.close();
    server = undefined;
    await phone.setOffline(true);
    const at = url;
    pageErrors.length = 0;

    for (const lang of LANGS) {
      // The language's own pages; short links and the other languages' "Read offline" pages are saved with
      // every language too (tests/browser/saved-copy-opens-short-links-and-says-what-is-not-saved.test.ts).
      const { files, offlinePages = {} } = manifestOf(lang);
      const others = Object.entries(offlinePages).filter(([l]) => l !== lang).map(([, p]) => p);
      const pages = Object.keys(files).filter((p) => (p === '' || p.endsWith('/') || p.endsWith('.html')) && !p.startsWith('go/') && !others.includes(p));
      expect(pages.length).toBeGreaterThan(20);
      for (const path of pages) {
        const response = await page.goto(at(path));
        expect(response?.status(), path).toBe(200);
        expect(await page.evaluate(() => getComputedStyle(document.body).marginTop), `${path} is styled`).toBe('0px');
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      }
      await page.goto(at(localizedPath(lang, 'home')));
      await page.keyboard.press('/');
      for (const [i, query] of QUERIES[lang].entries()) {
        const offline = await searchFor(page, query);
        expect(offline, `"${query}"`).toEqual(expected[lang][i]);
      }
      expect(expected[lang].filter((r) => r.paths.length).length).toBeGreaterThanOrEqual(4);
    }
    // An address that was never saved shows the saved "page not found" page, with its search.
    const missing = await page.goto(at('/bab/tidak-ada/'));
    expect(missing?.status()).toBe(404);
    expect(await page.title()).toContain(t('id', 'notFound.title'));
    expect(pageErrors).toEqual([]);
  });

  it('removes a language’s copy, even offline, and the service worker with the last one', async () => {
    await page.goto(url(localizedPath('en', 'offline')));
    await page.getByRole('button', { name: t('en', 'offline.remove') }).click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toBe(t('en', 'offline.removed'));
    expect((await cacheNames()).map((n) => n.split('|')[2])).toEqual(['id']);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
    await page.goto(url(localizedPath('id', 'offline')));
    await page.getByRole('button', { name: t('id', 'offline.remove') }).click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toBe(t('id', 'offline.removed'));
    expect(await cacheNames()).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });
});
