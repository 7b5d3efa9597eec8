/**
 * Search, loaded only when a reader opens it (assets/search.js): the dialog opened by the boot script
 * ("Cari", "/" or Ctrl+K), and the live search on the search page and the 404 page (data-mount="search").
 * Without this script the form goes to the search page with ?q=.
 */
import { engine, forgetEngine, indexArrived, prefetchIndex, prefetchWholeIndex, resultTitles, type Engine, type ResultData } from './engine.ts';
import { correction } from './suggest.ts';

const d = document;
const base = d.documentElement.dataset.base || '/';

/** The search UI's texts, from the dialog's or search page's data-* attributes. */
interface Labels {
  loading?: string;
  noResults?: string;
  results?: string;
  typeChapter?: string;
  typeCaseStudy?: string;
  typeCommitment?: string;
  typeGlossary?: string;
  suggest?: string;
}

/** A search UI once wired: `retry()` repeats the search. */
type SearchRoot = HTMLElement & { retry?: () => void };

/** The element whose data-s says what the reader sees: "l" loading, "f" failed, none ready. */
const holderOf = (root: HTMLElement): HTMLElement => root.closest('dialog') || root;

const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Wire one search UI (the dialog or an in-page search) inside `root`, labels read from `labels`. */
function bind(root: SearchRoot, labels: Labels): SearchRoot {
  if (root.dataset.bound) return root;
  root.dataset.bound = '1';
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  // "Maksud Anda: …?": a word of the site's own for a word that is on no page (a typing mistake).
  const suggest = d.createElement('p');
  suggest.className = 'search-suggest';
  suggest.hidden = true;
  status.after(suggest);
  suggest.addEventListener('click', (e) => {
    const pick = (e.target as Element).closest('button');
    if (!pick) return;
    input.value = pick.textContent ?? '';
    run();
    input.focus();
  });
  let seq = 0;
  // The query and filter the list shows or is loading; asking again for the same does nothing.
  let current = '';
  const typeLabel = (t: string | undefined) => (t === 'caseStudy' ? labels.typeCaseStudy : t === 'commitment' ? labels.typeCommitment : t === 'glossary' ? labels.typeGlossary : labels.typeChapter);

  async function run() {
    const q = input.value.trim();
    // The index chunks of the words typed so far start downloading now, even while the engine is on its way.
    prefetchIndex(q);
    const type = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value;
    // An event that changes nothing (the box's "change" when focus leaves it for a result) must not
    // redraw the list under the reader.
    if (`${q}\n${type ?? ''}` === current) return;
    current = `${q}\n${type ?? ''}`;
    const id = ++seq;
    delete list.dataset.query;
    suggest.hidden = true;
    if (!q) {
      list.innerHTML = '';
      status.textContent = '';
      return;
    }
    status.textContent = labels.loading ?? '';
    try {
      await show(id, q, type);
      // After the results (and not for words typed over since): the word list must not slow them down on slow data.
      if (id === seq) offerCorrection(id, q);
    } catch {
      // The connection dropped: say so, with a retry and the search page. The next attempt loads again.
      if (id !== seq) return;
      forgetEngine();
      current = '';
      status.textContent = '';
      holderOf(root).dataset.s = 'f';
    }
  }

  /** Show "Maksud Anda: …?" when a word of the query is on no page and a close one is. */
  async function offerCorrection(id: number, q: string) {
    const better = await correction(q, base, d.documentElement.lang);
    if (id !== seq || !better) return;
    const [before, after] = (labels.suggest ?? '').split('{q}');
    suggest.innerHTML = `${esc(before)}<button type="button" class="link-button">${esc(better)}</button>${esc(after ?? '')}`;
    suggest.hidden = false;
  }

  async function show(id: number, q: string, type: string | undefined) {
    const pf = await engine();
    holderOf(root).removeAttribute('data-s');
    // Typed over while the engine loaded: only the latest words are searched (each search loads index chunks).
    if (id !== seq) return;
    const before = q.split(/\s+/).slice(0, -1).join(' ');
    let settled = false;
    // On slow data the last word's index chunk may still be on its way: meanwhile, the words before it.
    // (If the connection drops meanwhile, the whole query's search says so.)
    if (before && !indexArrived(q) && indexArrived(before)) meanwhile(pf, before, type, () => id === seq && !settled).catch(() => {});
    // No debounce: Pagefind answers in tens of milliseconds, and stale answers are dropped by `seq`.
    const [search, titles] = await Promise.all([pf.search(q, type ? { filters: { type } } : {}), resultTitles()]);
    if (id !== seq) return;
    // Eight results fill a phone screen; each one more is another fragment to download.
    const shown = search.results.slice(0, 8);
    settled = true;
    status.textContent = (shown.length ? labels.results?.replace('{n}', String(search.results.length)) : labels.noResults) ?? '';
    if (!shown.length) {
      list.innerHTML = '';
      list.dataset.query = q;
      return;
    }
    const pending = shown.map((r) => r.data());
    if (titles && shown.every((r) => titles[r.id])) {
      // Titles at once, from the build's list; each excerpt and its sections fill in as its fragment arrives.
      list.innerHTML = shown.map((r) => `<li>${head(titles[r.id][2], pageUrl(titles[r.id][0]), titles[r.id][1])}<p class="result-excerpt"></p></li>`).join('');
      await Promise.all(
        pending.map(async (p, i) => {
          const r = await p;
          if (id !== seq) return;
          const li = list.children[i];
          li.querySelector('.result-title')!.setAttribute('href', r.url);
          li.querySelector('.result-excerpt')!.outerHTML = body(r);
        }),
      );
      if (id !== seq) return;
    } else {
      // The fragments download together; each result appears once it and those above it have arrived,
      // replacing the previous list at the first one.
      for (const [i, p] of pending.entries()) {
        const r = await p;
        if (id !== seq) return;
        if (i === 0) list.innerHTML = item(r);
        else list.insertAdjacentHTML('beforeend', item(r));
      }
    }
    // Which query these results answer (lets tests and assistive tools know the list is settled).
    list.dataset.query = q;
    prefetchWholeIndex();
  }

  /** The titles of what `words` find, shown while `current()` holds (until the whole query's results come). */
  async function meanwhile(pf: Engine, words: string, type: string | undefined, current: () => boolean) {
    const [search, titles] = await Promise.all([pf.search(words, type ? { filters: { type } } : {}), resultTitles()]);
    const shown = search.results.slice(0, 8);
    if (!current() || !titles || !shown.length || !shown.every((r) => titles[r.id])) return;
    list.innerHTML = shown.map((r) => `<li>${head(titles[r.id][2], pageUrl(titles[r.id][0]), titles[r.id][1])}</li>`).join('');
  }

  /** A page address as Pagefind makes it from a fragment's URL (the site's base in front). */
  const pageUrl = (url: string) => `${base}/${url}`.replace(/\/+/g, '/');

  /** A result's type and title link. */
  const head = (type: string | undefined, url: string, title: string) =>
    `<span class="result-type">${esc(typeLabel(type))}</span><br><a class="result-title" href="${esc(url)}">${esc(title)}</a>`;

  /** One result: its type, title link, excerpt (Pagefind's, with <mark>) and its three best-matching sections. */
  function item(r: ResultData) {
    return `<li>${head(r.filters?.type?.[0], r.url, r.meta?.title || r.url)}${body(r)}</li>`;
  }

  /** A result's excerpt and its three best-matching sections. */
  function body(r: ResultData) {
    const subs = (r.sub_results || [])
      .filter((s) => s.url !== r.url && s.url.includes('#'))
      .map((s, i) => ({ s, i, score: (s.weighted_locations || []).reduce((n, l) => n + (l.balanced_score || 0), 0) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, 3)
      .map(({ s }) => s);
    return (
      `<p class="result-excerpt">${midSentence(r) ? '…' : ''}${r.excerpt}</p>` +
      (subs.length ? `<ul>${subs.map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a></li>`).join('')}</ul>` : '')
    );
  }

  input.addEventListener('input', run);
  // The filters; the box's own "change" (when focus leaves it) must not search again under the reader.
  form.addEventListener('change', (e) => {
    if (e.target !== input) run();
  });
  // Without this script the form goes to the search page with ?q=; so does its "search page" button.
  form.addEventListener('submit', (e) => {
    if (e.submitter?.hasAttribute('data-search-page-link')) return;
    e.preventDefault();
    list.querySelector('a')?.focus();
  });
  root.retry = () => {
    current = '';
    run();
  };
  // Arrow keys move between the input and the result links.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links: HTMLElement[] = [input, ...list.querySelectorAll('a')];
    const i = links.indexOf(d.activeElement as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
  return root;
}

function labelsOf(el: HTMLElement): Labels {
  const s = el.dataset;
  return { loading: s.loading, noResults: s.noResults, results: s.results, typeChapter: s.typeChapter, typeCaseStudy: s.typeCaseStudy, typeCommitment: s.typeCommitment, typeGlossary: s.typeGlossary, suggest: s.suggest };
}

/** Whether a result's excerpt starts inside a sentence of the page's text (it then begins with "…"). */
function midSentence(r: ResultData): boolean {
  const words = (s: string) => String(s).replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, ' ').split(/\s+/).filter(Boolean);
  const excerpt = words(r.excerpt);
  if (!excerpt.length) return false;
  const content = words(r.content || '');
  const head = excerpt.slice(0, 4).join(' ');
  for (let i = 0; i < content.length; i++) {
    if (content.slice(i, i + 4).join(' ') === head) return i > 0 && !/[.!?:…]["”’)]?$/.test(content[i - 1]);
  }
  return /^\p{Ll}/u.test(excerpt[0]);
}

/**
 * Open the search dialog and focus its input. The page's boot script has already opened it in its
 * loading state; this shows the box once the engine is ready, or the failure message, and searches
 * for whatever the reader typed meanwhile.
 */
export function open(): void {
  const dialog = d.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  // Start loading the engine before any DOM work: it is the slow part of a first search.
  const ready = engine();
  const root = bind(dialog.querySelector<HTMLElement>('[data-search-root]')!, labelsOf(dialog));
  ready.then(
    () => dialog.removeAttribute('data-s'),
    () => {
      dialog.dataset.s = 'f';
      // A search typed meanwhile fails a moment later; until then its status must not still say "Loading search…".
      dialog.querySelector<HTMLElement>('[data-search-status]')!.textContent = '';
    },
  );
  if (!root.querySelector<HTMLElement>('[data-search-results]')!.dataset.query) root.retry!();
  if (!dialog.dataset.wired) {
    dialog.dataset.wired = '1';
    dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  root.querySelector<HTMLInputElement>('[data-search-input]')!.focus();
}

// This script is loaded when the reader shows the intent to search (src/client/boot.ts): start the engine now.
engine().catch(() => {
  // Shown, and tried again, when the reader searches.
});

/** Turn the search box on the search page and the 404 page into a live search. */
export function mount(): void {
  const page = d.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  engine();
  bind(page, labelsOf(page));
  const q = new URLSearchParams(location.search).get('q');
  const input = page.querySelector<HTMLInputElement>('[data-search-input]')!;
  // Words from the address, or typed before this script arrived.
  if (q) input.value = q;
  if (input.value) input.dispatchEvent(new Event('input'));
}

/** "Try again" on the search page (data-act="search"): load the engine again and repeat the search. */
export function act(button: Element): void {
  const root = (button.closest<HTMLElement>('[data-search-page]') || d.querySelector<HTMLElement>('[data-search-root]')) as SearchRoot;
  holderOf(root).removeAttribute('data-s');
  root.retry?.();
}
