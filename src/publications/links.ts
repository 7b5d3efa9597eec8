/**
 * Where a link in a chapter goes in a publication. Inside a publication that holds the target page
 * (the whole book) a link becomes an in-document anchor; otherwise it points at the page online.
 */
import { findByKey, loadContentIndex, parsePageLink } from '../lib/content-index.ts';
import type { Lang } from '../lib/languages.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { REGISTER_PAGE_KEY } from '../lib/register.ts';

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
    const link = parsePageLink(target, lang);
    const page = findByKey(link.lang, link.key, loadContentIndex());
    // The commitments register is a built page, not a content file: a publication links to it online.
    if (!page && link.key === REGISTER_PAGE_KEY) return { url: SITE_URL + href(link.lang, 'commitments') + (link.anchor ? `#${link.anchor}` : '') };
    if (!page) throw new Error(`${slug}: the link "${target}" names no page. Use a key from a page's frontmatter.`);
    if (link.lang === lang && inDocument(page.slug)) return { inside: printLabel(page.slug, link.anchor) };
    return { url: SITE_URL + href(link.lang, page.kind, page.slug) + (link.anchor ? `#${link.anchor}` : '') };
  }
  if (/^https?:\/\//.test(target) || target.startsWith('mailto:')) return { url: target };
  if (target.startsWith('/')) return { url: SITE_URL + target };
  throw new Error(`${slug}: the link "${target}" cannot be printed. Use page:key, #anchor or a full https:// address.`);
}
