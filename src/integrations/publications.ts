import { Worker } from 'node:worker_threads';
import type { MadePublication } from '../publications/build.ts';
import { installPublications } from '../publications/build.ts';
import { formatBytes } from '../lib/offline/sizes.ts';
import { LANGUAGES, type Lang } from '../lib/languages.ts';

/** The publications being made in their worker, from the start of the build. */
export interface PublicationsRun {
  started: number;
  made: Promise<MadePublication[]>;
}

/**
 * Start making the Word templates, the PDFs and the EPUBs (src/publications/) in worker threads, as early
 * as the build is known, so the workers run through Astro's content sync, bundling and rendering.
 */
export function startPublications(cacheDir: string): PublicationsRun {
  // One worker per language: Typst compiles one document at a time, and Astro leaves room on the second core
  // while it bundles. Results are joined in LANGUAGES order, so the build's output does not depend on timing.
  const made = Promise.all(LANGUAGES.map((lang) => makeInWorker(cacheDir, lang))).then((lists) => lists.flat());
  // Kept until the pipeline waits for it; an error is reported there.
  made.catch(() => {});
  return { started: performance.now(), made };
}

/** Make one language's publications in a worker thread of their own. */
function makeInWorker(cacheDir: string, lang: Lang): Promise<MadePublication[]> {
  return new Promise<MadePublication[]>((resolve, reject) => {
    const worker = new Worker(new URL('../publications/worker.ts', import.meta.url), { workerData: { cacheDir, langs: [lang] } });
    worker.once('message', (m: { made?: MadePublication[]; error?: string }) => (m.made ? resolve(m.made) : reject(new Error(`Publications: ${m.error}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`The publications worker stopped with code ${code}.`)));
  });
}

/**
 * Wait for the publications and copy them into the built site, with their sizes beside every download
 * link (before the link check and the offline editions read the pages).
 */
export async function installMadePublications(run: PublicationsRun, outDir: string, log: { info(message: string): void }): Promise<void> {
  const waited = performance.now();
  const made = await run.made;
  installPublications(made, outDir, formatBytes);
  const total = made.reduce((n, m) => n + m.bytes, 0);
  const fresh = made.filter((m) => !m.cached);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  log.info(`Publications: ${made.length} files, ${formatBytes(total)}; ${fresh.length} made in ${seconds(fresh.reduce((n, m) => n + m.ms, 0))}, ${made.length - fresh.length} from the cache; ready ${seconds(performance.now() - run.started)} after the build started, the build waited ${seconds(performance.now() - waited)}.`);
  for (const kind of ['chapterPdf', 'templateDocx'] as const) {
    const files = made.filter((m) => m.kind === kind);
    if (files.length === 1) log.info(`  ${files[0].path} ${formatBytes(files[0].bytes)}${files[0].cached ? ' (cached)' : ` in ${seconds(files[0].ms)}`}`);
    else if (files.length) log.info(`  ${files.length} × ${kind}: ${formatBytes(files.reduce((n, m) => n + m.bytes, 0))}`);
  }
  for (const m of made.filter((x) => x.kind === 'bookPdf' || x.kind === 'bookEpub')) log.info(`  ${m.path} ${formatBytes(m.bytes)}${m.cached ? ' (cached)' : ` in ${seconds(m.ms)}`}`);
}
