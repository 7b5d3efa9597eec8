import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Browser } from 'playwright-core';
import { DIST } from '../support/build.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { builderReady, fieldMessage } from '../support/tools.ts';
import { BASE_PATH } from '../../src/lib/site.ts';
import { t } from '../../src/lib/i18n.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { manifestName } from '../../src/lib/offline/manifest.ts';

/** The tools on a phone in flight mode, from the copy "Save for offline reading" keeps. */
let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, manifestName('en')))) throw new Error('dist/ has no offline manifests: run "npm run build" first (npm test does it for you).');
  server = await serveStatic(DIST, BASE_PATH);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    server.server.closeAllConnections();
    await server.close().catch(() => {});
  }
});

describe('the tools in the saved offline copy', () => {
  it('open, check, keep a draft and export it to Word with no connection', async () => {
    const origin = server!.url;
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, acceptDownloads: true });
    const page = await phone.newPage();
    await page.goto(origin + localizedPath('en', 'offline').slice(1));
    await page.getByRole('button', { name: t('en', 'offline.save') }).click();
    await page.locator('[data-offline-saved]').waitFor({ state: 'visible', timeout: 60_000 });
    server!.server.closeAllConnections();
    await server!.close();
    server = undefined;
    await phone.setOffline(true);

    await page.goto(origin + localizedPath('en', 'toolCommitment').slice(1));
    await builderReady(page);
    await page.fill('#f-title', 'Written in flight mode');
    await page.fill('#m1-deliverable', 'Minutes of the forum');
    await fieldMessage(page, 'm1-end', t('en', 'tools.commitment.issue.noEnd', { n: 1 }));
    await page.reload();
    await builderReady(page);
    expect(await page.inputValue('#f-title')).toBe('Written in flight mode');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-docx"]')]);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) });
    expect(value).toContain('Written in flight mode');
    expect(value).toContain('Minutes of the forum');

    await page.goto(origin + localizedPath('en', 'toolReadiness').slice(1));
    await page.check('#periksa-mitra-1-no');
    expect(await page.isVisible('[data-gap="periksa-mitra-1"]')).toBe(true);
    await phone.close();
  }, 120_000);
});
