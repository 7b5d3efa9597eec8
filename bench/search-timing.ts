/**
 * How fast search answers in a real browser (what a page fetches before the reader does
 * anything is measured by tests/support/first-load.ts, which the budget tests share). The caller passes a Playwright
 * Browser and the URL of a served build (tests/support/browser.ts and
 * tests/support/server.ts provide both), so this module has no set-up of its own.
 *
 * Search timings are taken inside the page with performance.now(): from the
 * moment the query is put into the search box (one `input` event, as when a
 * reader pastes or the last key of a word lands) to the moment the first result
 * link is in the DOM. The first query also gets a figure from the "/" key that
 * opens search, since that is when the engine and index start to load.
 */
import type { Browser, Page } from 'playwright-core';
import { recordResponses, type Fetched } from '../tests/support/first-load.ts';

/** Search timings and the download of a first search. */
export interface SearchTiming {
  /** The first query: from the input event to the first result (engine, WASM and index loading included). */
  firstMs: number;
  /** The first query from the "/" key press that opens search to the first result. */
  firstFromOpenMs: number;
  /** Later queries, each from its input event to the first result, in order. */
  laterMs: number[];
  /** Pagefind's own time for the same later queries (search plus loading the ten shown results), no UI. */
  laterEngineMs: number[];
  /** Files fetched from the "/" key press until the first results were shown and the network was idle. */
  firstSearchFetched: Fetched[];
  /** Number of results of each query (first, then later ones). */
  resultCounts: number[];
}

/**
 * Time the search dialog on the page at `url`: press "/", put `queries[0]` in the
 * box, wait for results; then each further query the same way. Throws if a query
 * shows no result link within 10 s (pick queries that match the corpus).
 */
export async function measureSearch(browser: Browser, url: string, queries: string[]): Promise<SearchTiming> {
  if (queries.length < 2) throw new Error('measureSearch needs a first query and at least one later query.');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // A capture listener notes when "/" reaches the page, before the page's own handler runs.
  await page.evaluate(() => {
    const w = window as unknown as { __openAt?: number };
    window.addEventListener('keydown', (e) => { if (e.key === '/' && w.__openAt === undefined) w.__openAt = performance.now(); }, { capture: true });
  });
  const fetched: Fetched[] = [];
  const stop = await recordResponses(page, fetched);
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input', undefined, { timeout: 10_000 });
  const first = await runQuery(page, queries[0]);
  await page.waitForLoadState('networkidle');
  stop();
  const openAt = await page.evaluate(() => (window as unknown as { __openAt: number }).__openAt);
  const laterMs: number[] = [];
  const laterEngineMs: number[] = [];
  const resultCounts = [first.count];
  for (const q of queries.slice(1)) {
    const r = await runQuery(page, q);
    laterMs.push(r.ms);
    resultCounts.push(r.count);
    laterEngineMs.push(await engineTime(page, q));
  }
  await context.close();
  return { firstMs: first.ms, firstFromOpenMs: first.doneAt - openAt, laterMs, laterEngineMs, firstSearchFetched: fetched, resultCounts };
}

/** Put `q` into the dialog's search box with one input event; resolve when the result list is replaced and holds a result link. */
async function runQuery(page: Page, q: string): Promise<{ ms: number; doneAt: number; count: number }> {
  const result = await page.evaluate(
    (query) =>
      new Promise<{ ms: number; doneAt: number; count: number } | string>((resolve) => {
        const dialog = document.getElementById('search-dialog')!;
        const input = document.getElementById('search-dialog-input') as HTMLInputElement;
        const list = dialog.querySelector('[data-search-results]') ?? dialog;
        let start = 0;
        const timer = setTimeout(() => { observer.disconnect(); resolve(`no results for "${query}" within 10 s`); }, 10_000);
        const observer = new MutationObserver(() => {
          if (!dialog.querySelector('.result-title')) return;
          const doneAt = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms: doneAt - start, doneAt, count: dialog.querySelectorAll('.result-title').length });
        });
        observer.observe(list, { childList: true, subtree: true });
        start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q,
  );
  if (typeof result === 'string') throw new Error(`Search: ${result}.`);
  return result;
}

/** Pagefind's own time for a query in the page (search plus the ten result records the UI shows), bypassing the UI. */
async function engineTime(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const base = document.documentElement.dataset.base || '/';
    const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const start = performance.now();
    const search = await pf.search(query);
    await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
    return performance.now() - start;
  }, q);
}
