/**
 * Running a build as a child process and measuring it: wall time, peak memory of
 * the whole process tree (Linux /proc; null elsewhere), the pages it rendered and
 * what our own integrations report (Pagefind's indexing time). Progress is
 * reported from the build's own output, so a long build shows where it is.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What one build run measured. */
export interface BuildRun {
  /** Wall time from start to exit, in milliseconds. */
  ms: number;
  /** Highest resident memory of the build's process tree, in bytes (null where /proc is not available). */
  peakRssBytes: number | null;
  status: number | null;
  /** Everything the build printed (stdout then stderr interleaved as received). */
  output: string;
  /** Files Astro reported as rendered ("├─ /path" lines). */
  rendered: number;
  /** Pagefind's indexing time from our integration's log line, if printed. */
  pagefindMs: number | null;
  /** The offline edition's own time from its log line, if printed. */
  offlineMs: number | null;
  /** When (ms after start) each step's log line first arrived; see {@link MARKS}. */
  marks: Record<string, number>;
}

/** Log lines that mark the steps of an Astro build, by name. `renderingDone` is the last "[build] ✓ Completed" line. */
export const MARKS: Record<string, RegExp> = {
  contentSynced: /\[content\] Synced content/,
  bundlingStart: /Building static entrypoints/,
  renderingStart: /generating static routes/,
  linkCheckDone: /\[pedoman:link-check\]/,
  searchIndexDone: /\[pedoman:pagefind\] Indexed/,
  offlineDone: /\[pedoman:offline-edition\]/,
};

/** Live state passed to a progress callback about once a second. */
export interface BuildProgress {
  elapsedMs: number;
  rendered: number;
  /** The last phase Astro announced, e.g. "generating static routes". */
  phase: string;
}

/** Options of {@link runBuild}. */
export interface RunBuildOptions {
  /** Working directory of the child. */
  cwd: string;
  /** Program and arguments; the program defaults to the current Node binary. */
  args: string[];
  env?: Record<string, string | undefined>;
  program?: string;
  onProgress?: (p: BuildProgress) => void;
}

/** Resident memory (bytes) of a process and its descendants now, from /proc; null if unavailable. */
export function treeRss(pid: number): number | null {
  if (!existsSync(`/proc/${pid}/status`)) return null;
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      if (rss) total += Number(rss[1]) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) for (const c of children.split(/\s+/)) visit(Number(c));
      }
    } catch {
      /* the process ended while we looked */
    }
  };
  visit(pid);
  return total;
}

/** Peak resident memory so far (VmHWM) of one process, in bytes; null if unavailable. */
function highWater(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Terminal colour codes, removed before log lines are matched. */
const ANSI = /\x1b\[[0-9;]*m/g;

/** The environment without FORCE_COLOR (some libraries read FORCE_COLOR=0 as "force colour"). */
function withoutColor(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _ignored, ...rest } = env;
  return rest;
}

/** Log lines after which the build is in a new step (the name of that step). */
const PHASES: Array<[RegExp, string]> = [
  [/Syncing content/, 'syncing content'],
  [/Building static entrypoints/, 'bundling (Vite)'],
  [/generating static routes/, 'rendering pages'],
  [/\[build\] ✓ Completed in/, 'after rendering: link check, search index'],
  [/\[pedoman:link-check\]/, 'search index'],
  [/\[pedoman:pagefind\] Indexed/, 'offline edition'],
  [/\[pedoman:offline-edition\]/, 'finishing'],
];

/**
 * Run a build command and measure it. Memory is sampled every 100 ms over the
 * whole process tree (Astro plus Pagefind's binary), and the main process's own
 * high-water mark is read too, so short peaks between samples are not missed.
 */
export function runBuild(options: RunBuildOptions): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(options.program ?? process.execPath, options.args, {
      cwd: options.cwd,
      env: { ...withoutColor(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let rendered = 0;
    let phase = 'starting';
    let peak: number | null = null;
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      const hwm = highWater(child.pid);
      for (const v of [rss, hwm]) if (v !== null) peak = Math.max(peak ?? 0, v);
    };
    const marks: Record<string, number> = {};
    // Lines are read whole (a chunk can end mid-line), separately for each stream.
    const reader = () => {
      let partial = '';
      return (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        const at = performance.now() - started;
        output += text;
        const lines = (partial + text.replace(ANSI, '')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          for (const [name, re] of Object.entries(MARKS)) if (marks[name] === undefined && re.test(line)) marks[name] = at;
          if (marks.renderingStart !== undefined && /\[build\] ✓ Completed in/.test(line)) marks.renderingDone = at;
          if (/[├└]─ \//.test(line)) rendered++;
          for (const [re, name] of PHASES) if (re.test(line) && (name !== PHASES[3][1] || marks.renderingStart !== undefined)) phase = name;
        }
      };
    };
    child.stdout.on('data', reader());
    child.stderr.on('data', reader());
    const sampler = setInterval(sample, 100);
    const reporter = options.onProgress ? setInterval(() => options.onProgress!({ elapsedMs: performance.now() - started, rendered, phase }), 1000) : undefined;
    child.on('error', (e) => {
      clearInterval(sampler);
      if (reporter) clearInterval(reporter);
      reject(e);
    });
    child.on('exit', (status) => {
      const ms = performance.now() - started;
      clearInterval(sampler);
      if (reporter) clearInterval(reporter);
      const pf = /Indexed \d+ pages for search in (\d+) ms/.exec(output);
      const offline = /\[pedoman:offline-edition\].*?(\d+) ms\./.exec(output);
      resolve({ ms, peakRssBytes: peak, status, output, rendered, pagefindMs: pf ? Number(pf[1]) : null, offlineMs: offline ? Number(offline[1]) : null, marks });
    });
  });
}

/** Options of {@link buildHandbook}. */
export interface HandbookBuildOptions {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** Absolute path of the content tree to build. */
  contentDir: string;
  /**
   * Absolute output folder. Keep it inside `root`: Astro puts its temporary
   * prerender bundle next to an output folder inside the project, but into the
   * shared `<root>/.astro/.prerender/` for one outside it, where two builds running
   * at the same time would overwrite each other.
   */
  outDir: string;
  env?: Record<string, string | undefined>;
  onProgress?: (p: BuildProgress) => void;
}

/**
 * Build a content tree with the project's own pipeline (`astro build` with
 * CONTENT_DIR and OUT_DIR, as tests/support/build.ts does); the cache lives in
 * `${outDir}-cache`, so building twice into the same folder is a rebuild.
 */
export function buildHandbook(options: HandbookBuildOptions): Promise<BuildRun> {
  return runBuild({
    cwd: options.root,
    args: [join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    env: { CONTENT_DIR: options.contentDir, OUT_DIR: options.outDir, ...options.env },
    onProgress: options.onProgress,
  });
}

/** Run the project's content check (`scripts/check-content.mjs`) on a content tree; wall time and whether it passed. */
export async function checkHandbook(root: string, contentDir: string): Promise<{ ms: number; ok: boolean; output: string }> {
  const run = await runBuild({ cwd: root, args: [join(root, 'scripts/check-content.mjs'), contentDir] });
  return { ms: run.ms, ok: run.status === 0, output: run.output };
}
