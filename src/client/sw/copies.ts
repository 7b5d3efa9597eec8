/**
 * The saved copies in the Cache API: where they are, how their files are hashed, how one language is saved
 * or brought up to date. Cache names: "pedoman-ogp|<base path>|<lang>|<version>" (complete) and the same with
 * "|partial" while downloading (src/lib/offline/names.ts).
 */
import { PARTIAL_SUFFIX, SAVED_RECORD, cachePrefix, manifestName } from '../../lib/offline/names.ts';
import type { OfflineManifest } from '../../lib/offline/manifest.ts';
import { hashOf } from './hash.ts';
import type { WorkerReply } from './messages.ts';
import { worker } from './worker-types.ts';

/** The worker's scope URL (the site's base, with origin). */
export const SCOPE = worker.registration.scope;
/** The site's base path. */
export const BASE = new URL(SCOPE).pathname;
/** Start of this site's cache names. */
export const PREFIX = cachePrefix(BASE);
const RECORD = new URL(SAVED_RECORD, SCOPE).href;
const PARALLEL = 6;

/** What a saved copy records about itself (kept in its cache as SAVED_RECORD): its manifest, less the size, and when it was saved. */
export type SavedRecord = Omit<OfflineManifest, 'bytes'> & { saved: string };

/** One cache of this site: a complete copy, or a partial one being downloaded. */
export interface Copy {
  name: string;
  lang: string;
  version: string;
}

/** Every cache of this site, complete ones and (with `partial`) the ones being downloaded. */
async function cachesOfSite(partial: boolean): Promise<Copy[]> {
  return (await caches.keys())
    .filter((name) => name.startsWith(PREFIX) && name.endsWith(PARTIAL_SUFFIX) === partial)
    .map((name) => {
      const [lang, version] = name.slice(PREFIX.length).split('|');
      return { name, lang, version };
    });
}

/** The complete saved copies. */
export const copies = () => cachesOfSite(false);
/** The copies whose download has not finished (an interrupted save, or one in progress). */
export const partialCopies = () => cachesOfSite(true);

/** The record of a saved copy, if it has one. */
export async function readRecord(cacheName: string): Promise<SavedRecord | undefined> {
  const response = await (await caches.open(cacheName)).match(RECORD);
  return response ? response.json() : undefined;
}

/** The published manifest of a language, never from a cache. */
export async function fetchManifest(lang: string): Promise<OfflineManifest> {
  const response = await fetch(new URL(manifestName(lang), SCOPE), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${manifestName(lang)}: ${response.status}`);
  return response.json();
}

/**
 * Download one file, up to three tries. A copy whose hash is not the manifest's
 * (a stale copy in a CDN or the HTTP cache) is fetched again, bypassing caches;
 * if it stays different it is kept, and the next update check fetches it again.
 */
async function download(url: string, expected: string): Promise<{ response: Response; hash: string }> {
  let got: { response: Response; hash: string } | undefined;
  let failure: unknown;
  for (const cache of ['no-cache', 'reload', 'reload'] as const) {
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
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(workers);
}

/** Save (or bring up to date) one language; reports { type: 'progress', done, total }. */
export async function save(lang: string, report: (reply: WorkerReply) => void = () => {}, known?: OfflineManifest): Promise<SavedRecord> {
  const manifest = known || (await fetchManifest(lang));
  const finalName = `${PREFIX}${lang}|${manifest.version}`;
  const partialName = `${finalName}${PARTIAL_SUFFIX}`;
  const partial = await caches.open(partialName);
  const previous: { name: string; cache: Cache; record: Pick<SavedRecord, 'files'> }[] = [];
  for (const copy of await copies()) {
    if (copy.lang !== lang) continue;
    previous.push({ name: copy.name, cache: await caches.open(copy.name), record: (await readRecord(copy.name)) || { files: {} } });
  }
  const entries = Object.entries(manifest.files);
  const hashes: Record<string, string> = {};
  let done = 0;
  report({ type: 'progress', done, total: entries.length });
  await pool(entries, PARALLEL, async ([path, expected]) => {
    const url = new URL(path, SCOPE).href;
    const stored = await partial.match(url);
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
  const record: SavedRecord = { lang, version: manifest.version, built: manifest.built, saved: new Date().toISOString(), files: hashes, offlinePages: manifest.offlinePages };
  await partial.put(RECORD, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  // Complete: copy into the final cache, then drop the partial and older copies (complete or partial).
  const final = await caches.open(finalName);
  for (const request of await partial.keys()) await final.put(request, (await partial.match(request))!);
  await caches.delete(partialName);
  for (const p of previous) if (p.name !== finalName) await caches.delete(p.name);
  for (const p of await partialCopies()) if (p.lang === lang) await caches.delete(p.name);
  return record;
}

/**
 * Drop the partial copies no save can finish any more: those of a version that is no longer the published
 * one, or of a version already saved complete. Where a language's manifest cannot be fetched (offline), its
 * partial copies are kept, so pressing "save" again later still resumes.
 */
export async function dropStalePartials(): Promise<void> {
  const complete = new Set((await copies()).map((c) => c.name));
  const published = new Map<string, Promise<string | undefined>>();
  for (const p of await partialCopies()) {
    if (!published.has(p.lang)) published.set(p.lang, fetchManifest(p.lang).then((m) => m.version, () => undefined));
    const current = await published.get(p.lang);
    const finished = complete.has(p.name.slice(0, -PARTIAL_SUFFIX.length));
    if (finished || (current !== undefined && current !== p.version)) await caches.delete(p.name);
  }
}
