/**
 * A page's mdast as XHTML for the EPUB edition: one file per chapter, links between chapters pointing at
 * their files, glossary terms at the glossary file, footnotes as EPUB footnotes at the end of the file.
 * Author components take their EPUB forms from print-forms.ts.
 */
import { resolvePrintLink } from './links.ts';
import { findByKey, loadContentIndex, parsePageLink } from '../lib/content-index.ts';
import { href } from '../lib/routes.ts';
import { SITE_URL } from '../lib/site.ts';
import { printFormOf, xmlText, type XhtmlContext } from './print-forms.ts';
import { visit, type MdNode } from './mdast.ts';
import type { PubPage } from './source.ts';

/** The EPUB file name of a page: `bab-<slug>.xhtml`. */
export function epubFile(slug: string): string {
  return `bab-${slug}.xhtml`;
}

/** The EPUB path of an image from content/images (PNG for an AVIF file). */
export function epubImage(src: string): string {
  const name = src.replace(/^.*\/images\//, '');
  // AVIF is not an EPUB core media type: such an image is converted to PNG (see epub.ts).
  return `images/${name}${/\.avif$/i.test(name) ? '.png' : ''}`;
}

/** Renders one page's body as XHTML. */
export class XhtmlRenderer implements XhtmlContext {
  readonly page: PubPage;
  readonly lang: PubPage['lang'];
  readonly images = new Set<string>();
  private footnotes = new Map<string, MdNode>();
  private used: string[] = [];
  private holds: (slug: string) => boolean;

  constructor(page: PubPage, holds: (slug: string) => boolean) {
    this.page = page;
    this.lang = page.lang;
    this.holds = holds;
    visit(page.tree, (n) => {
      if (n.type === 'footnoteDefinition' && n.identifier) this.footnotes.set(n.identifier, n);
    });
  }

  termHref(id: string): string {
    return `glosarium.xhtml#${id}`;
  }

  private link(url: string): string {
    if (url.startsWith('#')) return url;
    if (url.startsWith('page:')) {
      const link = parsePageLink(url, this.lang);
      const page = findByKey(link.lang, link.key, loadContentIndex());
      if (page && link.lang === this.lang && this.holds(page.slug)) return `${epubFile(page.slug)}${link.anchor ? `#${link.anchor}` : ''}`;
      // Anything the book does not hold (the other language, the register) is linked online, as in the PDF.
      const online = resolvePrintLink(url, this.lang, this.page.slug, () => false);
      return 'url' in online ? online.url : url;
    }
    return url.startsWith('/') ? SITE_URL + url : url;
  }

  inline(nodes: MdNode[]): string {
    return nodes.map((n) => {
      switch (n.type) {
        case 'text': return xmlText(n.value ?? '');
        case 'inlineCode': return `<code>${xmlText(n.value ?? '')}</code>`;
        case 'strong': return `<strong>${this.inline(n.children ?? [])}</strong>`;
        case 'emphasis': return `<em>${this.inline(n.children ?? [])}</em>`;
        case 'delete': return `<del>${this.inline(n.children ?? [])}</del>`;
        case 'break': return '<br/>';
        case 'link': return `<a href="${xmlText(this.link(n.url ?? ''))}">${this.inline(n.children ?? [])}</a>`;
        case 'footnoteReference': {
          const id = n.identifier ?? '';
          if (!this.used.includes(id)) this.used.push(id);
          const number = this.used.indexOf(id) + 1;
          return `<a epub:type="noteref" role="doc-noteref" id="fnref-${xmlText(id)}" href="#fn-${xmlText(id)}"><sup>${number}</sup></a>`;
        }
        case 'image': {
          const src = epubImage(n.url ?? '');
          this.images.add(n.url ?? '');
          return `<img src="${xmlText(src)}" alt="${xmlText(n.alt ?? '')}"/>`;
        }
        case 'mdxJsxTextElement': return printFormOf(n, this.page.slug).xhtml(n, this);
        case 'mdxTextExpression': return '';
        default: throw new Error(`${this.page.slug}:${n.position?.start.line ?? '?'}: the EPUB edition has no form for inline "${n.type}".`);
      }
    }).join('');
  }

  blocks(nodes: MdNode[]): string {
    return nodes.map((n) => {
      switch (n.type) {
        case 'paragraph': return `<p>${this.inline(n.children ?? [])}</p>\n`;
        case 'heading': {
          const level = Math.min(6, (n.depth ?? 2));
          return `<h${level}${n.anchor ? ` id="${xmlText(n.anchor)}"` : ''}>${this.inline(n.children ?? [])}</h${level}>\n`;
        }
        case 'list': {
          const tag = n.ordered ? 'ol' : 'ul';
          const items = (n.children ?? []).map((item) => {
            const box = item.checked === true || item.checked === false ? '<span class="box" aria-hidden="true">\u2610</span> ' : '';
            const kids = item.children ?? [];
            const body = kids.length === 1 && kids[0].type === 'paragraph' ? this.inline(kids[0].children ?? []) : this.blocks(kids);
            return `<li>${box}${body}</li>`;
          });
          return `<${tag}${n.ordered && n.start && n.start !== 1 ? ` start="${n.start}"` : ''}>${items.join('')}</${tag}>\n`;
        }
        case 'table': {
          const [head, ...rows] = n.children ?? [];
          const cells = (row: MdNode, tag: string) => `<tr>${(row.children ?? []).map((c) => `<${tag}>${this.inline(c.children ?? [])}</${tag}>`).join('')}</tr>`;
          return `<table><thead>${head ? cells(head, 'th') : ''}</thead><tbody>${rows.map((r) => cells(r, 'td')).join('')}</tbody></table>\n`;
        }
        case 'blockquote': return `<blockquote>${this.blocks(n.children ?? [])}</blockquote>\n`;
        case 'thematicBreak': return '<hr/>\n';
        case 'code': return `<pre><code>${xmlText(n.value ?? '')}</code></pre>\n`;
        case 'footnoteDefinition': case 'mdxFlowExpression': case 'html': case 'yaml': return '';
        case 'mdxJsxFlowElement': return printFormOf(n, this.page.slug).xhtml(n, this);
        default: throw new Error(`${this.page.slug}:${n.position?.start.line ?? '?'}: the EPUB edition has no form for "${n.type}".`);
      }
    }).join('');
  }

  /** The footnotes referenced so far, as EPUB footnotes. */
  notes(): string {
    if (!this.used.length) return '';
    return `<section class="footnotes" epub:type="footnotes">${this.used.map((id) => `<aside epub:type="footnote" role="doc-footnote" id="fn-${xmlText(id)}">${this.blocks(this.footnotes.get(id)?.children ?? [])}</aside>`).join('')}</section>\n`;
  }
}
