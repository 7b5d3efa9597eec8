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
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
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
  languages: Record<string, { meta: string; wasm: string; chunks: [from: string, to: string, hash: string][]; titles?: string }>;
}

/** Each page's address, title and type by its Pagefind id (written by src/integrations/search-index.ts). */
export type ResultTitles = Record<string, [url: string, title: string, type: string]>;

const d = document;
const names = __SEARCH_INDEX__;
const base = d.documentElement.dataset.base || '/';
let enginePromise: Promise<Engine> | undefined;
let failures = 0;

/** Load and configure Pagefind once (again after a failure). */
export function engine(): Promise<Engine> {
  // After a failure the engine asks for its files itself.
  if (!enginePromise && !failures) warmUp();
  enginePromise ??= import(base + 'pagefind/pagefind.js' + (failures ? `?${failures}` : ''))
    .then(async (pf: Engine) => {
      // No Worker: it would be a further 43 KB download and a thread to start before the first result,
      // for searches that take tens of milliseconds.
      // Ranking: a word repeated all over a long page (a template) counts less, so the page about a topic
      // comes before pages that mention it (measured on the handbook's own queries; README, "Search").
      // The cache tag makes the engine's request for pagefind-entry.json the one preloaded below (after a
      // failure another one: the browser may keep answering a failed preload's address with the failure).
      await pf.options({ basePath: base + 'pagefind/', excerptLength: 24, noWorker: true, ranking: { termFrequency: 0.3, termSaturation: 0.8 }, ...(names && { metaCacheTag: failures ? `${names.tag}.${failures}` : names.tag }) });
      await pf.init();
      return pf;
    })
    .catch((error) => {
      early.clear();
      asked.clear();
      failures += 1;
      enginePromise = undefined;
      throw error;
    });
  return enginePromise;
}

let titles: Promise<ResultTitles | undefined> | undefined;

/**
 * This language's result titles, fetched once, alongside the engine: a result can show its title as soon as
 * the index answers. Undefined where there are none (file://, `astro dev`) or they could not be fetched
 * (the results then wait for their fragments, as before).
 */
export function resultTitles(): Promise<ResultTitles | undefined> {
  const file = names?.languages[d.documentElement.lang]?.titles;
  if (location.protocol === 'file:' || !file) return Promise.resolve(undefined);
  titles ??= fetch(`${base}pagefind/titles/${file}.json`)
    .then((r) => (r.ok ? r.json() : undefined))
    .catch(() => (titles = undefined));
  return titles;
}

/** Forget the engine (after a dropped connection), so the next search loads it again. */
export function forgetEngine(): void {
  enginePromise = undefined;
}

/** Requests started before the engine asked for them, by URL; each answers the engine's one request for it. */
const early = new Map<string, Promise<Response>>();
/** Every URL asked for through {@link fetchEarly} or by the engine, so nothing is fetched twice. */
const asked = new Set<string>();
/** Index chunks (by URL) whose answer has arrived. */
const arrived = new Set<string>();
/** The browser's fetch, once the wrapper is in place. */
let ownFetch: typeof fetch | undefined;

/**
 * Pagefind's index files, read whole as they arrive. They are gzip-compressed, and the engine inflates them
 * in JavaScript, slowly on a phone; the browser's own DecompressionStream does it natively. Pagefind takes
 * either: it skips its own inflating when the data already starts with its signature.
 */
function unpacked(url: string, response: Promise<Response>): Promise<Response> {
  if (!/\.(pagefind|pf_meta|pf_index|pf_fragment)$/.test(url)) return response;
  return response.then(async (r) => {
    if (!r.ok) return r;
    let data = await r.arrayBuffer();
    const gzip = new Uint8Array(data, 0, 2).join() === '31,139';
    if (gzip && typeof DecompressionStream === 'function') data = await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    if (url.endsWith('.pf_index')) arrived.add(url);
    return new Response(data);
  });
}

/**
 * Fetch `path` (under pagefind/) now, for the engine to find when it asks: a wrapper around fetch answers its
 * request with this one (not link preloads, whose failure the browser would keep answering with after the
 * connection is back). Nothing is fetched twice.
 */
function fetchEarly(path: string): void {
  const url = new URL(`${base}pagefind/${path}`, location.href).href;
  if (asked.has(url)) return;
  if (!ownFetch) {
    const own = (ownFetch = window.fetch);
    window.fetch = (input, init) => {
      const want = new URL(input instanceof Request ? input.url : String(input), location.href).href;
      const answer = early.get(want);
      asked.add(want);
      early.delete(want);
      return answer ?? unpacked(want, own(input, init));
    };
  }
  asked.add(url);
  const response = unpacked(url, ownFetch(url));
  early.set(url, response);
  // A failure reaches the engine, which reports it; the next attempt asks again.
  response.catch(() => early.delete(url));
}

/**
 * Start downloading the engine's entry file, metadata and WebAssembly while the engine's script downloads:
 * Pagefind asks for them only once its script runs, and for the metadata only after the entry file, one
 * round trip after another. The offline edition (file://) loads the engine's files as scripts of its own.
 */
function warmUp(): void {
  const index = names?.languages[d.documentElement.lang];
  if (location.protocol === 'file:' || !index) return;
  resultTitles();
  for (const file of [`pagefind-entry.json?ts=${names!.tag}`, `pagefind.${index.meta}.pf_meta`, `wasm.${index.wasm}.pagefind`]) fetchEarly(file);
}

/**
 * Start downloading the index chunks the words of `q` need (from the chunks' word ranges the build wrote
 * in), while the engine may still be on its way. Words of one letter wait: their range spans chunks the
 * next letter does not need.
 */
export function prefetchIndex(q: string): void {
  if (location.protocol === 'file:' || failures) return;
  for (const word of q.toLocaleLowerCase().split(/\s+/)) if (word.length > 1) chunksOf(word).forEach(fetchEarly);
}

/** Up to this many index chunks (Pagefind makes them about 30 KB each), the whole index is worth fetching ahead. */
const WHOLE_INDEX_CHUNKS = 8;

/**
 * Once the first results are shown: the rest of the language's index, when it is small (the handbook's
 * Indonesian index is five chunks, about 90 KB beyond a first query's), so a later word never waits for its
 * chunk. A larger index is left to load word by word.
 */
export function prefetchWholeIndex(): void {
  const chunks = chunksOf('');
  if (location.protocol !== 'file:' && !failures && chunks.length <= WHOLE_INDEX_CHUNKS) chunks.forEach(fetchEarly);
}

/** The index chunks (paths under pagefind/) that may hold words starting with `word`; none where the ranges are unknown. */
function chunksOf(word: string): string[] {
  const chunks = names?.languages[d.documentElement.lang]?.chunks ?? [];
  return chunks.filter(([from, to]) => to >= word && from <= `${word}\uffff`).map(([, , hash]) => `index/${hash}.pf_index`);
}

/**
 * Whether the index chunks of every word of `q` have arrived (true where the chunks are not known: file://,
 * `astro dev`). While the last word's chunk is on its way, the search box shows what the words before it find.
 */
export function indexArrived(q: string): boolean {
  return q
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => chunksOf(word).every((path) => arrived.has(new URL(`${base}pagefind/${path}`, location.href).href)));
}
