/**
 * Once per test run, before any test file: a temporary folder of the run's own (every test's
 * os.tmpdir(), Chromium's profiles included, removed at the end), and the browser, resolved and
 * unpacked once and named in one line, so every file launches the same Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './browser.ts';

/** Set up the run; returns the teardown Vitest calls after the last file. */
export default async function setup(): Promise<() => void> {
  // Each Vitest project runs the global set-up; the first one sets up the whole run.
  if (process.env.PEDOMAN_TEST_RUN_DIR) return () => {};
  const runDir = mkdtempSync(join(tmpdir(), 'pedoman-ogp-test-run-'));
  const previous = process.env.TMPDIR;
  try {
    // Workers inherit it: the browser path then comes from CHROMIUM_PATH, already resolved and logged.
    process.env.CHROMIUM_PATH = await chromiumPath();
  } catch (e) {
    console.warn(`No browser for the browser tests: ${(e as Error).message}`);
  }
  process.env.TMPDIR = runDir;
  process.env.PEDOMAN_TEST_RUN_DIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
