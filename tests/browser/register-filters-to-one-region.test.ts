// The commitments register in a real phone-sized browser: complete without JavaScript, filtered to one region
// with its small script, the same from the offline ZIP opened by file://, and never wider than the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DIST, ROOT } from '../support/build.ts';
import { unpackOfflineZip, type UnpackedEdition } from '../support/offline-zip.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { loadRegister, recordsForMember } from '../../src/lib/register.ts';

const register = loadRegister(join(ROOT, 'content'));
const PHONE = { viewport: { width: 360, height: 740 } };
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let offlineRoot: string;
let edition: UnpackedEdition | undefined;

beforeAll(async () => {
  edition = unpackOfflineZip('register');
  offlineRoot = pathToFileURL(edition.folder).href + '/';
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(DIST)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  edition?.remove();
});

/** The refs of the rows a reader can see. */
const visibleRows = (page: Page) => page.locator('.register-table tbody tr:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.ref));

/** Open a page, collecting script errors and failed requests. */
async function open(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(url);
  return problems;
}

describe('the commitments register', () => {
  it('shows every commitment without JavaScript, hides the filters, and fits a 360 px screen', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + localizedPath('id', 'commitments').slice(1));
    expect(await visibleRows(page)).toEqual(register.records.map((r) => r.ref));
    expect(await page.locator('[data-register-filter]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('filters to one region (Semarang) with the script, keeps the choice in the address, and shows all again on reset', async () => {
    const page = await browser.newPage(PHONE);
    const problems = await open(page, server.url + localizedPath('id', 'commitments').slice(1));
    await page.locator('[data-register-filter]').waitFor({ state: 'visible' });
    await page.selectOption('select[name="member"]', 'semarang');
    const semarang = recordsForMember(register, 'semarang').map((r) => r.ref);
    expect(semarang).toContain('IDSMG0005');
    expect(semarang).toContain('ID0083');
    expect(await visibleRows(page)).toEqual(semarang);
    await expect.poll(() => page.locator('[data-register-status]').textContent()).toBe(`Menampilkan ${semarang.length} dari ${register.records.length} komitmen.`);
    expect(new URL(page.url()).searchParams.get('member')).toBe('semarang');
    await page.reload();
    await page.locator('[data-register-filter]').waitFor({ state: 'visible' });
    expect(await visibleRows(page)).toEqual(semarang);
    await page.fill('[data-register-filter] input[name="q"]', 'Lapor Hendi');
    expect(await visibleRows(page)).toEqual(['IDSMG0005', 'ID0083']);
    await page.click('[data-register-filter] button[type="reset"]');
    await expect.poll(() => visibleRows(page)).toEqual(register.records.map((r) => r.ref));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by OGP value and year in English', async () => {
    const page = await browser.newPage(PHONE);
    await open(page, server.url + localizedPath('en', 'commitments').slice(1));
    await page.locator('[data-register-filter]').waitFor({ state: 'visible' });
    await page.selectOption('select[name="value"]', 'access-to-information');
    const expected = register.records.filter((r) => r.values.includes('access-to-information')).map((r) => r.ref);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleRows(page)).toEqual(expected);
    await page.selectOption('select[name="value"]', '');
    await page.selectOption('select[name="year"]', '2016');
    expect(await visibleRows(page)).toEqual(register.records.filter((r) => (r.start ?? r.planData.start).startsWith('2016')).map((r) => r.ref));
    await page.close();
  });

  it('works from the offline ZIP on file://: filter to Banggai, open a commitment and its sources', async () => {
    const page = await browser.newPage(PHONE);
    const problems = await open(page, `${offlineRoot}komitmen/index.html`);
    await page.locator('[data-register-filter]').waitFor({ state: 'visible' });
    await page.selectOption('select[name="member"]', 'banggai');
    const banggai = recordsForMember(register, 'banggai').map((r) => r.ref);
    expect(await visibleRows(page)).toEqual(banggai);
    await page.locator('.register-table tbody tr:visible a').first().click();
    await page.waitForURL(/komitmen\/IDBNG0001\/index\.html$/);
    const sources = await page.locator('#sumber + ol a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sources).toEqual(register.records.find((r) => r.ref === 'IDBNG0001')!.sources.map((s) => s.url));
    expect(problems).toEqual([]);
    await page.close();
  });
});
