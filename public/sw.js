/*
 * Pedoman OGP service worker: "Save for offline reading" on phones.
 *
 * Registered only when a reader presses the button on the "Baca offline /
 * Read offline" page (public/assets/offline.js); until then nothing is stored.
 *
 * - save: downloads every file listed in offline-manifest-<lang>.json (pages,
 *   styles, scripts, the language's search index) into the Cache API, with
 *   progress messages to the page. Files go to a "|partial" cache first, so a
 *   broken connection loses nothing: pressing the button again resumes.
 * - serve: a saved file is answered from the cache (the search index too, so
 *   search works in flight mode), short links (/go/) included; anything else goes
 *   to the network. Offline, a page of a language that was not saved gets that
 *   language's saved "Read offline" page saying so, with its save button; any
 *   other unsaved page gets the saved "page not found" page, which has search.
 * - update: when a page is opened online, the manifests are fetched again; if a
 *   new build changed any file (the manifest lists a hash per file), only the
 *   changed files are downloaded and the copy is swapped when complete.
 *
 * Cache names: "pedoman-ogp|<base path>|<lang>|<version>" (complete) and the same
 * with "|partial" (public/assets/offline.js removes them by this prefix).
 */
const SCOPE = self.registration.scope;
const BASE = new URL(SCOPE).pathname;
const PREFIX = `pedoman-ogp|${BASE}|`;
const RECORD = new URL('__offline-copy__.json', SCOPE).href;
const PARALLEL = 6;
const CHECK_EVERY_MS = 5 * 60 * 1000;

self.addEventListener('install', (event) => {
  // A "network" route for the manifests (which this worker never answers itself) is also the documented
  // opt-out of Chromium's ServiceWorkerAutoPreload: without it, opening a saved page online while the
  // worker is stopped downloads the page again. Browsers without the Static Routing API skip this.
  if (typeof event.addRoutes === 'function') {
    try {
      event.waitUntil(Promise.resolve(event.addRoutes({ condition: { urlPattern: `${BASE}offline-manifest-*.json` }, source: 'network' })).catch(() => {}));
    } catch {
      // An older form of the API: the worker works as before.
    }
  }
  self.skipWaiting();
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const { type, lang } = event.data || {};
  const port = event.ports[0];
  const reply = (message) => port && port.postMessage(message);
  let work;
  if (type === 'save' && isLang(lang)) work = save(lang, reply).then((record) => reply({ type: 'done', files: Object.keys(record.files).length, version: record.version }));
  else if (type === 'remove') work = remove(isLang(lang) ? lang : undefined).then((left) => reply({ type: 'removed', left }));
  else if (type === 'status') work = copies().then((list) => reply({ type: 'status', copies: list.map(({ lang: l, version }) => ({ lang: l, version })) }));
  else return;
  event.waitUntil(work.catch((error) => reply({ type: 'error', message: String((error && error.message) || error) })));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const path = new URL(request.url).pathname;
  if (path === `${BASE}sw.js` || /\/offline-manifest-[\w-]+\.json$/.test(path)) return;
  event.respondWith(respond(event));
});

function isLang(lang) {
  return typeof lang === 'string' && /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(lang);
}

/** The complete saved copies: [{ name, lang, version }]. */
async function copies() {
  return (await caches.keys())
    .filter((name) => name.startsWith(PREFIX) && !name.endsWith('|partial'))
    .map((name) => {
      const [lang, version] = name.slice(PREFIX.length).split('|');
      return { name, lang, version };
    });
}

async function readRecord(cacheName) {
  const response = await (await caches.open(cacheName)).match(RECORD);
  return response ? response.json() : undefined;
}

async function fetchManifest(lang) {
  const response = await fetch(new URL(`offline-manifest-${lang}.json`, SCOPE), { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline-manifest-${lang}.json: ${response.status}`);
  return response.json();
}

/** SHA-256, first 12 hex digits: the same hash as the build's manifest (src/lib/offline/manifest.ts). */
async function hashOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, 12);
}

/**
 * Download one file, up to three tries. A copy whose hash is not the manifest's
 * (a stale copy in a CDN or the HTTP cache) is fetched again, bypassing caches;
 * if it stays different it is kept, and the next update check fetches it again.
 */
async function download(url, expected) {
  let got;
  let failure;
  for (const cache of ['no-cache', 'reload', 'reload']) {
    try {
      const response = await fetch(url, { cache, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const body = await response.arrayBuffer();
      // A new Response drops the "redirected" flag, which would stop a saved page from being shown.
      got = { response: new Response(body, { status: 200, statusText: 'OK', headers: response.headers }), hash: await hashOf(body) };
      if (got.hash === expected) return got;
    } catch (error) {
      failure = error;
    }
  }
  if (got) return got;
  throw failure;
}

/** Run `task` over `items`, `limit` at a time. */
async function pool(items, limit, task) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(workers);
}

/** Save (or bring up to date) one language; reports { type: 'progress', done, total }. */
async function save(lang, report = () => {}, known) {
  const manifest = known || (await fetchManifest(lang));
  const finalName = `${PREFIX}${lang}|${manifest.version}`;
  const partialName = `${finalName}|partial`;
  const partial = await caches.open(partialName);
  const previous = [];
  for (const copy of await copies()) {
    if (copy.lang !== lang) continue;
    previous.push({ name: copy.name, cache: await caches.open(copy.name), record: (await readRecord(copy.name)) || { files: {} } });
  }
  const entries = Object.entries(manifest.files);
  const hashes = {};
  let done = 0;
  report({ type: 'progress', done, total: entries.length });
  await pool(entries, PARALLEL, async ([path, expected]) => {
    const url = new URL(path, SCOPE).href;
    let stored = await partial.match(url);
    let hash = stored ? await hashOf(await stored.clone().arrayBuffer()) : undefined;
    if (hash !== expected) {
      const reuse = previous.find((p) => p.record.files[path] === expected);
      const kept = reuse && (await reuse.cache.match(url));
      if (kept) {
        await partial.put(url, kept);
        hash = expected;
      } else {
        const fresh = await download(url, expected);
        await partial.put(url, fresh.response);
        hash = fresh.hash;
      }
    }
    hashes[path] = hash;
    done += 1;
    report({ type: 'progress', done, total: entries.length });
  });
  const record = { lang, version: manifest.version, built: manifest.built, saved: new Date().toISOString(), files: hashes, offlinePages: manifest.offlinePages };
  await partial.put(RECORD, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  // Complete: copy into the final cache, then drop the partial and older copies.
  const final = await caches.open(finalName);
  for (const request of await partial.keys()) await final.put(request, await partial.match(request));
  await caches.delete(partialName);
  for (const p of previous) if (p.name !== finalName) await caches.delete(p.name);
  return record;
}

/** Remove the saved copy of one language (or all); returns the languages still saved. */
async function remove(lang) {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && (!lang || name.startsWith(`${PREFIX}${lang}|`))) await caches.delete(name);
  }
  return (await copies()).map((c) => c.lang);
}

let lastCheck = 0;
let checking;

/** When online, at most every few minutes: bring saved copies up to date with the published build. */
function checkForUpdates() {
  if (checking || Date.now() - lastCheck < CHECK_EVERY_MS) return checking || Promise.resolve();
  lastCheck = Date.now();
  checking = (async () => {
    const saved = await copies();
    for (const lang of new Set(saved.map((c) => c.lang))) {
      try {
        const manifest = await fetchManifest(lang);
        const current = saved.find((c) => c.lang === lang && c.version === manifest.version);
        const record = current && (await readRecord(current.name));
        const stale = !record || Object.entries(manifest.files).some(([path, hash]) => record.files[path] !== hash);
        if (stale) await save(lang, undefined, manifest);
      } catch {
        // Offline, or the site is unreachable: keep the saved copy as it is.
      }
    }
  })().finally(() => {
    checking = undefined;
  });
  return checking;
}

/** The URLs a request may be saved under: as asked, and as a folder URL (`x/` for `x` or `x/index.html`). */
function candidates(href) {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  const list = [url.href];
  if (url.pathname.endsWith('/index.html')) list.push(url.href.slice(0, -'index.html'.length));
  else if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) list.push(`${url.href}/`);
  return list;
}

async function lookup(href, saved) {
  for (const copy of saved) {
    const cache = await caches.open(copy.name);
    for (const url of candidates(href)) {
      const response = await cache.match(url, { ignoreSearch: true });
      if (response) return response;
    }
  }
  return undefined;
}

/** The saved "page not found" page in the language of the address (`/en/...`), or the default one. */
async function notFoundPage(href, saved) {
  const first = new URL(href).pathname.slice(BASE.length).split('/')[0];
  for (const path of [`${first}/404/`, '404.html']) {
    const response = await lookup(new URL(path, SCOPE).href, saved);
    if (response) return new Response(response.body, { status: 404, statusText: 'Not Found', headers: response.headers });
  }
  return undefined;
}

/** Each language's "Read offline" page (from a saved copy's record), or undefined for copies saved before it was kept. */
async function offlinePagesOf(saved) {
  for (const copy of saved) {
    const record = await readRecord(copy.name);
    if (record && record.offlinePages) return record.offlinePages;
  }
  return undefined;
}

/** The language of an address: its first folder when that is a language with its own folder (`en/`), else the default one. */
function langOfUrl(href, pages) {
  const rest = new URL(href).pathname.slice(BASE.length);
  const langs = Object.keys(pages);
  return langs.find((l) => pages[l].startsWith(`${l}/`) && rest.startsWith(`${l}/`)) || langs.find((l) => !pages[l].startsWith(`${l}/`));
}

/** Show or hide the elements carrying `attribute` on an HTML page; returns the page unchanged if it has none. */
function toggle(html, attribute, show) {
  const tag = new RegExp(`<[^>]*\\s${attribute}[\\s>][^>]*>`).exec(html);
  if (!tag) return html;
  const hidden = /\shidden(="")?(?=[\s>])/;
  if (show) return hidden.test(tag[0]) ? html.replace(tag[0], tag[0].replace(hidden, '')) : html;
  return hidden.test(tag[0]) ? html : html.replace(tag[0], tag[0].replace(/>$/, ' hidden>'));
}

/**
 * A page answered from a saved copy. In a saved language, the "Read offline" page shows its "already saved"
 * line (and remove button) instead of the save button, without any script on the page. In a language that
 * was not saved (its "Read offline" page is saved with every language), that page says so.
 */
async function markSaved(response, href, saved) {
  if (!(response.headers.get('content-type') || '').includes('html')) return response;
  const pages = await offlinePagesOf(saved);
  const lang = pages && langOfUrl(href, pages);
  const isSaved = !pages || saved.some((c) => c.lang === lang);
  const html = await response.clone().text();
  const shown = isSaved ? toggle(toggle(html, 'data-offline-saved', true), 'data-offline-save-action', false) : toggle(html, 'data-offline-not-saved', true);
  if (shown === html) return response;
  return new Response(shown, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Offline, a page of a language that was not saved: that language's "Read offline" page, saying so. */
async function notSavedPage(href, saved) {
  const pages = await offlinePagesOf(saved);
  const lang = pages && langOfUrl(href, pages);
  if (!lang || saved.some((c) => c.lang === lang)) return undefined;
  const url = new URL(pages[lang], SCOPE).href;
  const page = await lookup(url, saved);
  return page && markSaved(page, url, saved);
}

async function respond(event) {
  const { request } = event;
  const saved = await copies();
  if (!saved.length) return fetch(request);
  if (request.mode === 'navigate') event.waitUntil(checkForUpdates());
  const cached = await lookup(request.url, saved);
  if (cached) return request.mode === 'navigate' ? markSaved(cached, request.url, saved) : cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') {
      const page = (await notSavedPage(request.url, saved)) || (await notFoundPage(request.url, saved));
      if (page) return page;
    }
    throw error;
  }
}
