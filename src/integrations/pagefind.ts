import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';

/**
 * Build the search index after Astro has written the site. Pagefind reads each
 * page's `<html lang>` and writes one index per language, so an English search
 * never returns Indonesian text; only elements marked `data-pagefind-body` are indexed.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pedoman:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Our own search box uses pagefind.js directly; Pagefind's ready-made UIs would only add weight to the download.
        for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
          rmSync(join(outDir, 'pagefind', file), { force: true });
        }
        logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
