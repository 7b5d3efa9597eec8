/**
 * The only script that runs before the reader does anything. Minified at build time and inlined into every
 * page by src/components/Boot.astro; it must stay under 1 KB (tests/build/page-weight-budgets.test.ts), so it
 * keeps short aliases and leaves the work to the scripts it loads.
 * - Search ("Cari", "/" or Ctrl+K) opens the dialog at once in its loading state (data-s="l"), then loads
 *   assets/search.js; if that fails the dialog shows its failure message (data-s="f") with a retry.
 * - A control with data-act="<name>" loads assets/<name>.js on click and calls its act(control)
 *   (copy a section link, save for offline); an element with data-mount="<name>" loads it when the page
 *   is ready and calls mount(element) (the search page, short links, the register).
 * - A failed import() is not kept: the next attempt asks again with "?<n>", because browsers remember a
 *   module URL that failed.
 * - The language switch (data-lang-switch) keeps the #section; checklist ticks stay in this browser.
 */
import { STORAGE_PREFIX } from '../lib/offline/names.ts';

/** What a script loaded by the boot script may export. */
interface PageScript {
  open(): void;
  act(control: Element): void;
  mount(element: Element): void;
}

// esbuild wraps the bundle in a function of its own (format "iife"), so nothing here is global.
const doc = document;
const here = location;
const base = doc.documentElement.dataset.base;
const loading: Record<string, Promise<PageScript> | 0> = {};
let retries = 0;
let store: Storage | undefined;
/** Load assets/<name>.js once; a failure is forgotten, and the next attempt gets a new URL. */
const load = (name: string): Promise<PageScript> =>
  loading[name] ||
  (loading[name] = import(/* @vite-ignore */ base + 'assets/' + name + '.js' + (retries ? '?' + retries : '')).catch((error) => {
    retries++;
    throw ((loading[name] = 0), error);
  }));
const openSearch = (event: Event) => {
  event.preventDefault();
  const dialog = (self as unknown as Record<string, HTMLDialogElement>)['search-dialog'];
  dialog.dataset.s = 'l';
  dialog.open || dialog.showModal();
  load('search').then(
    (script) => script.open(),
    () => (dialog.dataset.s = 'f'),
  );
};
const key = (box: HTMLInputElement) => STORAGE_PREFIX + here.pathname + '#' + box.name;
const each = <E extends Element>(selector: string, run: (element: E) => void) => doc.querySelectorAll<E>(selector).forEach(run);
try {
  store = localStorage;
} catch (error) {
  // Storage switched off: ticks are not kept.
}
doc.onclick = (event) => {
  const control = (event.target as Element).closest<HTMLAnchorElement>('a,button');
  const data = control?.dataset || {};
  'searchOpen' in data
    ? openSearch(event)
    : data.act
      ? (event.preventDefault(), load(data.act).then((script) => script.act(control!)))
      : 'langSwitch' in data && (control!.hash = here.hash);
};
doc.onkeydown = (event) => {
  ((event.key == '/' && !(event.target as Element).closest('input,textarea,select,[contenteditable]')) || (event.key == 'k' && (event.ctrlKey || event.metaKey))) &&
    openSearch(event);
};
doc.onchange = (event) => {
  const box = event.target as HTMLInputElement;
  store && box.closest('[data-checklist]') && store.setItem(key(box), +box.checked as unknown as string);
};
doc.addEventListener('DOMContentLoaded', () => {
  each<HTMLElement>('[data-mount]', (element) => load(element.dataset.mount!).then((script) => script.mount(element)));
  store &&
    each<HTMLInputElement>('[data-checklist] input', (box) => {
      const saved = store!.getItem(key(box));
      saved && (box.checked = saved == '1');
    });
});
