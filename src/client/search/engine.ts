/**
 * Pagefind's engine for the search box, loaded once on first use with the index of the page's language
 * (Pagefind picks it from <html lang>). A failed load is not kept: the next search loads it again, under
 * "?<n>" because the browser remembers a module URL that failed.
 */

/** One result's data, as far as the search box shows it. */
export interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta?: { title?: string };
  filters?: { type?: string[] };
  sub_results?: { url: string; title: string; weighted_locations?: { balanced_score?: number }[] }[];
}

/** The part of Pagefind's module API the search box uses. */
export interface Engine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

/** The names of the search index's files, as the build writes them in (see {@link SearchIndexNames}). */
declare const __SEARCH_INDEX__: SearchIndexNames | null;

/**
 * The search index's file names for each language, written into this script by the build once Pagefind has
 * run (src/integrations/search-index.ts), so the engine's files are all asked for at once. Null where the
 * script was bundled without an index: in `astro dev` and in the offline ZIP's copy.
 */
export interface SearchIndexNames {
  /** Pagefind's cache tag for pagefind-entry.json (`?ts=<tag>`): a digest of that file. */
  tag: string;
  /** Per language (`<html lang>`): the metadata's hash (`pagefind.<meta>.pf_meta`) and the WebAssembly's name (`wasm.<wasm>.pagefind`). */
  languages: Record<string, { meta: string; wasm: string }>;
}

const d = document;
const names = __SEARCH_INDEX__;
const base = d.documentElement.dataset.base || '/';
let enginePromise: Promise<Engine> | undefined;
let failures = 0;

/** Load and configure Pagefind once (again after a failure). */
export function engine(): Promise<Engine> {
  if (!enginePromise) warmUp();
  enginePromise ??= import(base + 'pagefind/pagefind.js' + (failures ? `?${failures}` : ''))
    .then(async (pf: Engine) => {
      // No Worker: it would be a further 43 KB download and a thread to start before the first result,
      // for searches that take tens of milliseconds.
      // Ranking: a word repeated all over a long page (a template) counts less, so the page about a topic
      // comes before pages that mention it (measured on the handbook's own queries; README, "Search").
      // The cache tag makes the engine's request for pagefind-entry.json the one preloaded below.
      await pf.options({ basePath: base + 'pagefind/', excerptLength: 24, noWorker: true, ranking: { termFrequency: 0.3, termSaturation: 0.8 }, ...(names && { metaCacheTag: names.tag }) });
      await pf.init();
      return pf;
    })
    .catch((error) => {
      failures += 1;
      enginePromise = undefined;
      throw error;
    });
  return enginePromise;
}

/** Forget the engine (after a dropped connection), so the next search loads it again. */
export function forgetEngine(): void {
  enginePromise = undefined;
}

/**
 * Start downloading the engine's entry file, metadata and WebAssembly while the engine's script downloads:
 * Pagefind asks for them only once its script runs, and for the metadata only after the entry file, one
 * round trip after another. Preloaded under the names the build wrote in, its own requests are answered
 * from the preloads. The offline edition (file://) loads the engine's files as scripts of its own.
 */
function warmUp(): void {
  const index = names?.languages[d.documentElement.lang];
  if (location.protocol === 'file:' || !index) return;
  for (const file of [`pagefind-entry.json?ts=${names!.tag}`, `pagefind.${index.meta}.pf_meta`, `wasm.${index.wasm}.pagefind`]) {
    const href = `${base}pagefind/${file}`;
    if (d.querySelector(`link[rel="preload"][href="${href}"]`)) continue;
    const link = d.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
    d.head.append(link);
  }
}
