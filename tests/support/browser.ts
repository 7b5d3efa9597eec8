import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no network and no GPU. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const ROOT = resolve(import.meta.dirname, '../..');
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The version of the @sparticuz/chromium package installed in the project. */
export function packagedChromiumVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules/@sparticuz/chromium/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The project's own folder for the unpacked @sparticuz/chromium, named after the package version.
 * The package unpacks into the system's temporary folder and reuses any `chromium` it finds there, so
 * another program's Chromium (another version) would be used; a folder of our own avoids that.
 */
export function packagedChromiumDir(): string {
  return join(ROOT, 'node_modules/.cache', `pedoman-ogp-chromium-${packagedChromiumVersion()}`);
}

/** Unpack @sparticuz/chromium into {@link packagedChromiumDir} (once; later calls reuse it) and return the binary. */
async function unpackPackagedChromium(): Promise<string> {
  const dir = packagedChromiumDir();
  if (existsSync(join(dir, 'chromium'))) return join(dir, 'chromium');
  const { default: packaged } = await import('@sparticuz/chromium');
  // The package reads os.tmpdir() (TMPDIR) while it starts unpacking, synchronously; point it at a staging
  // folder for that call only, then move the finished folder into place, so an interrupted unpack is never reused.
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  let unpacking: Promise<string>;
  try {
    unpacking = packaged.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  const binary = await unpacking;
  if (resolve(binary) !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${binary}, not into ${staging}.`);
  if (existsSync(join(dir, 'chromium'))) rmSync(staging, { recursive: true, force: true });
  else {
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  }
  return join(dir, 'chromium');
}

/** Where the browser came from, for the one line the test run prints. */
export interface ResolvedChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** Chromium from CHROMIUM_PATH, the system, or the @sparticuz/chromium package (unpacked into the project), in that order. */
export async function resolveChromium(): Promise<ResolvedChromium> {
  if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  for (const path of SYSTEM_CHROMIUM) if (existsSync(path)) return { path, source: 'system' };
  return { path: await unpackPackagedChromium(), source: '@sparticuz/chromium' };
}

let logged = false;

/** The path of the browser to launch; says once per process which one it is. */
export async function chromiumPath(): Promise<string> {
  const found = await resolveChromium();
  // Workers started by a test run get CHROMIUM_PATH from tests/support/global-setup.ts, which already said it.
  if (!logged && !process.env.PEDOMAN_TEST_RUN_DIR) {
    logged = true;
    console.log(`Browser for tests: ${found.path} (${found.source === '@sparticuz/chromium' ? `@sparticuz/chromium ${packagedChromiumVersion()}` : found.source})`);
  }
  return found.path;
}

/** Launch a headless browser for a test file (with more command-line flags, e.g. a feature switched on). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}
