/**
 * Makes the publications in a worker thread, so the PDFs compile on the second core while Astro bundles
 * and renders the pages (src/integrations/publications.ts starts it). Posts the list of files, or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makePublications } from './build.ts';

try {
  parentPort!.postMessage({ made: await makePublications((workerData as { cacheDir: string }).cacheDir) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
