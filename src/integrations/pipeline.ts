import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_EDITION, PRINT_EDITIONS } from '../lib/site.ts';
import { bootScriptConfig, serveClientBundles, writeClientBundles, writeSearchScript } from './client-bundles.ts';
import { deploymentNotice } from './deployment-notice.ts';
import { checkLinks } from './link-check.ts';
import { installMadePublications, startPublications, type PublicationsRun } from './publications.ts';
import { closeSearchIndexer, indexSite } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { crawlEdition } from './offline/crawl.ts';
import { openPageCache } from './offline/page-cache.ts';
import { inventory } from './offline/inventory.ts';
import { writeSaveManifests } from './offline/manifests.ts';
import { packEdition } from './offline/pack.ts';
import { fillZipSizes } from './offline/patch.ts';
import { reportOfflineEditions } from './offline/report.ts';
import { convertScripts } from './offline/scripts.ts';
import { addSearchFiles, readSearchIndex } from './offline/search-files.ts';
import { reserveZipName, writeOfflineZip } from './offline/zip.ts';

/**
 * Everything the build does besides rendering pages, in the order it happens. Astro calls the hooks
 * below in this order; each step is a function of its own module in this folder, and no step depends on
 * where another integration stands in astro.config.mjs (this is the only one besides mdx()).
 *
 * 1. As soon as the build starts: the publications (Word, PDF, EPUB) begin in a worker thread.
 * 2. Once Astro has written the pages: the tools' browser bundles (dist/assets/).
 * 3. After Astro: publications installed → link check → _headers → search index ∥ offline edition
 *    → the search script with the index's file names → ZIP → "Read offline" sizes → save-for-offline manifests → deployment notice.
 */
export function handbookPipeline(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let cacheDir = '';
  let publications: PublicationsRun | undefined;
  return {
    name: 'pedoman:pipeline',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        // The inline boot script: its CSP hash and the module Boot.astro inlines.
        updateConfig(await bootScriptConfig(fileURLToPath(config.root)));
        // PRINT_EDITIONS=off skips them (the pages then show no such links).
        if (command === 'build' && PRINT_EDITIONS) publications = startPublications(join(fileURLToPath(config.cacheDir), 'publications'));
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => serveClientBundles(server, root, base),
      'astro:build:generated': async ({ dir }) => {
        await writeClientBundles(root, fileURLToPath(dir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const log = (step: string) => logger.fork(`pedoman:${step}`);
        const times = stepTimer();
        const { step } = times;

        if (publications) await step('publications', () => installMadePublications(publications!, outDir, log('publications')));
        reserveZipName(outDir);
        await step('link check', () => checkLinks(outDir, log('link-check')));
        writeSecurityHeaders(outDir);

        // Pagefind indexes in its own process while this one puts the offline edition together;
        // only the search files and what comes after them wait for the index.
        const searchIndex = indexSite(outDir, log('pagefind'));
        try {
          if (!OFFLINE_EDITION) {
            await searchIndex;
            await step('search script', () => writeSearchScript(root, outDir));
            log('offline-edition').warn('OFFLINE_EDITION=off: the offline editions were not written.');
          } else {
            // Awaited below; this only keeps an early failure from being "unhandled" meanwhile.
            searchIndex.catch(() => {});
            const started = performance.now();
            const site = inventory(outDir, root);
            const pageCache = openPageCache(cacheDir, site);
            const edition = await step('crawl', () => crawlEdition(site, pageCache));
            const cached = pageCache.save();
            await step('scripts', () => convertScripts(edition, site, log('offline-edition')));
            await step('pack', () => packEdition(edition));

            await step('waiting for the search index', () => searchIndex);
            await step('search script', () => writeSearchScript(root, outDir));
            site.refresh();
            const index = readSearchIndex(site);
            await step('search files', () => addSearchFiles(edition, site, index));

            const zipBytes = await step('zip', () => writeOfflineZip(edition, site));
            fillZipSizes(site, zipBytes);
            const manifests = await step('manifests', () => writeSaveManifests(site, index, edition.references));
            reportOfflineEditions(log('offline-edition'), edition, zipBytes, manifests, started, cached);
          }
        } finally {
          await closeSearchIndexer();
        }

        log('pipeline').info(`After-build steps: ${times.summary()}.`);
        deploymentNotice(log('deployment'));
      },
    },
  };
}

/** Time each step by name, for one line in the build's log (where the after-build time goes). */
function stepTimer() {
  const times: string[] = [];
  return {
    async step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
      const started = performance.now();
      const result = await run();
      times.push(`${name} ${Math.round(performance.now() - started)} ms`);
      return result;
    },
    summary: () => times.join(', '),
  };
}
