/**
 * A short link (/go/<key>/), loaded when the page is ready (data-mount="go"): where the browser says which
 * of the handbook's languages the reader prefers, open the page in that language at once (keeping the
 * #section). The page itself still offers both languages, and the page opened has the language switch.
 */

/** Open the preferred language's page; `list` holds one link per language (hreflang). */
export function mount(list: Element): void {
  for (const tag of navigator.languages || [navigator.language]) {
    const link = list.querySelector<HTMLAnchorElement>(`a[hreflang="${String(tag).slice(0, 2).toLowerCase()}"]`);
    if (link) {
      // replace(): "back" returns to where the reader came from, not to this page.
      location.replace(link.href + location.hash);
      return;
    }
  }
}
