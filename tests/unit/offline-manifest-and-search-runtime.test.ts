import { afterEach, describe, expect, it } from 'vitest';
import { buildManifest, contentHash, manifestName, pagefindFilesFor } from '../../src/lib/offline/manifest.ts';
import { offlinePagefind, type PagefindModule } from '../../src/client/offline-search/runtime.ts';
import { hashOf } from '../../src/client/sw/hash.ts';
import { HASH_LENGTH } from '../../src/lib/offline/names.ts';
import { fillZipSize, formatBytes } from '../../src/lib/offline/sizes.ts';

describe('the service-worker manifest', () => {
  it('hashes like the service worker does (its own hash module, run with WebCrypto)', async () => {
    // The function the service worker bundles (src/client/sw/hash.ts), not a copy of it.
    for (const text of ['<h1>Forum</h1>', '', 'é ü 日本']) {
      const bytes = new TextEncoder().encode(text);
      expect(await hashOf(bytes), JSON.stringify(text)).toBe(contentHash(bytes));
    }
    expect(contentHash(new TextEncoder().encode('<h1>Forum</h1>'))).toMatch(new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`));
  });

  it('lists files with their hashes, and its version changes when any file changes', () => {
    const files = new Map<string, Uint8Array | string>([['bab/forum/', 'a'], ['', 'home'], ['_astro/x.css', 'b{}']]);
    const one = buildManifest('id', new Date('2026-01-01T00:00:00Z'), files);
    expect(Object.keys(one.files)).toEqual(['', '_astro/x.css', 'bab/forum/']);
    expect(one.bytes).toBe(1 + 4 + 3);
    expect(one.built).toBe('2026-01-01T00:00:00.000Z');
    const same = buildManifest('id', new Date('2026-02-01T00:00:00Z'), new Map(files));
    expect(same.version).toBe(one.version);
    files.set('bab/forum/', 'a, edited');
    const two = buildManifest('id', new Date('2026-01-01T00:00:00Z'), files);
    expect(two.version).not.toBe(one.version);
    expect(two.files['']).toBe(one.files['']);
    expect(manifestName('en')).toBe('offline-manifest-en.json');
  });

  it('takes only the language’s own search files', () => {
    const entry = { languages: { id: { hash: 'id_39bb', wasm: 'id' }, en: { hash: 'en_75fc', wasm: 'en' } } };
    const all = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind-ui.js', 'pagefind.id_39bb.pf_meta', 'pagefind.en_75fc.pf_meta', 'wasm.id.pagefind', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'index/id_1.pf_index', 'index/en_1.pf_index', 'fragment/id_2.pf_fragment', 'filter/en_3.pf_filter'];
    expect(pagefindFilesFor('id', entry, all)).toEqual(['pagefind.js', 'pagefind-entry.json', 'pagefind.id_39bb.pf_meta', 'wasm.id.pagefind', 'index/id_1.pf_index', 'fragment/id_2.pf_fragment']);
    expect(pagefindFilesFor('fr', entry, all)).toEqual([]);
  });
});

describe('the zip size on the "Read offline" page', () => {
  it('is written for readers of each language', () => {
    expect(formatBytes(1_234_567, 'id')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(900, 'en')).toBe('1 kB');
    expect(fillZipSize('<p><span class="small" data-offline-zip-size>ZIP</span></p>', 'id', 1_500_000)).toBe('<p><span class="small" data-offline-zip-size>ZIP, 1,5 MB</span></p>');
  });
});

describe('the offline search wrapper around Pagefind', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.document;
  });

  function fakePagefind() {
    const calls: Record<string, unknown>[] = [];
    const data = { url: '/bab/forum/', sub_results: [{ url: '/bab/forum/#aturan' }], meta: { title: 'Forum' } };
    const response = { results: [{ id: 'a', data: async () => data }] };
    const pf: PagefindModule = {
      options: async (o) => void calls.push(o),
      init: async () => {},
      search: async () => response,
      debouncedSearch: async () => response,
      preload: async () => {},
      filters: async () => ({}),
      destroy: async () => {},
    };
    return { pf, calls };
  }

  it('finds the index from the page, turns the Worker off and links results to files', async () => {
    g.document = { documentElement: { dataset: { base: '../../' } } };
    const { pf, calls } = fakePagefind();
    const offline = offlinePagefind(pf);
    await offline.options({ basePath: '../../pagefind/', excerptLength: 24 });
    await offline.init();
    expect(calls[0]).toEqual({ basePath: '../../pagefind/', excerptLength: 24, baseUrl: '/', noWorker: true });
    const search = await offline.debouncedSearch('forum', {}, 0);
    const result = await search!.results[0].data();
    expect(result.url).toBe('../../bab/forum/index.html');
    expect(result.sub_results).toEqual([{ url: '../../bab/forum/index.html#aturan' }]);
    expect(result.meta).toEqual({ title: 'Forum' });
  });

  it('configures itself when used without options', async () => {
    g.document = { documentElement: { dataset: { base: './' } } };
    const { pf, calls } = fakePagefind();
    await offlinePagefind(pf).search('x');
    expect(calls).toEqual([{ basePath: './pagefind/', baseUrl: '/', noWorker: true }]);
  });
});
