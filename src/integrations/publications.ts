import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writePublications } from '../publications/build.ts';
import { PRINT_EDITIONS } from '../publications/names.ts';
import { formatBytes } from './offline-edition.ts';

/**
 * After Astro, before the link check and the offline editions: the Word templates, the PDFs and the
 * EPUBs (src/publications/), and their sizes beside every download link. PRINT_EDITIONS=off skips it
 * (the pages then show no download links).
 */
export function publicationsIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'pedoman:publications',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!PRINT_EDITIONS) return;
        const started = performance.now();
        const written = await writePublications({ outDir: fileURLToPath(dir), cacheDir, format: formatBytes });
        const total = written.reduce((n, w) => n + w.bytes, 0);
        const fresh = written.filter((w) => !w.cached).length;
        logger.info(`Publications: ${written.length} files, ${formatBytes(total)} (${fresh} made, ${written.length - fresh} from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        for (const w of written) logger.info(`  ${w.path} ${formatBytes(w.bytes)}${w.cached ? ' (cached)' : ''}`);
      },
    },
  };
}
