/** The shapes of the benchmark's options and results (bench/run.ts fills them, bench/report.ts prints them). */
import type { Browser } from 'playwright-core';
import type { BuildRun } from './build.ts';
import type { ByteTotals, FirstLoad } from '../tests/support/page-weight.ts';
import type { SlowSearchSummary } from './search-slow-network.ts';

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
  /** Search on emulated slow mobile data, on the real handbook in dist/ (bench/search-slow-network.ts); set by scripts/bench.mjs. */
  slowSearch?: SlowSearchSummary[] | { error: string };
}

/** One budget with its measured figure and verdict. */
export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | null;
}
