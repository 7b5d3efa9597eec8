import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { filesUnder } from '../../src/lib/files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/**
 * Build the site from a content tree into a fresh temporary folder (or into `into`, reusing the
 * previous build there and its cache, as a rebuild does); returns the folder and the build's output as plain text.
 */
export function buildFixture(contentDir: string, env: Record<string, string> = {}, into?: string): { outDir: string; status: number | null; output: string } {
  const outDir = into ?? join(mkdtempSync(join(tmpdir(), 'pedoman-build-')), 'dist');
  const result = oneBuildAtATime(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: resolve(contentDir), OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  }));
  // Plain text whatever the terminal: Astro colours its log when FORCE_COLOR is set, as it is on many CI runners.
  return { outDir, status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/**
 * A build of a content tree with these settings, made once per test run and shared by every test file that
 * asks for the same tree and settings (kept in the run's own temporary folder). Callers only read it.
 * Tests that compare two builds, or rebuild, call {@link buildFixture} for the build they need fresh.
 */
export function sharedBuild(contentDir: string, env: Record<string, string> = {}): { outDir: string; status: number | null; output: string } {
  const settings = JSON.stringify([resolve(contentDir), Object.entries(env).sort(([a], [b]) => a.localeCompare(b))]);
  const dir = join(process.env.PEDOMAN_TEST_RUN_DIR ?? tmpdir(), 'shared-builds', createHash('sha256').update(settings).digest('hex').slice(0, 16));
  const record = join(dir, 'build.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8'));
  // Made at most once even when two test files ask at the same time: the second waits for the first's build.
  return oneBuildAtATime(() => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8'));
    mkdirSync(dir, { recursive: true });
    const build = buildFixture(contentDir, env, join(dir, 'dist'));
    writeFileSync(record, JSON.stringify(build));
    return build;
  });
}

let holding = 0;

/**
 * Run `work` while no other test process builds: every build from the project root shares Astro's .astro/
 * folder (its list of content modules among others), so two at once could bundle each other's chapters.
 * The build tests and the browser tests run side by side; this keeps their builds one after another.
 * A folder is the lock (mkdir either creates it or fails, in one step).
 */
function oneBuildAtATime<T>(work: () => T): T {
  if (holding) return work();
  const lock = join(process.env.PEDOMAN_TEST_RUN_DIR ?? tmpdir(), 'astro-build.lock');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A test process that stopped while it held the lock would leave every later build waiting.
      if (!holderAlive(join(lock, 'pid'))) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 100);
    }
  }
  holding++;
  try {
    return work();
  } finally {
    holding--;
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Read a built page by its URL path. */
export function readPage(outDir: string, urlPath: string): string {
  return readFileSync(join(outDir, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** A copy of the clean fixture tree with one mistake's files laid over it; returns the new content folder. */
export function contentTreeWith(overlay: string): string {
  const tree = join(mkdtempSync(join(tmpdir(), 'pedoman-content-')), 'content');
  cpSync(join(ROOT, 'tests/fixtures/basic'), tree, { recursive: true });
  cpSync(join(overlay, 'content'), tree, { recursive: true });
  return tree;
}

/** The SHA-256 of every file under a folder (a built site, a content tree), by path relative to it. */
export function digestTree(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** Whether the process named in a lock's pid file still runs (true while the file is not written yet). */
function holderAlive(pidFile: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
