/**
 * The benchmark itself: for each corpus size, generate the synthetic handbook,
 * check and build it with the project's own pipeline, rebuild it after changing
 * one page, weigh a typical chapter, time search in Chromium against the served
 * build, and (on request) build the same corpus with Starlight. scripts/bench.mjs
 * is the command line around {@link runBenchmark}; it passes in the browser and
 * the static server from tests/support so this module sets up nothing itself.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildHandbook, checkHandbook, type BuildProgress, type BuildRun } from './build.ts';
import { observeFirstLoad, measureSearch, type Fetched } from './browser-measure.ts';
import { corpusFileCount, planCorpus, writeCorpus, type CorpusPlan } from './corpus.ts';
import { dirSize, filesMatching, listFiles } from './files.ts';
import { firstLoadWeight, gzipSize, type ByteTotals, type FirstLoad } from './page-weight.ts';
import { buildStarlight, setupStarlight, StarlightUnavailable, type StarlightSite } from './starlight.ts';
import { SEARCH_QUERIES } from './words.ts';

/** Default corpus sizes (pages per language). */
export const DEFAULT_SIZES = [200, 1000];

/** Options of {@link runBenchmark}. */
export interface BenchOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Corpus sizes, in pages per language. */
  sizes: number[];
  /** Also build the same corpus with Starlight. */
  compare?: 'starlight';
  /** Where to install Starlight (outside the project). */
  starlightDir: string;
  /** Starlight version to install; default the latest. */
  starlightVersion?: string;
  /** Folder for generated content trees (outside the project is fine). */
  workDir: string;
  /** Folder for build outputs; must be inside `root` (see buildHandbook). */
  outRoot: string;
  /** Keep generated corpora and builds after the run. */
  keep?: boolean;
  /** Start a headless Chromium (tests/support/browser.ts launchBrowser). */
  launchBrowser: () => Promise<Browser>;
  /** Serve a folder over http on 127.0.0.1 (tests/support/server.ts serveStatic). */
  serveStatic: (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;
  /** Progress messages (one line each); `live` lines may be overwritten by the next one. */
  log: (line: string, live?: boolean) => void;
}

/** Build figures of one build. */
export interface BuildFigures {
  ms: number;
  /** ms per content page (both languages: 2 × pages). */
  perPageMs: number;
  peakRssBytes: number | null;
  /** Files Astro reported writing. */
  rendered: number;
  /** The machine's 1-minute load average when the build started (other work running at the same time slows a build down). */
  loadAverage: number;
  /** Time spent in each step, from the build's own log lines (approximate to the line's arrival). */
  steps: { contentSyncMs?: number; bundlingMs?: number; renderingMs?: number; afterRenderingMs?: number; linkCheckMs?: number; searchIndexMs?: number | null; offlineEditionMs?: number | null };
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  /** Pages per language. */
  pages: number;
  contentFiles: number;
  chapters: number;
  caseStudies: number;
  corpus: { generateMs: number; sourceBytes: number };
  check: { ms: number; ok: boolean };
  build: BuildFigures;
  /** Content check plus build: what `npm run build` does. */
  pipelineMs: number;
  rebuild: { ms: number; ratio: number; changed: string };
  output: { bytes: number; files: number; htmlFiles: number };
  pagefind: { bytes: number; files: number; ms: number | null };
  typicalChapter: { path: string; htmlBytes: number; htmlGzipBytes: number };
  firstLoad: { requests: number; browserRequests: number; raw: ByteTotals; gzip: ByteTotals; inlineScriptBytes: number; resources: Array<{ url: string; kind: string; raw: number; gzip: number }> };
  search: {
    queries: string[];
    firstMs: number;
    firstFromOpenMs: number;
    laterMs: number[];
    laterMedianMs: number;
    laterEngineMedianMs: number;
    firstSearchRequests: number;
    /** Bytes as served by the loopback server (no compression). */
    firstSearchBytes: number;
    /** The same files gzip-compressed as a static host sends them (already-compressed Pagefind files stay as they are). */
    firstSearchGzipBytes: number;
    files: Array<{ url: string; type: string; bytes: number }>;
  } | { error: string };
  offline: { zipBytes: number | null; file: string | null };
  shareImages: { sampleMsPerImage: number; images: number; estimatedMs: number } | { error: string };
  starlight?: { build: BuildFigures; output: { bytes: number; htmlFiles: number }; typicalChapter: { path: string; htmlBytes: number; htmlGzipBytes: number; firstLoadGzip: number; firstLoadRequests: number }; ratio: number } | { error: string };
}

/** The whole result file. */
export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; platform: string; node: string };
  versions: Record<string, string>;
  corpus: string;
  options: { sizes: number[]; compare: string | null };
  sizes: SizeResult[];
  budgets: Budget[];
  starlightSetup?: { dir: string; version: string; installMs: number } | { error: string };
}

/** One budget with its measured figure and verdict. */
export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

function version(root: string, pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function figures(run: BuildRun, pages: number, loadAverage: number): BuildFigures {
  const m = run.marks;
  const diff = (a?: number, b?: number) => (a !== undefined && b !== undefined ? Math.max(0, b - a) : undefined);
  return {
    ms: run.ms,
    perPageMs: run.ms / (2 * pages),
    peakRssBytes: run.peakRssBytes,
    rendered: run.rendered,
    loadAverage,
    steps: {
      contentSyncMs: m.contentSynced,
      bundlingMs: diff(m.bundlingStart, m.renderingStart),
      renderingMs: diff(m.renderingStart, m.renderingDone),
      afterRenderingMs: diff(m.renderingDone, run.ms),
      linkCheckMs: diff(m.renderingDone, m.linkCheckDone),
      searchIndexMs: run.pagefindMs,
      offlineEditionMs: run.offlineMs,
    },
  };
}

function progress(log: BenchOptions['log'], label: string) {
  return (p: BuildProgress) => log(`${label}: ${p.phase}, ${p.rendered} files written, ${Math.round(p.elapsedMs / 1000)} s`, true);
}

function failBuild(run: BuildRun, what: string): never {
  throw new Error(`${what} failed (exit ${run.status}). Last lines:\n${run.output.trim().split('\n').slice(-25).join('\n')}`);
}

/** Change one page the way an editor would (one more sentence at the end), for the rebuild measurement. */
function touchPage(file: string): void {
  appendFileSync(file, '\nKalimat ini ditambahkan untuk mengukur waktu bangun ulang.\n');
}

/** Sample the share-preview renderer (src/lib/og-image.ts) and estimate what drawing every image costs. */
async function shareImageCost(plan: CorpusPlan): Promise<SizeResult['shareImages']> {
  try {
    const og = (await import('../og-image.ts')) as { renderOgImage: (o: { title: string; eyebrow: string; siteTitle: string; footer: string }) => Promise<Buffer> };
    const titles = plan.chapters.slice(0, 12).map((c) => `Judul bab ${c.slug.replace(/-/g, ' ')}`);
    await og.renderOgImage({ title: titles[0], eyebrow: 'Bab 1.1', siteTitle: 'Pedoman OGP', footer: 'Bahasa Indonesia' }); // warm-up: fonts
    const started = performance.now();
    for (const title of titles.slice(1)) await og.renderOgImage({ title, eyebrow: 'Bab 1.1', siteTitle: 'Pedoman OGP', footer: 'Bahasa Indonesia' });
    const per = (performance.now() - started) / (titles.length - 1);
    const images = 2 * plan.pages + 8;
    return { sampleMsPerImage: per, images, estimatedMs: per * images };
  } catch (e) {
    return { error: `could not sample share images: ${(e as Error).message}` };
  }
}

function bytesOfFetched(outDir: string, serverUrl: string, fetched: Fetched[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of fetched) {
    raw += f.bytes;
    const path = new URL(f.url).pathname;
    const file = join(outDir, decodeURIComponent(path.slice(new URL(serverUrl).pathname.length)));
    let compressed = f.bytes;
    try {
      if (statSync(file).isFile()) compressed = Math.min(f.bytes, gzipSize(readFileSync(file)));
    } catch {
      /* not a file in the build (e.g. a directory URL): count it as sent */
    }
    gzip += compressed;
  }
  return { raw, gzip };
}

/** Measure one corpus size. */
async function measureSize(pages: number, options: BenchOptions, starlight: StarlightSite | undefined, browser: Browser): Promise<SizeResult> {
  const { log } = options;
  const label = `[${pages} pages]`;
  const contentDir = join(options.workDir, String(pages), 'content');
  const outDir = join(options.outRoot, String(pages), 'dist');
  for (const d of [outDir, `${outDir}-cache`]) rmSync(d, { recursive: true, force: true });
  mkdirSync(join(options.outRoot, String(pages)), { recursive: true });

  log(`${label} 1/7 generating the corpus (${pages} pages per language, ${2 * pages} files) …`);
  let started = performance.now();
  const plan = planCorpus({ pages });
  const { typicalPath } = writeCorpus(contentDir, plan);
  const generateMs = performance.now() - started;
  const sourceBytes = dirSize(contentDir);

  log(`${label} 2/7 content check …`);
  const check = await checkHandbook(options.root, contentDir);
  if (!check.ok) throw new Error(`The synthetic corpus fails the content check:\n${check.output.split('\n').slice(-20).join('\n')}`);

  log(`${label} 3/7 full build (cold cache, OG_IMAGES=off, PRINT_EDITIONS=off) …`);
  const env = { OG_IMAGES: 'off', PRINT_EDITIONS: 'off' };
  const load = loadavg()[0];
  const full = await buildHandbook({ root: options.root, contentDir, outDir, env, onProgress: progress(log, `${label} build`) });
  if (full.status !== 0) failBuild(full, 'The build');
  const build = figures(full, pages, load);
  log(`${label}     built in ${(full.ms / 1000).toFixed(1)} s`);

  log(`${label} 4/7 weighing the typical chapter ${typicalPath} and timing search in Chromium …`);
  const server = await options.serveStatic(outDir);
  let firstLoad: FirstLoad;
  let browserRequests = 0;
  let search: SizeResult['search'];
  try {
    const pageUrl = server.url + typicalPath.replace(/^\//, '');
    const observed = await observeFirstLoad(browser, pageUrl);
    browserRequests = observed.length;
    const base = new URL(server.url).pathname;
    firstLoad = firstLoadWeight(outDir, typicalPath, { extraUrls: observed.map((f) => ({ url: new URL(f.url).pathname.slice(base.length - 1), type: f.type })) });
    const queries = SEARCH_QUERIES.id;
    try {
      const s = await measureSearch(browser, pageUrl, queries);
      const bytes = bytesOfFetched(outDir, server.url, s.firstSearchFetched);
      search = {
        queries,
        firstMs: s.firstMs,
        firstFromOpenMs: s.firstFromOpenMs,
        laterMs: s.laterMs,
        laterMedianMs: median(s.laterMs),
        laterEngineMedianMs: median(s.laterEngineMs),
        firstSearchRequests: s.firstSearchFetched.length,
        firstSearchBytes: bytes.raw,
        firstSearchGzipBytes: bytes.gzip,
        files: s.firstSearchFetched.map((f) => ({ url: new URL(f.url).pathname, type: f.type, bytes: f.bytes })),
      };
    } catch (e) {
      search = { error: (e as Error).message };
    }
  } finally {
    await server.close();
  }

  log(`${label} 5/7 sizes: output, search index, offline edition, share images …`);
  const files = listFiles(outDir);
  const output = { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files: files.length, htmlFiles: files.filter((f) => f.endsWith('.html')).length };
  const pagefind = filesMatching(join(outDir, 'pagefind'), /./);
  const zips = files.filter((f) => f.endsWith('.zip'));
  const zipBytes = zips.length ? zips.reduce((n, f) => n + statSync(f).size, 0) : null;
  const typicalFile = join(outDir, typicalPath, 'index.html');
  const typicalHtml = readFileSync(typicalFile);
  const shareImages = await shareImageCost(plan);

  log(`${label} 6/7 rebuild after changing one page …`);
  const changed = join(contentDir, 'chapters', 'id', `${plan.typical.slug}.mdx`);
  touchPage(changed);
  started = performance.now();
  const again = await buildHandbook({ root: options.root, contentDir, outDir, env, onProgress: progress(log, `${label} rebuild`) });
  if (again.status !== 0) failBuild(again, 'The rebuild');
  log(`${label}     rebuilt in ${(again.ms / 1000).toFixed(1)} s`);

  let starlightResult: SizeResult['starlight'];
  if (options.compare === 'starlight') {
    log(`${label} 7/7 the same corpus with Starlight (cold) …`);
    if (!starlight) starlightResult = { error: 'Starlight could not be set up (see starlightSetup).' };
    else {
      try {
        const slLoad0 = loadavg()[0];
        const sl = await buildStarlight(starlight, plan, progress(log, `${label} Starlight build`));
        const slFigures = figures(sl.run, pages, slLoad0);
        const slHtml = readFileSync(join(sl.outDir, sl.typicalPath, 'index.html'));
        const slLoad = firstLoadWeight(sl.outDir, sl.typicalPath);
        starlightResult = {
          build: slFigures,
          output: { bytes: dirSize(sl.outDir), htmlFiles: listFiles(sl.outDir).filter((f) => f.endsWith('.html')).length },
          typicalChapter: { path: sl.typicalPath, htmlBytes: slHtml.length, htmlGzipBytes: gzipSize(slHtml), firstLoadGzip: slLoad.gzip.total, firstLoadRequests: slLoad.requests },
          ratio: full.ms / sl.run.ms,
        };
        log(`${label}     Starlight built in ${(sl.run.ms / 1000).toFixed(1)} s`);
      } catch (e) {
        starlightResult = { error: (e as Error).message };
        log(`${label}     Starlight: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }

  const result: SizeResult = {
    pages,
    contentFiles: corpusFileCount(plan) - 2,
    chapters: plan.chapters.length,
    caseStudies: plan.caseStudies.length,
    corpus: { generateMs, sourceBytes },
    check: { ms: check.ms, ok: check.ok },
    build,
    pipelineMs: check.ms + full.ms,
    rebuild: { ms: again.ms, ratio: again.ms / full.ms, changed: `chapters/id/${plan.typical.slug}.mdx` },
    output,
    pagefind: { bytes: pagefind.bytes, files: pagefind.files.length, ms: full.pagefindMs },
    typicalChapter: { path: typicalPath, htmlBytes: typicalHtml.length, htmlGzipBytes: gzipSize(typicalHtml) },
    firstLoad: {
      requests: firstLoad.requests,
      browserRequests,
      raw: firstLoad.raw,
      gzip: firstLoad.gzip,
      inlineScriptBytes: firstLoad.inlineScripts.bytes,
      resources: firstLoad.resources.map((r) => ({ url: r.url, kind: r.kind, raw: r.raw, gzip: r.gzip })),
    },
    search,
    offline: { zipBytes, file: zips.length ? zips.map((f) => f.slice(outDir.length)).join(', ') : null },
    shareImages,
    starlight: starlightResult,
  };
  if (!options.keep) for (const d of [outDir, `${outDir}-cache`, join(options.workDir, String(pages))]) rmSync(d, { recursive: true, force: true });
  return result;
}

/** The budgets of issue 7, judged on the measured figures (null where a figure is missing). */
export function judgeBudgets(sizes: SizeResult[]): Budget[] {
  const budgets: Budget[] = [];
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const at = (n: number) => sizes.find((s) => s.pages === n);
  const largest = [...sizes].sort((a, b) => b.pages - a.pages)[0];
  if (!largest) return budgets;
  const n = `N=${largest.pages}`;
  budgets.push({ name: `first load of a typical chapter, HTML+CSS+JS gzip (${n})`, limit: '≤ 20 KB', measured: kb(largest.firstLoad.gzip.total), pass: largest.firstLoad.gzip.total <= 20 * 1024 });
  budgets.push({ name: 'inline script before interaction', limit: '≤ 1 KB, no other script', measured: `${largest.firstLoad.inlineScriptBytes} B inline, ${largest.firstLoad.gzip.js ? kb(largest.firstLoad.raw.js) : 'no'} external JS`, pass: largest.firstLoad.inlineScriptBytes <= 1024 && largest.firstLoad.raw.js === 0 });
  const small = at(200);
  const big = at(1000);
  if (small && big) {
    const ratio = big.typicalChapter.htmlBytes / small.typicalChapter.htmlBytes;
    budgets.push({ name: 'typical chapter HTML, N=1000 vs N=200', limit: '≤ 1.2×', measured: `${ratio.toFixed(2)}× (${kb(small.typicalChapter.htmlBytes)} → ${kb(big.typicalChapter.htmlBytes)})`, pass: ratio <= 1.2 });
  }
  const cmp = big?.starlight ?? largest.starlight;
  const cmpSize = big?.starlight ? big : largest;
  if (cmp && !('error' in cmp)) {
    budgets.push({ name: `build time vs Starlight (N=${cmpSize.pages})`, limit: '≤ 0.5×', measured: `${cmp.ratio.toFixed(2)}× (${(cmpSize.build.ms / 1000).toFixed(1)} s vs ${(cmp.build.ms / 1000).toFixed(1)} s)`, pass: cmp.ratio <= 0.5 });
  } else {
    budgets.push({ name: 'build time vs Starlight (N=1000)', limit: '≤ 0.5×', measured: cmp ? `n/a: ${cmp.error.split('\n')[0]}` : 'not measured (add --compare starlight)', pass: null });
  }
  budgets.push({ name: `rebuild after changing one page (${n})`, limit: 'a small fraction (≤ 0.25×) of a full build', measured: `${largest.rebuild.ratio.toFixed(2)}× (${(largest.rebuild.ms / 1000).toFixed(1)} s)`, pass: largest.rebuild.ratio <= 0.25 });
  const s = largest.search;
  if ('error' in s) budgets.push({ name: 'search', limit: '', measured: `n/a: ${s.error}`, pass: null });
  else {
    budgets.push({ name: `first search: typing to first results (${n})`, limit: '≤ 300 ms', measured: `${Math.round(s.firstMs)} ms`, pass: s.firstMs <= 300 });
    budgets.push({ name: `later searches: typing to first results, median (${n})`, limit: '≤ 50 ms', measured: `${Math.round(s.laterMedianMs)} ms (engine alone ${Math.round(s.laterEngineMedianMs)} ms)`, pass: s.laterMedianMs <= 50 });
    budgets.push({ name: `bytes fetched by a first search, gzip as a static host sends them (${n})`, limit: '≤ 150 KB', measured: kb(s.firstSearchGzipBytes), pass: s.firstSearchGzipBytes <= 150 * 1024 });
    budgets.push({ name: `bytes fetched by a first search, uncompressed loopback (${n})`, limit: '≤ 150 KB', measured: kb(s.firstSearchBytes), pass: s.firstSearchBytes <= 150 * 1024 });
  }
  return budgets;
}

/**
 * Run the whole benchmark and return the result (the CLI prints and saves it).
 * Sizes run one after another; a failure in search or Starlight is recorded in
 * the result instead of stopping the run, a failed build of our own stops it.
 */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  mkdirSync(options.workDir, { recursive: true });
  mkdirSync(options.outRoot, { recursive: true });
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), platform: `${platform()} ${release()}`, node: process.version },
    versions: { astro: version(options.root, 'astro'), pagefind: version(options.root, 'pagefind'), '@astrojs/mdx': version(options.root, '@astrojs/mdx'), satteri: version(options.root, 'satteri') },
    corpus: 'synthetic (src/lib/bench/corpus.ts, seed 7): N pages per language, 95% chapters in 5 parts and 5% case studies, in Indonesian and English',
    options: { sizes: options.sizes, compare: options.compare ?? null },
    sizes: [],
    budgets: [],
  };
  let starlight: StarlightSite | undefined;
  if (options.compare === 'starlight') {
    try {
      starlight = await setupStarlight({ dir: options.starlightDir, astroVersion: result.versions.astro, starlightVersion: options.starlightVersion, log });
      result.versions['@astrojs/starlight'] = starlight.starlightVersion;
      result.starlightSetup = { dir: starlight.dir, version: starlight.starlightVersion, installMs: starlight.installMs };
    } catch (e) {
      const message = e instanceof StarlightUnavailable ? e.message : `Starlight set-up failed: ${(e as Error).message}`;
      result.starlightSetup = { error: message };
      log(`Starlight is not available, the comparison is skipped:\n${message}`);
    }
  }
  const browser = await options.launchBrowser();
  try {
    for (const pages of options.sizes) result.sizes.push(await measureSize(pages, options, starlight, browser));
  } finally {
    await browser.close();
    if (!options.keep) rmSync(options.workDir, { recursive: true, force: true });
  }
  result.budgets = judgeBudgets(result.sizes);
  return result;
}

/** Save a result as pretty JSON (creating the folder). */
export function saveResult(file: string, result: BenchResult): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
