/**
 * What a page fetches before the reader does anything, seen by a real browser: shared by the
 * page-weight budget test and the benchmark. The caller passes a Playwright Browser and the URL
 * of a served build (browser.ts and server.ts in this folder provide both).
 */
import type { Browser, Page, Response } from 'playwright-core';

/** One response a page received. */
export interface Fetched {
  url: string;
  /** Playwright resource type: document, stylesheet, script, fetch, image, ... */
  type: string;
  status: number;
  /** Body bytes as sent by the server (the loopback server does not compress). */
  bytes: number;
}

/** Record every response `page` receives into `into`; returns a function that stops recording. */
export async function recordResponses(page: Page, into: Fetched[]): Promise<() => void> {
  const pending: Array<Promise<void>> = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        let bytes = 0;
        try {
          bytes = (await response.body()).length;
        } catch {
          bytes = Number((await response.allHeaders().catch(() => ({} as Record<string, string>)))['content-length'] ?? 0);
        }
        into.push({ url: response.url(), type: response.request().resourceType(), status: response.status(), bytes });
      })(),
    );
  };
  page.on('response', onResponse);
  return () => page.off('response', onResponse);
}

/**
 * Every response the page at `url` gets while loading, with no interaction,
 * until the network has been idle for 500 ms. A fresh context, so nothing is cached.
 */
export async function observeFirstLoad(browser: Browser, url: string): Promise<Fetched[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: Fetched[] = [];
  const stop = await recordResponses(page, fetched);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  stop();
  await context.close();
  return fetched;
}
