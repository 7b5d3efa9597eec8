/**
 * Browser code of the offline edition's search (bundled at build time with
 * Pagefind's own dist/pagefind/pagefind.js into one classic script; never
 * loaded by the online site).
 *
 * On file:// Pagefind as shipped cannot run: it is an ES module, it starts a
 * Worker and it loads its WASM and index chunks with fetch(), and a page opened
 * from a folder may do none of these. Here the same engine runs on the main
 * thread (`noWorker`), and its fetch() is answered from <script> files: each
 * chunk `pagefind/index/id_x.pf_index` is shipped as
 * `pagefind/index/id_x.pf_index.js`, which hands its bytes (base64) to
 * `pedomanFile()`. Same index, same engine, so the same results in the same
 * order as the online search.
 */
import { offlineHref } from '../../lib/offline/paths.ts';

/** The part of Pagefind's module API the site uses. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<SearchResponse | null>;
  debouncedSearch(term: string, options?: Record<string, unknown>, timeoutMs?: number): Promise<SearchResponse | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<unknown>;
  destroy(): Promise<void>;
}

interface ResultData {
  url: string;
  sub_results?: { url: string }[];
  [key: string]: unknown;
}

interface SearchResponse {
  results: { data: () => Promise<ResultData>; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** Bytes (base64) delivered by chunk scripts, by the script's own URL, until fetch() collects them. */
const delivered: Record<string, string> = {};

/** Called by each chunk script: `pedomanFile("<base64>")`. */
function pedomanFile(base64: string): void {
  const script = document.currentScript as HTMLScriptElement | null;
  if (script) delivered[script.src] = base64;
}
(globalThis as Record<string, unknown>).pedomanFile = pedomanFile;

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A stand-in for fetch() inside Pagefind: loads `<url>.js` (query dropped) with
 * a <script> tag and answers with the bytes it delivered, or a 404 response.
 */
export function scriptFetch(input: RequestInfo | URL): Promise<Response> {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const key = new URL(`${raw.replace(/[?#].*$/, '')}.js`, document.baseURI).href;
  return new Promise((resolve) => {
    const script = document.createElement('script');
    const finish = (response: Response) => {
      script.remove();
      resolve(response);
    };
    script.onload = () => {
      const base64 = delivered[key];
      delete delivered[key];
      finish(base64 === undefined ? new Response(null, { status: 404 }) : new Response(decodeBase64(base64)));
    };
    script.onerror = () => finish(new Response(null, { status: 404, statusText: 'Not in the offline edition' }));
    script.src = key;
    document.head.append(script);
  });
}

/**
 * Wrap Pagefind for a page of the offline edition: index files are found from
 * the page's root prefix (`<html data-base="../../">`), the Worker is off, and
 * result URLs (`/bab/forum/#aturan`) become links to files (`../../bab/forum/index.html#aturan`).
 */
export function offlinePagefind(pagefind: PagefindModule): PagefindModule {
  const root = () => document.documentElement.dataset.base || './';
  let configured = false;
  let started = false;

  const options = (opts: Record<string, unknown> = {}) => {
    if (started) return pagefind.options({ ...opts, baseUrl: '/' });
    configured = true;
    return pagefind.options({ basePath: `${root()}pagefind/`, ...opts, baseUrl: '/', noWorker: true });
  };
  const ready = async () => {
    if (!configured) await options({});
    started = true;
  };
  const localData = async (load: () => Promise<ResultData>): Promise<ResultData> => {
    const data = await load();
    return {
      ...data,
      url: offlineHref(data.url, root()),
      sub_results: data.sub_results?.map((s) => ({ ...s, url: offlineHref(s.url, root()) })),
    };
  };
  const local = (response: SearchResponse | null): SearchResponse | null =>
    response && { ...response, results: response.results.map((r) => ({ ...r, data: () => localData(r.data) })) };

  return {
    options,
    init: async () => {
      await ready();
      return pagefind.init();
    },
    search: async (term, opts) => {
      await ready();
      return local(await pagefind.search(term, opts));
    },
    debouncedSearch: async (term, opts, timeoutMs) => {
      await ready();
      return local(await pagefind.debouncedSearch(term, opts, timeoutMs));
    },
    preload: async (term, opts) => {
      await ready();
      return pagefind.preload(term, opts);
    },
    filters: async () => {
      await ready();
      return pagefind.filters();
    },
    destroy: () => pagefind.destroy(),
  };
}
