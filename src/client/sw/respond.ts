/**
 * How the service worker answers a request: a saved file from the cache (short links and the search index
 * too, so search works in flight mode), anything else from the network. Offline, a page of a language that
 * was not saved gets that language's saved "Read offline" page saying so, with its save button; any other
 * unsaved page gets the saved "page not found" page, which has search.
 */
import { NOT_FOUND_FILE, NOT_FOUND_FOLDER } from '../../lib/offline/names.ts';
import { BASE, SCOPE, copies, readRecord, type Copy } from './copies.ts';
import type { FetchEvent } from './worker-types.ts';

/** The URLs a request may be saved under: as asked, and as a folder URL (`x/` for `x` or `x/index.html`). */
function candidates(href: string): string[] {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  const list = [url.href];
  if (url.pathname.endsWith('/index.html')) list.push(url.href.slice(0, -'index.html'.length));
  else if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) list.push(`${url.href}/`);
  return list;
}

async function lookup(href: string, saved: Copy[]): Promise<Response | undefined> {
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
async function notFoundPage(href: string, saved: Copy[]): Promise<Response | undefined> {
  const first = new URL(href).pathname.slice(BASE.length).split('/')[0];
  for (const path of [`${first}/${NOT_FOUND_FOLDER}/`, NOT_FOUND_FILE]) {
    const response = await lookup(new URL(path, SCOPE).href, saved);
    if (response) return new Response(response.body, { status: 404, statusText: 'Not Found', headers: response.headers });
  }
  return undefined;
}

/** Each language's "Read offline" page (from a saved copy's record), or undefined for copies saved before it was kept. */
async function offlinePagesOf(saved: Copy[]): Promise<Record<string, string> | undefined> {
  for (const copy of saved) {
    const record = await readRecord(copy.name);
    if (record && record.offlinePages) return record.offlinePages;
  }
  return undefined;
}

/** The language of an address: its first folder when that is a language with its own folder (`en/`), else the default one. */
function langOfUrl(href: string, pages: Record<string, string>): string | undefined {
  const rest = new URL(href).pathname.slice(BASE.length);
  const langs = Object.keys(pages);
  return langs.find((l) => pages[l].startsWith(`${l}/`) && rest.startsWith(`${l}/`)) || langs.find((l) => !pages[l].startsWith(`${l}/`));
}

/** Show or hide the elements carrying `attribute` on an HTML page; returns the page unchanged if it has none. */
function toggle(html: string, attribute: string, show: boolean): string {
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
async function markSaved(response: Response, href: string, saved: Copy[]): Promise<Response> {
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
async function notSavedPage(href: string, saved: Copy[]): Promise<Response | undefined> {
  const pages = await offlinePagesOf(saved);
  const lang = pages && langOfUrl(href, pages);
  if (!pages || !lang || saved.some((c) => c.lang === lang)) return undefined;
  const url = new URL(pages[lang], SCOPE).href;
  const page = await lookup(url, saved);
  return page && markSaved(page, url, saved);
}

/** Answer a request of the site: from a saved copy, else the network; offline, a saved page that explains. */
export async function respond(event: FetchEvent, checkForUpdates: () => Promise<void>): Promise<Response> {
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
