import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';
import { DIST } from './build.ts';

/** The real built site (from `npm run build`) served over http, with a browser. */
export async function openSite(): Promise<{ url: string; browser: Browser; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does it for you).');
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  return { url: server.url, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * Open the real site for one test file: registers beforeAll/afterAll and
 * returns an object whose `url` and `browser` are set once the site is up.
 */
export function useSite(): { url: string; browser: Browser } {
  const handle = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const site = await openSite();
    Object.assign(handle, { url: site.url, browser: site.browser });
    close = site.close;
  });
  afterAll(async () => close?.());
  return handle;
}
