/** Small file-system helpers for the benchmark and the size tests: sizes of built folders and finding files in them. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';

/** Every file under `dir`, recursively, as absolute paths (empty if `dir` does not exist). */
export function listFiles(dir: string): string[] {
  return filesUnder(dir).map((f) => join(dir, f));
}

/** Total bytes of every file under `dir` (0 if it does not exist). */
export function dirSize(dir: string): number {
  return listFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
}

/** Bytes and file count of the files under `dir` whose name matches `pattern`. */
export function filesMatching(dir: string, pattern: RegExp): { files: string[]; bytes: number } {
  const files = listFiles(dir).filter((f) => pattern.test(f));
  return { files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}
