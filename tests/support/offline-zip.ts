import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { OFFLINE_FOLDER, OFFLINE_ZIP_NAME } from '../../src/lib/offline/names.ts';
import { DIST } from './build.ts';

/** The offline ZIP of the real build, unzipped as a reader would: its folder, its files, and a way to remove it. */
export interface UnpackedEdition {
  /** The edition's folder (the one the reader opens), inside a temporary folder of its own. */
  folder: string;
  /** Every file in the edition, relative to `folder`. */
  files: string[];
  /** Remove the temporary folder. */
  remove(): void;
}

/** Unzip `dist/`'s offline edition into a new temporary folder named after `prefix`. */
export function unpackOfflineZip(prefix: string): UnpackedEdition {
  const zip = join(DIST, OFFLINE_ZIP_NAME);
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run "npm run build" first (npm test does it for you).`);
  const tmp = mkdtempSync(join(tmpdir(), `pedoman-${prefix}-`));
  const files: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), bytes);
    files.push(name.slice(OFFLINE_FOLDER.length + 1));
  }
  return { folder: join(tmp, OFFLINE_FOLDER), files, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}
