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
import { judgeBudgets } from './budgets.ts';
import { measureSearch } from './search-timing.ts';
import { buildStarlight, setupStarlight, StarlightUnavailable, type StarlightSite } from './starlight.ts';
import type { BenchOptions, BenchResult, BuildFigures, SizeResult } from './types.ts';
import { planCorpus, type CorpusPlan } from '../tests/support/corpus/plan.ts';
import { corpusFileCount, writeCorpus } from '../tests/support/corpus/text.ts';
import { SEARCH_QUERIES } from '../tests/support/corpus/words.ts';
import { dirSize, filesMatching, listFiles } from '../tests/support/files.ts';
import { observeFirstLoad, type Fetched } from '../tests/support/first-load.ts';
import { firstLoadWeight, gzipSize, type FirstLoad } from '../tests/support/page-weight.ts';

/** Default corpus sizes (pages per language). */
export const DEFAULT_SIZES = [200, 1000];

export type { BenchOptions, BenchResult, SizeResult } from './types.ts';
export { judgeBudgets } from './budgets.ts';

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
    const og = (await import('../src/lib/og-image.ts')) as { renderOgImage: (o: { title: string; eyebrow: string; siteTitle: string; footer: string }) => Promise<Buffer> };
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
    corpus: 'synthetic (tests/support/corpus/, seed 7): N pages per language, 95% chapters in 5 parts and 5% case studies, in Indonesian and English',
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
