import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MadePublication } from '../publications/build.ts';
import { installPublications } from '../publications/build.ts';
import { PRINT_EDITIONS } from '../publications/names.ts';
import { formatBytes } from '../lib/offline/sizes.ts';

/** Start making the publications in a worker thread; resolves with the files made. */
function startWorker(cacheDir: string): Promise<MadePublication[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../publications/worker.ts', import.meta.url), { workerData: { cacheDir } });
    worker.once('message', (m: { made?: MadePublication[]; error?: string }) => (m.made ? resolve(m.made) : reject(new Error(`Publications: ${m.error}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`The publications worker stopped with code ${code}.`)));
  });
}

/**
 * The Word templates, the PDFs and the EPUBs (src/publications/): made in a worker from the start of the
 * build, while Astro renders, then copied into the site before the link check and the offline editions,
 * with their sizes beside every download link. PRINT_EDITIONS=off skips them (the pages then show no such links).
 */
export function publicationsIntegration(): AstroIntegration {
  let cacheDir = '';
  let started = 0;
  let making: Promise<MadePublication[]> | undefined;
  return {
    name: 'pedoman:publications',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'publications');
      },
      // As early as the build is known, so the worker runs through Astro's content sync, bundling and rendering.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' || !PRINT_EDITIONS) return;
        started = performance.now();
        making = startWorker(join(fileURLToPath(config.cacheDir), 'publications'));
        // Kept until build:done; an error is reported there.
        making.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!making) return;
        const waited = performance.now();
        const made = await making;
        installPublications(made, fileURLToPath(dir), formatBytes);
        const total = made.reduce((n, m) => n + m.bytes, 0);
        const fresh = made.filter((m) => !m.cached);
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        logger.info(`Publications: ${made.length} files, ${formatBytes(total)}; ${fresh.length} made in ${seconds(fresh.reduce((n, m) => n + m.ms, 0))}, ${made.length - fresh.length} from the cache; ready ${seconds(performance.now() - started)} after the build started, the build waited ${seconds(performance.now() - waited)}.`);
        for (const kind of ['chapterPdf', 'templateDocx'] as const) {
          const files = made.filter((m) => m.kind === kind);
          if (files.length === 1) logger.info(`  ${files[0].path} ${formatBytes(files[0].bytes)}${files[0].cached ? ' (cached)' : ` in ${seconds(files[0].ms)}`}`);
          else if (files.length) logger.info(`  ${files.length} × ${kind}: ${formatBytes(files.reduce((n, m) => n + m.bytes, 0))}`);
        }
        for (const m of made.filter((x) => x.kind === 'bookPdf' || x.kind === 'bookEpub')) logger.info(`  ${m.path} ${formatBytes(m.bytes)}${m.cached ? ' (cached)' : ` in ${seconds(m.ms)}`}`);
      },
    },
  };
}
