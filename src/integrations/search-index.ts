import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';

/**
 * Build the search index of a built site (the pipeline, ./pipeline.ts, overlaps
 * it with the offline edition and closes Pagefind with {@link closeSearchIndexer}). Pagefind reads each page's
 * `<html lang>` and writes one index per language, so an English search never
 * returns Indonesian text; only elements marked `data-pagefind-body` are indexed.
 * The indexing runs in Pagefind's own process; this one only waits for its replies.
 */
export async function indexSite(outDir: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  // Our own search box uses pagefind.js directly, without its Worker (public/assets/search.js);
  // Pagefind's ready-made UIs and the Worker script would only add weight to the download.
  for (const file of ['pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
    rmSync(join(outDir, 'pagefind', file), { force: true });
  }
  // Pagefind ships its browser code readable; minified it is 15 KB (a third) smaller on every first search.
  const engine = join(outDir, 'pagefind', 'pagefind.js');
  const minified = await transform(readFileSync(engine, 'utf8'), { loader: 'js', format: 'esm', minify: true, legalComments: 'inline' });
  writeFileSync(engine, minified.code);
  logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
}

/** Stop Pagefind's process (safe to call when it never started, and after a failure). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
