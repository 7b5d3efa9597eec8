import { setImmediate as nextTurn } from 'node:timers/promises';
import { OFFLINE_FOLDER } from '../../lib/offline/names.ts';
import { packEntry } from '../../lib/offline/zip.ts';
import type { Edition } from './crawl.ts';

/** Compress one file of the edition for the ZIP (replacing an earlier version of it). */
export function packFile(edition: Edition, file: string, content: string | Uint8Array): void {
  edition.packed.set(file, packEntry(`${OFFLINE_FOLDER}/${file}`, typeof content === 'string' ? Buffer.from(content) : content));
}

/** Add a file to the edition and compress it at once (the files that come after the search index). */
export function addFile(edition: Edition, file: string, content: string): void {
  edition.files.set(file, content);
  packFile(edition, file, content);
}

/**
 * Compress every file the edition has so far, while Pagefind is still indexing in its own process
 * (yielding now and then, so its replies get through).
 */
export async function packEdition(edition: Edition): Promise<void> {
  for (const [file, content] of edition.files) {
    packFile(edition, file, content);
    if (edition.packed.size % 64 === 0) await nextTurn();
  }
}
