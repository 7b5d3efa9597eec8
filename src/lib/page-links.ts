/**
 * The rule for `page:` links, shared by the content check (src/checks/links.ts) and the build's link
 * plugin (src/markdown/handbook-plugins.ts), so both accept the same links and say the same thing about a
 * broken one: `page:key` names a page of the language, `#anchor` one of its sections; the commitments
 * register page (no content file) has its own fixed sections.
 */
import { parsePageLink, type PageLink } from './content-index.ts';
import { REGISTER_ANCHORS, REGISTER_PAGE_KEY } from './register.ts';
import type { Lang } from './languages.ts';

/** What a `page:` link leads to, or the author's mistake. */
export type ResolvedPageLink<P> =
  | { link: PageLink; page: P; register?: undefined; problem?: undefined }
  | { link: PageLink; register: true; page?: undefined; problem?: undefined }
  | { link: PageLink; problem: string; page?: undefined; register?: undefined };

/**
 * Resolve `url` (a `page:` link on a page in `pageLang`); `find` looks a page up by language and key.
 * A page that has the register's key wins over the register page.
 */
export function resolvePageLink<P extends { file: string; anchors: Set<string> }>(url: string, pageLang: Lang, find: (lang: Lang, key: string) => P | undefined): ResolvedPageLink<P> {
  const link = parsePageLink(url, pageLang);
  const page = find(link.lang, link.key);
  if (!page && link.key === REGISTER_PAGE_KEY) {
    if (link.anchor && !REGISTER_ANCHORS.has(link.anchor)) return { link, problem: `the link "${url}" points to #${link.anchor}, which the commitments register page does not have. Its sections are: ${[...REGISTER_ANCHORS].join(', ')}.` };
    return { link, register: true };
  }
  if (!page) return { link, problem: `the link "${url}" names no ${link.lang === 'id' ? 'Indonesian' : 'English'} page with key "${link.key}". Use the key from the target page's frontmatter.` };
  if (link.anchor && !page.anchors.has(link.anchor)) return { link, problem: `the link "${url}" points to #${link.anchor}, which ${page.file} does not have. Its anchors are: ${[...page.anchors].join(', ') || 'none'}.` };
  return { link, page };
}
