import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DIST } from '../support/build.ts';
import { unpackOfflineZip, type UnpackedEdition } from '../support/offline-zip.ts';
import { searchInDialog } from '../support/search.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { BASE_PATH, SITE_URL } from '../../src/lib/site.ts';
import { pathForFile } from '../../src/lib/offline/paths.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { t } from '../../src/lib/i18n.ts';
import { OFFLINE_ZIP_NAME } from '../../src/lib/offline/names.ts';

/**
 * The downloadable edition, as a reader uses it: the zip from the real build is
 * unzipped into a temporary folder and opened by file:// URL, with no server.
 */
const ZIP = join(DIST, OFFLINE_ZIP_NAME);
let folder: string;
let rootUrl: string;
let files: string[];
let browser: Browser;
let online: Awaited<ReturnType<typeof serveStatic>>;
let edition: UnpackedEdition | undefined;

beforeAll(async () => {
  edition = unpackOfflineZip('offline');
  folder = edition.folder;
  rootUrl = pathToFileURL(folder).href + '/';
  files = edition.files;
  [browser, online] = await Promise.all([launchBrowser(), serveStatic(DIST, BASE_PATH)]);
});

afterAll(async () => {
  await browser?.close();
  await online?.close();
  edition?.remove();
});

/** Watch a page for failed requests, requests that leave the folder, script errors and CSP violations. */
function watch(page: Page) {
  const problems: string[] = [];
  let where = '';
  page.on('requestfailed', (r) => problems.push(`${where}: request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => {
    if (!r.url().startsWith(rootUrl) && !r.url().startsWith('data:')) problems.push(`${where}: requested outside the folder: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`${where}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${where}: console: ${m.text()}`);
  });
  return { problems, at: (file: string) => void (where = file) };
}

const texts = new Map<string, string>();
const textOf = (file: string) => texts.get(file) ?? (texts.set(file, readFileSync(join(folder, file), 'utf8')), texts.get(file)!);

describe('the offline edition (zip)', () => {
  it('holds both languages and the search index once, without the online-only files', () => {
    const size = statSync(ZIP).size;
    expect(size).toBeLessThan(3_000_000);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'en/index.html', 'pagefind/pagefind.js', 'pagefind/wasm.id.pagefind.js', 'pagefind/wasm.en.pagefind.js']));
    for (const file of files) {
      expect(file).not.toMatch(/pagefind-(ui|component-ui|modular-ui|highlight|worker)|wasm\.unknown|\.pf_(index|fragment|filter|meta)$|offline-manifest|^sw\.js$|\.zip$|^_headers$|sitemap/);
    }
    // No file twice (Pagefind's per-language chunks may happen to be equal: each language's index is its own).
    const seen = new Map<string, string>();
    for (const file of files.filter((f) => !f.endsWith('.html') && !/^pagefind\/(index|fragment|filter)\//.test(f))) {
      const hash = createHash('sha256').update(readFileSync(join(folder, file))).digest('hex');
      expect(seen.get(hash), `${file} duplicates ${seen.get(hash)}`).toBeUndefined();
      seen.set(hash, file);
    }
  });

  it('opens every page from file:// styled, with working links and anchors, its banner, and no request outside the folder', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const broken: string[] = [];
    for (const file of pages) {
      log.at(file);
      await page.goto(rootUrl + file);
      const info = await page.evaluate(() => ({
        styled: getComputedStyle(document.body).marginTop === '0px',
        banner: document.querySelector('.offline-banner')?.textContent ?? '',
        onlineLink: document.querySelector('.offline-banner a')?.getAttribute('href'),
        version: (document.querySelector('.build-date')?.textContent ?? '').replace(/^\D*/, '').trim(),
        links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        images: [...document.images].map((i) => ({ src: i.src, ok: i.complete && i.naturalWidth > 0 })),
      }));
      expect(info.styled, `${file} has its stylesheet`).toBe(true);
      expect(info.version, `${file} shows its version`).toMatch(/\d{4}/);
      expect(info.banner, `${file} says it is an offline copy with its date`).toContain(info.version);
      expect(info.onlineLink).toBe(SITE_URL + BASE_PATH + pathForFile(file));
      for (const image of info.images) if (!image.ok) broken.push(`${file}: image ${image.src} does not load`);
      for (const href of info.links) {
        if (!href.startsWith('file:')) continue;
        if (!href.startsWith(rootUrl)) {
          broken.push(`${file}: ${href} leaves the folder`);
          continue;
        }
        const url = new URL(href);
        const target = decodeURIComponent(url.pathname).slice(decodeURIComponent(new URL(rootUrl).pathname).length);
        if (!existsSync(join(folder, target)) || statSync(join(folder, target)).isDirectory()) {
          broken.push(`${file}: ${href} is not a file of the edition`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html') && !textOf(target).includes(`id="${id}"`)) broken.push(`${file}: ${target} has no #${id}`);
      }
    }
    expect(broken).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  it('follows links like a reader: chapter, language switch keeping the section, back home; copies section links', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    log.at('clicks');
    await page.goto(`${rootUrl}index.html`);
    await page.locator('main a[href*="bab/"]').first().click();
    await page.waitForURL(/\/bab\/[^/]+\/index\.html$/);
    const anchor = page.locator('main h2[id]').first();
    const id = await anchor.getAttribute('id');
    await page.goto(`${page.url()}#${id}`);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(new RegExp(`/en/chapters/[^/]+/index\\.html#${id}$`));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('a[data-act="copy-link"]').first().click();
    await page.locator('.copy-toast').waitFor();
    await page.locator('.site-title').click();
    await page.waitForURL(`${rootUrl}en/index.html`);
    // The footer leads to "Read offline", which says this is the offline edition instead of offering to save it.
    await page.locator('.site-footer').getByRole('link', { name: t('en', 'offline.title'), exact: true }).click();
    await page.waitForURL(`${rootUrl}${localizedPath('en', 'offline').slice(1)}index.html`);
    expect(await page.locator('[data-offline-only]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-save]').isVisible()).toBe(false);
    expect(await page.locator('.site-footer a[download]').getAttribute('href')).toMatch(/^https?:\/\/.+\.zip$/);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  const QUERIES = {
    id: ['forum multipihak', 'kontrak terbuka', 'Bojonegoro', 'rencana aksi', 'masyarakat sipil', 'anggaran'],
    en: ['multi-stakeholder forum', 'open contracting', 'Bojonegoro', 'action plan', 'civil society', 'budget'],
  };

  /** Search in the dialog; result links as site paths. */
  async function searchFor(page: Page, query: string, toPath: (href: string) => string) {
    const found = await searchInDialog(page, query);
    return { status: found.status, paths: found.hrefs.map(toPath) };
  }

  it('runs the search page from file:// with a query in the address, and the checklist keeps ticks', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    log.at('search page');
    await page.goto(`${rootUrl}${localizedPath('id', 'search').slice(1)}index.html?q=${encodeURIComponent('forum multipihak')}`);
    await page.locator('[data-search-page] .result-title').first().waitFor();
    const first = await page.locator('[data-search-page] .result-title').first().getAttribute('href');
    expect(first).toMatch(/^\.\.\/bab\/[^/]+\/index\.html$/);
    // Once results show, the page loads its suggestion words; leaving before they arrive would abort that request.
    await page.waitForLoadState('networkidle');
    const withChecklist = files.find((f) => f.endsWith('.html') && /<[^>]+\sdata-checklist[\s>=]/.test(textOf(f)));
    if (withChecklist) {
      await page.goto(rootUrl + withChecklist);
      const box = page.locator('[data-checklist] input[type="checkbox"]').first();
      await box.check();
      await page.reload();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    expect(log.problems).toEqual([]);
    await page.close();
  });

  for (const lang of ['id', 'en'] as const) {
    it(`searches from file:// with the same results in the same order as the online site (${lang})`, async () => {
      const [offlinePage, onlinePage] = await Promise.all([browser.newPage(), browser.newPage()]);
      const log = watch(offlinePage);
      log.at(`search ${lang}`);
      const home = lang === 'id' ? '' : 'en/';
      await offlinePage.goto(`${rootUrl}${home}index.html`);
      await onlinePage.goto(online.url + home);
      for (const p of [offlinePage, onlinePage]) {
        await p.keyboard.press('/');
        await p.locator('#search-dialog-input').waitFor();
      }
      const fromFile = (href: string) => href.slice(rootUrl.length).replace(/index\.html(?=#|$)/, '');
      const fromSite = (href: string) => {
        const url = new URL(href);
        return url.pathname.slice(BASE_PATH.length) + url.hash;
      };
      let withResults = 0;
      for (const query of QUERIES[lang]) {
        const offline = await searchFor(offlinePage, query, fromFile);
        const onlineResults = await searchFor(onlinePage, query, fromSite);
        expect(offline, `"${query}"`).toEqual(onlineResults);
        if (offline.paths.length) withResults += 1;
        for (const path of offline.paths) expect(existsSync(join(folder, path.replace(/#.*$/, '').replace(/(^|\/)$/, '$1index.html'))), path).toBe(true);
      }
      expect(withResults).toBeGreaterThanOrEqual(5);
      // A result opens its page from the folder.
      await searchFor(offlinePage, QUERIES[lang][0], fromFile);
      await offlinePage.locator('#search-dialog .result-title').first().click();
      await offlinePage.waitForURL(/index\.html(#.*)?$/);
      expect(offlinePage.url().startsWith(rootUrl)).toBe(true);
      expect(await offlinePage.locator('h1').count()).toBeGreaterThan(0);
      expect(log.problems).toEqual([]);
      await Promise.all([offlinePage.close(), onlinePage.close()]);
    });
  }
});
