import { join } from 'node:path';
import { build } from 'esbuild';
import { CLASSIC_MODULE_FOOTER, CLASSIC_MODULE_GLOBAL } from '../../lib/offline/edition.ts';
import { pagefindFilesFor } from '../../lib/offline/manifest.ts';
import type { Edition } from './crawl.ts';
import type { SiteFiles } from './inventory.ts';
import { addFile } from './pack.ts';

/** Pagefind's `pagefind-entry.json`: the index of each language. */
export interface SearchIndexEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** The search index as written by Pagefind: its entry file and its files (relative to `pagefind/`). */
export interface SearchIndexFiles {
  entry: SearchIndexEntry;
  files: string[];
}

/** Read the search index Pagefind wrote (call after site.refresh()); fails the build if there is none. */
export function readSearchIndex(site: SiteFiles): SearchIndexFiles {
  const entryFile = 'pagefind/pagefind-entry.json';
  if (!site.exists(entryFile)) throw new Error(`The offline editions need the search index, and ${entryFile} is missing: Pagefind wrote no index.`);
  return { entry: JSON.parse(site.text(entryFile)), files: site.files.filter((f) => f.startsWith('pagefind/')).map((f) => f.slice('pagefind/'.length)) };
}

/**
 * Search in the offline edition: file:// allows no fetch(), so every index file becomes a `<script>` file
 * (`pedomanFile("<base64>")`) and Pagefind's engine, with the offline runtime, a classic script.
 */
export async function addSearchFiles(edition: Edition, site: SiteFiles, index: SearchIndexFiles): Promise<void> {
  const searchFiles = new Set(Object.keys(index.entry.languages).flatMap((lang) => pagefindFilesFor(lang, index.entry, index.files)));
  searchFiles.delete('pagefind.js');
  for (const f of searchFiles) addFile(edition, `pagefind/${f}.js`, `pedomanFile("${site.bytes(`pagefind/${f}`).toString('base64')}")\n`);
  addFile(edition, 'pagefind/pagefind.js', await offlinePagefindBundle(site.outDir, site.root));
}

/** Pagefind's browser code with the offline runtime, as a classic script registered for the import() shim. */
async function offlinePagefindBundle(outDir: string, root: string): Promise<string> {
  const runtime = join(root, 'src/client/offline-search/runtime.ts');
  const contents = [
    `import * as pagefind from ${JSON.stringify(join(outDir, 'pagefind/pagefind.js'))};`,
    `import { offlinePagefind } from ${JSON.stringify(runtime)};`,
    'export const { options, init, search, debouncedSearch, preload, filters, destroy } = offlinePagefind(pagefind);',
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'offline-search.js', loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: CLASSIC_MODULE_GLOBAL,
    inject: [join(root, 'src/client/offline-search/fetch.ts')],
    footer: { js: CLASSIC_MODULE_FOOTER },
    write: false,
    minify: true,
    logLevel: 'silent',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return result.outputFiles[0].text;
}
