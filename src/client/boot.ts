/**
 * The only script that runs before the reader does anything. Minified at build time and inlined into every
 * page by src/components/Boot.astro; it must stay under 1 KB (tests/build/page-weight-budgets.test.ts), so it
 * keeps short aliases and leaves the work to the scripts it loads.
 * - Search ("Cari", "/" or Ctrl+K) opens the dialog at once in its loading state (data-s="l"), then loads
 *   assets/search.js; if that fails the dialog shows its failure message (data-s="f") with a retry.
 *   A finger or mouse button on "Cari" (pointerdown) already starts loading it, before the click: search.js
 *   then fetches the engine, its WebAssembly and the index metadata at once (src/client/search/engine.ts).
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
const loading: Record<string, Promise<PageScript> | 0> = {};
let retries = 0;
let store: Storage | undefined;
/**
 * Load assets/<name>.js once. A failure is forgotten (the next attempt gets a new URL) and counts as handled
 * here, so a load started only to get ahead (pointerdown) leaves no unhandled rejection behind.
 */
const load = (name: string): Promise<PageScript> =>
  loading[name] ||
  ((loading[name] = import(/* @vite-ignore */ doc.documentElement.dataset.base + 'assets/' + name + '.js' + (retries ? '?' + retries : ''))).catch(() => (retries++, (loading[name] = 0))),
  loading[name] as Promise<PageScript>);
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
// A click runs a control; a pointerdown on "Cari" only starts loading search (the click that follows opens it).
doc.onclick = doc.onpointerdown = (event) => {
  const control = (event.target as Element).closest<HTMLAnchorElement>('a,button');
  // Not a control: the document stands in for an empty dataset (it has no such properties either).
  const data = control?.dataset || (doc as unknown as DOMStringMap);
  // "click" sorts before "p", "pointerdown" does not.
  const click = event.type < 'p';
  'searchOpen' in data
    ? click
      ? openSearch(event)
      : load('search')
    : data.act
      ? click && (event.preventDefault(), load(data.act).then((script) => script.act(control!)))
      : 'langSwitch' in data && (control!.hash = here.hash);
};
doc.onkeydown = (event) => {
  // ":read-write": a text box, text area or editable element, where "/" is a character.
  ((event.key == '/' && !(event.target as Element).matches(':read-write')) || (event.key == 'k' && (event.ctrlKey || event.metaKey))) &&
    openSearch(event);
};
doc.onchange = ({ target }) =>
  store && (target as Element).closest('[data-checklist]') && store.setItem(key(target as HTMLInputElement), +(target as HTMLInputElement).checked as unknown as string);
doc.addEventListener('DOMContentLoaded', () => {
  each<HTMLElement>('[data-mount]', (element) => load(element.dataset.mount!).then((script) => script.mount(element)));
  store &&
    each<HTMLInputElement>('[data-checklist] input', (box) => {
      const saved = store!.getItem(key(box));
      saved && (box.checked = (saved as unknown as number) > 0);
    });
});
