#!/usr/bin/env node
// Benchmark: builds a synthetic handbook with the project's own pipeline and measures speed and size.
// Usage: npm run bench [-- --pages 200,1000] [--compare starlight] [--out bench-results/x.json] [--keep] [--search-3g]
// The work is in bench/; this file only reads arguments, shows progress and writes the result.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SIZES, runBenchmark, saveResult } from '../bench/run.ts';
import { formatReport } from '../bench/report.ts';
import { benchSlowSearch, SLOW_SEARCH_PAGE, slowSearchReport } from '../bench/search-slow-network.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const HELP = `npm run bench -- [options]

  --pages 200,1000        corpus sizes, pages per language (default ${DEFAULT_SIZES.join(',')}; 5000 on request)
  --compare starlight     also build the same corpus with Starlight (installed with npm into a temporary folder)
  --starlight-version V   Starlight version to install (default: latest)
  --out FILE              where to write the JSON (default bench-results/bench-<date>.json)
  --keep                  keep the generated corpora and builds (paths are printed)
  --search-3g             only search on emulated slow mobile data, on the existing dist/ (npm run build first)
  --runs 3                runs per slow-data profile (default 3)
  --help                  this text`;

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      pages: { type: 'string' },
      compare: { type: 'string' },
      'starlight-version': { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'search-3g': { type: 'boolean', default: false },
      runs: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n\n${HELP}`);
  process.exit(2);
}
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const sizes = args.pages ? args.pages.split(',').map((s) => Number(s.replace(/[_\s]/g, ''))) : DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error(`--pages takes whole numbers of at least 10, separated by commas (got "${args.pages}").`);
  process.exit(2);
}
if (args.compare && args.compare !== 'starlight') {
  console.error(`--compare only knows "starlight" (got "${args.compare}").`);
  process.exit(2);
}
const runs = args.runs ? Number(args.runs) : 3;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1 (got "${args.runs}").`);
  process.exit(2);
}
const out = resolve(ROOT, args.out ?? join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json`));

// Corpora go to the system's temporary folder; builds go inside the project (.cache/, git-ignored) because
// Astro shares one temporary folder between all builds whose output is outside the project.
const workDir = mkdtempSync(join(tmpdir(), 'pedoman-bench-'));
const outRoot = join(ROOT, '.cache', `bench-${process.pid}`);
const cleanUp = () => {
  if (args.keep) return;
  rmSync(workDir, { recursive: true, force: true });
  rmSync(outRoot, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

// Progress on stderr: live lines overwrite each other on a terminal, and appear every 15 s otherwise.
const tty = process.stderr.isTTY;
let liveShown = false;
let lastLive = 0;
const started = performance.now();
function log(line, live = false) {
  const stamp = `${String(Math.round((performance.now() - started) / 1000)).padStart(4)} s`;
  if (live) {
    if (tty) {
      process.stderr.write(`\r\x1b[2K${stamp}  ${line}`.slice(0, (process.stderr.columns || 120) + 8));
      liveShown = true;
    } else if (performance.now() - lastLive > 15_000) {
      process.stderr.write(`${stamp}  ${line}\n`);
      lastLive = performance.now();
    }
    return;
  }
  if (liveShown) process.stderr.write('\r\x1b[2K');
  liveShown = false;
  process.stderr.write(`${stamp}  ${line}\n`);
}

/** Search on emulated slow mobile data, on the handbook as `npm run build` left it in dist/ (bench/search-slow-network.ts). */
async function slowSearchOnDist() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error('search on slow data measures the built handbook, and dist/ has no search index: run "npm run build" first.');
  const server = await serveStatic(dist, '/', { gzip: true });
  const browser = await launchBrowser();
  try {
    return await benchSlowSearch(browser, `${server.url}${SLOW_SEARCH_PAGE}`, { runs, log });
  } finally {
    await browser.close();
    await server.close();
  }
}

if (args['search-3g']) {
  try {
    log(`search on slow data: ${runs} runs per profile on dist/; results to ${out}`);
    const slowSearch = await slowSearchOnDist();
    saveResult(out, { date: new Date().toISOString(), slowSearch });
    console.log(`\n${slowSearchReport(slowSearch)}\nSaved to ${out}`);
  } catch (e) {
    log(`benchmark failed: ${e.stack ?? e}`);
    process.exitCode = 1;
  } finally {
    cleanUp();
  }
  process.exit();
}

log(`benchmark: ${sizes.join(', ')} pages per language${args.compare ? ', compared with Starlight' : ''}; results to ${out}`);
try {
  const result = await runBenchmark({
    root: ROOT,
    sizes,
    compare: args.compare,
    starlightVersion: args['starlight-version'],
    starlightDir: join(tmpdir(), 'pedoman-bench-starlight'),
    workDir,
    outRoot,
    keep: args.keep,
    launchBrowser,
    serveStatic: (dir) => serveStatic(dir),
    log,
  });
  // Last, on the real handbook: search on emulated slow mobile data.
  let slowText;
  try {
    result.slowSearch = await slowSearchOnDist();
    slowText = slowSearchReport(result.slowSearch);
  } catch (e) {
    result.slowSearch = { error: e.message };
    slowText = `Search on slow data: not measured (${e.message})`;
  }
  saveResult(out, result);
  log('done');
  console.log(`\n${formatReport(result)}\n${slowText}\nSaved to ${out}`);
  if (args.keep) console.log(`Kept: corpora in ${workDir}, builds in ${outRoot}`);
} catch (e) {
  log(`benchmark failed: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}
