/**
 * Search on slow mobile data, in headless Chromium with the DevTools protocol's network and CPU emulation
 * (Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate), on a served build of the real
 * handbook. The caller passes the Browser and the URL of a chapter served with gzip, as a static host
 * sends it (tests/support/server.ts, `gzip: true`).
 *
 * What is measured, per run (a fresh browser context, so nothing is cached):
 * - The page loads on the emulated profile; then the reader presses "/", and once the dialog is open
 *   types the first query key by key ({@link KEY_DELAY_MS} between keys, no pause before the first).
 * - first result: from the first key of the query to the first result link in the dialog (for the
 *   letters typed by then); the same from the "/" key; and from the query's last key to the results of
 *   the whole query.
 * - later searches: the box is emptied and each further query typed the same way; from its first key to
 *   its first result link, and from its last key to its whole results. The report takes the median.
 * - the files fetched from the "/" key to the first query's whole results, with when each started and
 *   ended (the page's Resource Timing), to say where the time went.
 */
import type { Browser, Page } from 'playwright-core';

/** An emulated connection and CPU. */
export interface SlowProfile {
  /** How the report names it, e.g. "750 kbps / 300 ms". */
  name: string;
  /** Download throughput in kilobits per second. */
  downKbps: number;
  /** Upload throughput in kilobits per second. */
  upKbps: number;
  /** Round-trip latency added to every request, in ms. */
  latencyMs: number;
  /** CPU slow-down factor (4: a mid-range phone against a desktop core). */
  cpuSlowdown: number;
}

/** The two profiles of issue 12: 3G, and a poor 3G/EDGE connection. */
export const SLOW_PROFILES: readonly SlowProfile[] = [
  { name: '750 kbps / 300 ms', downKbps: 750, upKbps: 250, latencyMs: 300, cpuSlowdown: 4 },
  { name: '250 kbps / 800 ms', downKbps: 250, upKbps: 100, latencyMs: 800, cpuSlowdown: 4 },
];

/** Time between two keys: about 50 words a minute, a quick typist on a phone keyboard. */
export const KEY_DELAY_MS = 200;

/** One file fetched during the first search, from the page's Resource Timing (ms since the "/" key). */
export interface TimedFile {
  path: string;
  /** Bytes on the wire (headers included), as the browser counted them. */
  transferBytes: number;
  startMs: number;
  endMs: number;
}

/** One query typed key by key. */
export interface TypedQuery {
  query: string;
  /** First key to the first result link. */
  firstResultMs: number;
  /** Last key to the results of the whole query. */
  wholeQueryMs: number;
}

/** What one run measured. */
export interface SlowSearchRun {
  first: TypedQuery & { /** The "/" key to the first result link. */ fromOpenMs: number };
  later: TypedQuery[];
  /** Files fetched from the "/" key until the first query's whole results. */
  files: TimedFile[];
}

/**
 * Run the first query and then the later ones on the chapter at `url` under `profile`. Throws when a query
 * shows no results within a minute (pick queries that match the handbook).
 */
export async function measureSlowSearch(browser: Browser, url: string, profile: SlowProfile, queries: string[]): Promise<SlowSearchRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: (profile.downKbps * 1000) / 8,
      uploadThroughput: (profile.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await page.evaluate(installWatch);
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input', undefined, { timeout: 30_000 });
    const first = await typeQuery(page, queries[0]);
    const { openAt, files } = await page.evaluate(() => {
      const w = window as unknown as Watch;
      const at = w.__watch.openAt;
      return {
        openAt: at,
        files: performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .filter((e) => e.startTime >= at)
          .map((e) => ({ path: new URL(e.name).pathname, transferBytes: e.transferSize, startMs: e.startTime - at, endMs: e.responseEnd - at })),
      };
    });
    const firstKeyFromOpen = first.keys[0] - openAt;
    const later: TypedQuery[] = [];
    for (const q of queries.slice(1)) {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.waitForFunction(() => !document.querySelector('#search-dialog .result-title'), undefined, { timeout: 30_000 });
      later.push((await typeQuery(page, q)).typed);
    }
    return { first: { ...first.typed, fromOpenMs: first.typed.firstResultMs + firstKeyFromOpen }, later, files };
  } finally {
    await context.close();
  }
}

/** What the page notes: key times, the "/" key, the first result link, and when each query's results were settled. */
interface Watch {
  __watch: { openAt: number; keys: number[]; firstResultAt?: number; settled: Record<string, number> };
}

/** Runs in the page: note key presses (capture phase, before the page's own handlers) and results as they appear. */
function installWatch(): void {
  const w = window as unknown as Watch;
  w.__watch = { openAt: NaN, keys: [], settled: {} };
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === '/' && Number.isNaN(w.__watch.openAt)) w.__watch.openAt = performance.now();
      else if (e.key.length === 1) w.__watch.keys.push(performance.now());
    },
    { capture: true },
  );
  const dialog = document.getElementById('search-dialog')!;
  new MutationObserver(() => {
    const now = performance.now();
    if (w.__watch.firstResultAt === undefined && dialog.querySelector('.result-title')) w.__watch.firstResultAt = now;
    const q = (dialog.querySelector('[data-search-results]') as HTMLElement | null)?.dataset.query;
    if (q && dialog.querySelector('.result-title')) w.__watch.settled[q] ??= now;
  }).observe(dialog, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] });
}

/** Type `query` key by key into the focused search box and wait for its whole results. */
async function typeQuery(page: Page, query: string): Promise<{ typed: TypedQuery; keys: number[] }> {
  await page.evaluate(() => {
    const w = (window as unknown as Watch).__watch;
    w.keys = [];
    w.firstResultAt = undefined;
    w.settled = {};
  });
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page
    .waitForFunction((q) => (window as unknown as Watch).__watch.settled[q] !== undefined, query, { timeout: 60_000 })
    .catch(() => {
      throw new Error(`Search on slow data: no results for "${query}" within a minute.`);
    });
  const w = await page.evaluate(() => (window as unknown as Watch).__watch);
  const keys = w.keys;
  return { typed: { query, firstResultMs: w.firstResultAt! - keys[0], wholeQueryMs: w.settled[query] - keys[keys.length - 1] }, keys };
}

/** The handbook's queries: the first is the one issue 12 measured; the later ones each need words of their own. */
export const SLOW_SEARCH_QUERIES = ['surat dukungan', 'forum multipihak', 'kanal aduan', 'rencana aksi', 'pemantauan', 'narahubung'];

/** Medians over the runs of one profile. */
export interface SlowSearchSummary {
  profile: SlowProfile;
  runs: SlowSearchRun[];
  /** Median of the runs: first key to the first result link. */
  firstResultMs: number;
  /** Median: the "/" key to the first result link. */
  firstFromOpenMs: number;
  /** Median: the first query's last key to its whole results. */
  firstWholeMs: number;
  /** Median over every later query of every run: first key to first result link. */
  laterFirstResultMs: number;
  /** Median over every later query of every run: last key to the whole results. */
  laterWholeMs: number;
  /** The files of the run whose first result was the median one. */
  files: TimedFile[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Measure `runs` runs of each profile on the chapter at `url` and take the medians. */
export async function benchSlowSearch(browser: Browser, url: string, options: { runs?: number; profiles?: readonly SlowProfile[]; queries?: string[]; log?: (line: string) => void } = {}): Promise<SlowSearchSummary[]> {
  const { runs = 3, profiles = SLOW_PROFILES, queries = SLOW_SEARCH_QUERIES, log = () => {} } = options;
  const summaries: SlowSearchSummary[] = [];
  for (const profile of profiles) {
    const done: SlowSearchRun[] = [];
    for (let i = 0; i < runs; i++) {
      log(`search on ${profile.name}, CPU ${profile.cpuSlowdown}× slower: run ${i + 1} of ${runs} …`);
      done.push(await measureSlowSearch(browser, url, profile, queries));
    }
    const byFirst = [...done].sort((a, b) => a.first.firstResultMs - b.first.firstResultMs);
    const later = done.flatMap((r) => r.later);
    summaries.push({
      profile,
      runs: done,
      firstResultMs: median(done.map((r) => r.first.firstResultMs)),
      firstFromOpenMs: median(done.map((r) => r.first.fromOpenMs)),
      firstWholeMs: median(done.map((r) => r.first.wholeQueryMs)),
      laterFirstResultMs: median(later.map((q) => q.firstResultMs)),
      laterWholeMs: median(later.map((q) => q.wholeQueryMs)),
      files: byFirst[Math.floor((byFirst.length - 1) / 2)].files,
    });
  }
  return summaries;
}

/** The report's lines: one row per profile, then the median run's files of the first profile. */
export function slowSearchReport(summaries: SlowSearchSummary[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const lines = [
    `Search on slow data (real handbook, gzip as a static host sends it, keys ${KEY_DELAY_MS} ms apart; median of ${summaries[0]?.runs.length ?? 0} runs)`,
    '',
    '| profile | first result, from the first key ("/" key) | first query whole, from its last key | later: first result / whole query, median |',
    '| --- | --- | --- | --- |',
    ...summaries.map((x) => `| ${x.profile.name}, CPU ${x.profile.cpuSlowdown}× | ${s(x.firstResultMs)} (${s(x.firstFromOpenMs)}) | ${s(x.firstWholeMs)} | ${s(x.laterFirstResultMs)} / ${s(x.laterWholeMs)} |`),
  ];
  for (const x of summaries.slice(0, 1)) {
    const total = x.files.reduce((n, f) => n + f.transferBytes, 0);
    lines.push('', `Files of the first search on ${x.profile.name} (ms after the "/" key; ${(total / 1024).toFixed(1)} KB on the wire in ${x.files.length} requests):`);
    for (const f of [...x.files].sort((a, b) => a.startMs - b.startMs)) lines.push(`  ${String(Math.round(f.startMs)).padStart(5)} → ${String(Math.round(f.endMs)).padStart(5)}  ${(f.transferBytes / 1024).toFixed(1).padStart(6)} KB  ${f.path}`);
  }
  return lines.join('\n');
}

/** The chapter the reader searches from (any page has the dialog; this one is a typical chapter). */
export const SLOW_SEARCH_PAGE = 'bab/apa-itu-ogp/';
