/**
 * The whole-handbook print page puts every chapter on one page, so the ids of one chapter must not clash
 * with another's, and links between chapters must point inside the page. This rewrites a chapter's rendered
 * HTML: every id (and `for`, `name`, `aria-*` reference) gets the chapter's prefix, every `#anchor` link the same
 * prefix, and every link to a page the print page holds becomes a link to that page's place on it.
 */
import { glossaryLabel, printLabel } from './links.ts';

/** How the print page finds in-page targets: the label of a page by its path (base included), if held. */
export interface PrintTargets {
  pageLabel(path: string): string | undefined;
  /** The path of the glossary page (base included). */
  glossaryPath: string;
}

const ID_ATTRIBUTES = /\s(id|for|name|aria-labelledby|aria-describedby|aria-controls|headers)="([^"]*)"/g;

/** Rewrite one page's rendered HTML for the print page (see the module comment); `shift` moves headings down that many levels. */
export function scopePageHtml(html: string, slug: string, targets: PrintTargets, shift = 0): string {
  let out = html.replace(ID_ATTRIBUTES, (_, name: string, value: string) => ` ${name}="${value.split(/\s+/).filter(Boolean).map((v) => printLabel(slug, v)).join(' ')}"`);
  out = out.replace(/\shref="([^"]*)"/g, (whole, target: string) => {
    const inside = inPageTarget(target, slug, targets);
    return inside === undefined ? whole : ` href="#${inside}"`;
  });
  // Many chapters have a "Tips" callout: on one page they are notes, not landmarks that would need unique names.
  out = out.replace(/<aside class="(callout|commitment-card)/g, '<div role="note" class="$1').replace(/<\/aside>/g, '</div>');
  if (shift) out = out.replace(/<(\/?)h([1-6])\b/g, (_, close: string, n: string) => `<${close}h${Math.min(6, Number(n) + shift)}`).replace(/\blevel-h([1-6])\b/g, (_, n: string) => `level-h${Math.min(6, Number(n) + shift)}`);
  return out;
}

/** The in-page id a link goes to on the print page, or undefined when it leaves the page. */
export function inPageTarget(target: string, slug: string, targets: PrintTargets): string | undefined {
  const amp = target.replace(/&amp;/g, '&');
  if (amp.startsWith('#')) return printLabel(slug, decodeURIComponent(amp.slice(1)));
  if (/^[a-z]+:/i.test(amp) || amp.startsWith('//')) return undefined;
  const [path, hash] = amp.split('#');
  if (path === targets.glossaryPath) return hash ? glossaryLabel(hash) : 'glosarium';
  const label = targets.pageLabel(path);
  if (label === undefined) return undefined;
  return hash ? printLabel(label, decodeURIComponent(hash)) : label;
}
