/**
 * Pedoman OGP service worker: "Save for offline reading" on phones. Bundled by esbuild into `sw.js` at the
 * site root (src/lib/site-scripts.ts), so its scope is the whole site.
 *
 * Registered only when a reader presses the button on the "Baca offline / Read offline" page
 * (src/client/offline.ts); until then nothing is stored.
 * - save: downloads every file listed in offline-manifest-<lang>.json (pages, styles, scripts, the language's
 *   search index) into the Cache API, with progress messages to the page. Files go to a "|partial" cache
 *   first, so a broken connection loses nothing: pressing the button again resumes (copies.ts).
 * - serve: see respond.ts.
 * - update: when a page is opened online, the manifests are fetched again; if a new build changed any file
 *   (the manifest lists a hash per file), only the changed files are downloaded and the copy is swapped
 *   when complete.
 * - clean up: when a new version of this worker takes over, partial copies that can never be finished (an
 *   older version's, or one already saved complete) are deleted. Removing a copy is done by the page
 *   itself (offline.ts), which works even when the worker is not running.
 */
import { MANIFEST_PATH, MANIFEST_URL_PATTERN, SERVICE_WORKER_FILE } from '../../lib/offline/names.ts';
import { BASE, SCOPE, copies, dropStalePartials, fetchManifest, readRecord, save } from './copies.ts';
import type { SaveRequest, WorkerReply } from './messages.ts';
import { respond } from './respond.ts';
import { worker, type RouterRule } from './worker-types.ts';

const CHECK_EVERY_MS = 5 * 60 * 1000;

worker.addEventListener('install', (event) => {
  if (typeof event.addRoutes === 'function') {
    try {
      event.waitUntil(Promise.resolve(event.addRoutes(ROUTES)).catch(() => {}));
    } catch {
      // An older form of the API: the worker works as before.
    }
  }
  worker.skipWaiting();
});

/**
 * The worker's static routes, which also opt out of Chromium's ServiceWorkerAutoPreload (on by default in
 * Chromium 153): while a stopped worker starts, Chromium sends a page's navigation to the network too, so a
 * reader opening a saved page online downloads it again. The manifests (which this worker never answers) go
 * to the network. A "network" route alone does not stop the preload (measured on Chromium 147 with the
 * feature switched on, and on 153); a route that sends navigations, explicitly, to the fetch handler below
 * does. Browsers without the Static Routing API skip this and work as before.
 */
const ROUTES: RouterRule[] = [
  { condition: { urlPattern: `${BASE}${MANIFEST_URL_PATTERN}` }, source: 'network' },
  { condition: { requestMode: 'navigate' }, source: 'fetch-event' },
];

worker.addEventListener('activate', (event) => event.waitUntil(Promise.all([worker.clients.claim(), dropStalePartials().catch(() => {})])));

worker.addEventListener('message', (event) => {
  const { type, lang } = (event.data || {}) as Partial<SaveRequest>;
  const port = event.ports[0];
  const reply = (message: WorkerReply) => port && port.postMessage(message);
  if (type !== 'save' || !isLang(lang)) return;
  const work = save(lang, reply).then((record) => reply({ type: 'done', files: Object.keys(record.files).length, version: record.version }));
  event.waitUntil(work.catch((error) => reply({ type: 'error', message: String((error && error.message) || error) })));
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const path = new URL(request.url).pathname;
  if (path === `${BASE}${SERVICE_WORKER_FILE}` || MANIFEST_PATH.test(path)) return;
  event.respondWith(respond(event, checkForUpdates));
});

function isLang(lang: unknown): lang is string {
  return typeof lang === 'string' && /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(lang);
}

let lastCheck = 0;
let checking: Promise<void> | undefined;

/** When online, at most every few minutes: bring saved copies up to date with the published build. */
function checkForUpdates(): Promise<void> {
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
