import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import type { Browser } from 'playwright-core';
import { DIST } from '../support/build.ts';
import { launchBrowser } from '../support/browser.ts';
import { builderReady, fieldMessage } from '../support/tools.ts';
import { unpackOfflineZip, type UnpackedEdition } from '../support/offline-zip.ts';
import { t } from '../../src/lib/i18n.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { manifestName } from '../../src/lib/offline/manifest.ts';
import { CLIENT_BUNDLES } from '../../src/lib/tools/bundles.ts';

/** The tools as a reader of the downloaded edition uses them: unzipped, opened by file:// URL, no server. */
let folder: string;
let browser: Browser;
let edition: UnpackedEdition | undefined;
const page = (path: string) => pathToFileURL(join(folder, path.slice(1), 'index.html')).href;

beforeAll(async () => {
  edition = unpackOfflineZip('tools-offline');
  folder = edition.folder;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  edition?.remove();
});

describe('the tools in the offline edition (file://)', () => {
  it('builds, checks, keeps and exports a draft to Word with no server and no request outside the folder', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    tab.on('request', (r) => { if (!r.url().startsWith(pathToFileURL(folder).href) && !r.url().startsWith('blob:')) problems.push(`outside: ${r.url()}`); });
    await tab.goto(page(localizedPath('id', 'toolCommitment')));
    await builderReady(tab);
    await tab.fill('#f-title', 'Komitmen dari salinan offline');
    await tab.fill('#m1-text', 'Laporan pertama terbit');
    await fieldMessage(tab, 'm1-end', t('id', 'tools.commitment.issue.noEnd', { n: 1 }));
    await tab.reload();
    await builderReady(tab);
    expect(await tab.inputValue('#f-title')).toBe('Komitmen dari salinan offline');
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('[data-action="export-docx"]')]);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) });
    expect(value).toContain('Komitmen dari salinan offline');
    expect(value).toContain('Laporan pertama terbit');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the readiness self-check and links its gaps to the edition’s own files', async () => {
    const tab = await browser.newPage();
    await tab.goto(page(localizedPath('en', 'toolReadiness')));
    await tab.check('#periksa-komitmen-1-no');
    const links = await tab.$$eval('[data-gap="periksa-komitmen-1"] a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links[0]).toBe(pathToFileURL(join(folder, 'en/chapters/cek-kesiapan/index.html')).href + '#periksa-komitmen-1');
    for (const l of links) expect(existsSync(new URL(l.split('#')[0]))).toBe(true);
    await tab.close();
  });
});

describe('the saved offline copy', () => {
  it('holds the tool pages and every tool script, the Word writer included', () => {
    for (const lang of ['id', 'en'] as const) {
      const files = Object.keys(JSON.parse(readFileSync(join(DIST, manifestName(lang)), 'utf8')).files);
      expect(files, lang).toEqual(expect.arrayContaining([localizedPath(lang, 'toolCommitment').slice(1), localizedPath(lang, 'toolReadiness').slice(1), ...CLIENT_BUNDLES.map((b) => b.file)]));
    }
  });
});
