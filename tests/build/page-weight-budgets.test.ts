// Size budgets of the real site (issue 7), checked on dist/ as `npm test` builds it. Sizes only, no timings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST } from '../support/build.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { firstLoadWeight, imageProblems, inlineScripts, type FirstLoad } from '../support/page-weight.ts';
import { observeFirstLoad, type Fetched } from '../support/first-load.ts';
import { listFiles } from '../support/files.ts';
import { TOOL_PAGE_SCRIPTS } from '../support/tools-pages.ts';

/** A typical chapter: ordinary length, a table, lists, callouts, a checklist. */
const TYPICAL = '/bab/menyusun-komitmen/';
const KB = 1024;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let observed: Fetched[];
let load: FirstLoad;
const htmlFiles = () => listFiles(DIST).filter((f) => f.endsWith('.html'));
const describeLoad = (l: FirstLoad) => l.resources.map((r) => `  ${r.kind.padEnd(5)} ${String(r.gzip).padStart(6)} B gzip  ${r.url}`).join('\n');

beforeAll(async () => {
  if (!existsSync(join(DIST, TYPICAL, 'index.html'))) throw new Error(`dist${TYPICAL} is missing: run "npm run build" first (npm test does it for you).`);
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  // What Chromium really fetches before any interaction, including modules the inline script imports at start-up.
  observed = await observeFirstLoad(browser, server.url + TYPICAL.slice(1));
  load = firstLoadWeight(DIST, TYPICAL, { extraUrls: observed.map((f) => ({ url: new URL(f.url).pathname, type: f.type })) });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a typical chapter', () => {
  it('loads in at most 20 KB gzip, HTML, CSS and JS together', () => {
    expect(load.gzip.total, `first load of ${TYPICAL}:\n${describeLoad(load)}`).toBeLessThanOrEqual(20 * KB);
  });

  it('runs no script before interaction except one inline script of at most 1 KB', () => {
    const scripts = observed.filter((f) => f.type === 'script').map((f) => f.url);
    expect(scripts, 'scripts fetched before any interaction').toEqual([]);
    expect(load.externalScripts).toEqual([]);
    expect(load.inlineScripts.count).toBeLessThanOrEqual(1);
    expect(load.inlineScripts.bytes).toBeLessThanOrEqual(KB);
  });
});

describe('every built page', () => {
  it('has no external or preloaded script (a tool page only its own), and inline scripts of at most 1 KB in total', () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      const page = relative(DIST, file);
      // A tool page loads its own script (and only that one); its budget is in tools-scripts-stay-small.test.ts.
      const own = TOOL_PAGE_SCRIPTS.get(page.replace(/index\.html$/, ''));
      const external = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi), ...html.matchAll(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*\bas=["']?script[^>]*>/gi)].filter((m) => !own || m[1] !== own);
      if (external.length) problems.push(`${page}: loads ${external.map((m) => m[1] ?? m[0]).join(', ')} before interaction`);
      const bytes = inlineScripts(html).reduce((n, s) => n + Buffer.byteLength(s), 0);
      if (bytes > KB) problems.push(`${page}: ${bytes} bytes of inline script (limit ${KB})`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every image a width and height, loading="lazy" and a modern format', () => {
    const problems = htmlFiles().flatMap((file) => imageProblems(readFileSync(file, 'utf8')).map((p) => `${relative(DIST, file)}: ${p}`));
    expect(problems).toEqual([]);
  });
});
