import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import type { SearchIndexNames } from '../client/search/engine.ts';
import { readIndexChunks, readPagefindFile } from './pagefind-meta.ts';

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
  writeResultTitles(outDir);
  logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
}

/** Stop Pagefind's process (safe to call when it never started, and after a failure). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}

/**
 * What the search script needs to ask for the engine's files all at once (src/client/search/engine.ts): each
 * language's metadata hash and WebAssembly name from Pagefind's pagefind-entry.json, its index chunks' word
 * ranges, its result titles file, and a digest of the entry file as Pagefind's cache tag. Null when the build
 * wrote no search index.
 */
export function searchIndexNames(outDir: string): SearchIndexNames | null {
  const file = join(outDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const entry = JSON.parse(text) as { languages: Record<string, { hash: string; wasm?: string | null }> };
  const titleFiles = existsSync(join(outDir, TITLES_DIR)) ? readdirSync(join(outDir, TITLES_DIR)) : [];
  const languages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, index]) => {
      const titles = titleFiles.find((f) => f.startsWith(`${lang}_`))?.replace(/\.json$/, '');
      const chunks = readIndexChunks(join(outDir, 'pagefind', `pagefind.${index.hash}.pf_meta`));
      return [lang, { meta: index.hash, wasm: index.wasm || 'unknown', chunks, ...(titles && { titles }) }];
    }),
  );
  return { tag: createHash('sha256').update(text).digest('hex').slice(0, 12), languages };
}

/** Where the result titles go, inside Pagefind's folder (saved with the index by both offline editions). */
const TITLES_DIR = 'pagefind/titles';
/**
 * Above this size (about 400 pages) a language gets no titles file: every first search would download it,
 * and it would outweigh the round trip it saves (the synthetic N = 1,000 corpus would need 80 KB).
 */
const TITLES_MAX_BYTES = 32 * 1024;

/**
 * For each language, the title, address and type of every indexed page by its Pagefind id
 * (`titles/<lang>_<digest>.json`, `{ "<id>": [url, title, type] }`), read from the fragments Pagefind wrote.
 * The search box shows a result's title as soon as the index answers, without waiting for its fragment
 * (one more round trip on slow data); the excerpt fills in when the fragment arrives. A large site's
 * languages get none (see TITLES_MAX_BYTES); their results wait for their fragments.
 */
export function writeResultTitles(outDir: string): void {
  const fragments = join(outDir, 'pagefind', 'fragment');
  const byLang = new Map<string, Record<string, [string, string, string]>>();
  for (const file of readdirSync(fragments).filter((f) => f.endsWith('.pf_fragment')).sort()) {
    const id = file.slice(0, -'.pf_fragment'.length);
    const lang = id.slice(0, id.lastIndexOf('_'));
    const data = JSON.parse(readPagefindFile(join(fragments, file)).toString('utf8')) as { url: string; meta?: { title?: string }; filters?: { type?: string[] } };
    if (!byLang.has(lang)) byLang.set(lang, {});
    byLang.get(lang)![id] = [data.url, data.meta?.title ?? data.url, data.filters?.type?.[0] ?? ''];
  }
  rmSync(join(outDir, TITLES_DIR), { recursive: true, force: true });
  mkdirSync(join(outDir, TITLES_DIR), { recursive: true });
  for (const [lang, titles] of byLang) {
    const text = JSON.stringify(titles);
    if (Buffer.byteLength(text) > TITLES_MAX_BYTES) continue;
    writeFileSync(join(outDir, TITLES_DIR, `${lang}_${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`), text);
  }
}
