import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, sharedBuild } from '../support/build.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import type { Browser } from 'playwright-core';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  // The fixture chapter "komitmen" was moved; its frontmatter lists the old paths in redirectFrom.
  const build = sharedBuild(join(ROOT, 'tests/fixtures/basic'), { BASE_PATH: '/pedoman-ogp/', SITE_URL: 'https://example.org' });
  expect(build.status, build.output).toBe(0);
  server = await serveStatic(build.outDir, '/pedoman-ogp/');
  browser = await launchBrowser();
});
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('a renamed chapter', () => {
  it('sends the old Indonesian address, with its #section, to the new page and section', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}bab/komitmen-lama/#detail`);
    await page.waitForURL(/\/pedoman-ogp\/bab\/komitmen\/#detail$/);
    expect(await page.locator('#detail').isVisible()).toBe(true);
    await page.close();
  });

  it('sends the old English address to the English page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/chapters/commitment-old/#kapan`);
    await page.waitForURL(/\/pedoman-ogp\/en\/chapters\/komitmen\/#kapan$/);
    await page.close();
  });

  it('still offers a visible link without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get(`${server.url}bab/komitmen-lama/`);
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/pedoman-ogp/bab/komitmen/">');
    expect(html).toMatch(/<a href="\/pedoman-ogp\/bab\/komitmen\/">/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/pedoman-ogp\/bab\/komitmen\/">/);
    await context.close();
  });
});
