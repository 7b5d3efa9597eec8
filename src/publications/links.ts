/**
 * Where a link in a chapter goes in a publication. Inside a publication that holds the target page
 * (the whole book) a link becomes an in-document anchor; otherwise it points at the page online.
 */
import { findByKey, loadContentIndex } from '../lib/content-index.ts';
import type { Lang } from '../lib/languages.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { resolvePageLink } from '../lib/page-links.ts';

/** A link resolved for print: an in-document label, or a full address. */
export type PrintLink = { inside: string } | { url: string };

/** The label of a section in a publication: unique per page, `slug--anchor` (or `slug` for the page itself). */
export function printLabel(slug: string, anchor?: string): string {
  return anchor ? `${slug}--${anchor}` : slug;
}

/** The label of a glossary entry in a publication. */
export function glossaryLabel(id: string): string {
  return `glosarium--${id}`;
}

/**
 * Resolve `target` written on page `slug` in `lang`. `inDocument` says which page slugs the publication
 * holds; `page:` links to them and `#anchor` links become labels, anything else a full online address.
 */
export function resolvePrintLink(target: string, lang: Lang, slug: string, inDocument: (slug: string) => boolean): PrintLink {
  if (target.startsWith('#')) return { inside: printLabel(slug, target.slice(1)) };
  if (target.startsWith('page:')) {
    // One resolver for the check, the web build and the publications (src/lib/page-links.ts).
    const resolved = resolvePageLink(target, lang, (l, key) => findByKey(l, key, loadContentIndex()));
    const { link } = resolved;
    if (resolved.problem !== undefined) throw new Error(`${slug}: ${resolved.problem}`);
    const anchor = link.anchor ? `#${link.anchor}` : '';
    // The commitments register is a built page, not a content file: a publication links to it online.
    if (resolved.register) return { url: SITE_URL + href(link.lang, 'commitments') + anchor };
    const { page } = resolved;
    if (link.lang === lang && inDocument(page.slug)) return { inside: printLabel(page.slug, link.anchor) };
    return { url: SITE_URL + href(link.lang, page.kind, page.slug) + anchor };
  }
  if (/^https?:\/\//.test(target) || target.startsWith('mailto:')) return { url: target };
  if (target.startsWith('/')) return { url: SITE_URL + target };
  throw new Error(`${slug}: the link "${target}" cannot be printed. Use page:key, #anchor or a full https:// address.`);
}
