/**
 * Makes the publications of one language in a worker thread, so the PDFs compile on the second core while Astro bundles
 * and renders the pages (src/integrations/publications.ts starts it). Posts the list of files, or the error.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { makePublications } from './build.ts';
import type { Lang } from '../lib/languages.ts';

try {
  // The lowest priority for this thread and the Typst threads it starts: the pages' build is the longer road,
  // so it keeps its core, and the publications take what it leaves (a cold build ends about 0.5 s sooner).
  setPriority(19);
  const { cacheDir, langs } = workerData as { cacheDir: string; langs: Lang[] };
  parentPort!.postMessage({ made: await makePublications(cacheDir, langs) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
