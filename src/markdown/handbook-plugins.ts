/**
 * The handbook's own MDX transforms, written as Sätteri hast plugins so they run inside Astro's native
 * Markdown pipeline: first the author components (from the registry in src/mdx/, each a tag a plugin turns
 * into plain HTML, so no component JavaScript reaches the reader), then `page:` links, section anchors and
 * scrollable tables.
 */
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { t } from '../lib/i18n.ts';
import { ANCHOR_ID, findByKey, headingWithoutAnchor, loadContentIndex, malformedAnchor } from '../lib/content-index.ts';
import { resolvePageLink } from '../lib/page-links.ts';
import { href } from '../lib/routes.ts';
import { chapterNumbers } from './chapter-numbers.ts';
import { ContentError, componentHastPlugins, fileOf, langOf } from '../mdx/hast.ts';
import { el, text, type HastNode } from '../mdx/types.ts';

type Node = HastNode;

function fail(ctx: HastVisitorContext, node: Node, message: string): never {
  throw new ContentError(fileOf(ctx), node.position?.start.line, message);
}

/** `page:key#anchor` links resolve to the same-language page (`page:en/key` on purpose to the other one); external links get safe `rel`. */
const links = defineHastPlugin({
  name: 'pedoman:links',
  options: { position: true },
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const target = String((node as Node).properties?.href ?? '');
      if (target.startsWith('page:')) {
        const resolved = resolvePageLink(target, langOf(ctx), (lang, key) => findByKey(lang, key, loadContentIndex()));
        if (resolved.problem) fail(ctx, node as Node, resolved.problem);
        const { link, page } = resolved;
        if (!page) ctx.setProperty(node, 'href', href(link.lang, 'commitments') + (link.anchor ? `#${link.anchor}` : ''));
        else {
          ctx.setProperty(node, 'href', href(link.lang, page.kind, page.slug) + (link.anchor ? `#${link.anchor}` : ''));
          // On paper a link cannot be followed: print says which chapter it means ("lihat Bab 3.2").
          const number = page.kind === 'chapter' ? chapterNumbers(link.lang).get(page.slug) : undefined;
          if (number) ctx.setProperty(node, 'dataSee', t(langOf(ctx), 'reader.printSee', { n: number }));
        }
        if (link.explicitLang) ctx.setProperty(node, 'hreflang', link.lang);
      } else if (/^https?:\/\//.test(target)) {
        ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        ctx.setProperty(node, 'className', ['external']);
      }
    },
  },
});

/** Every h2/h3 needs an explicit anchor and gets a visible copy-link control. */
const sectionAnchors = defineHastPlugin({
  name: 'pedoman:section-anchors',
  options: { position: true },
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const n = node as Node;
      const id = n.properties?.id;
      const title = ctx.textContent(node).trim();
      const lang = langOf(ctx);
      if (id === 'footnote-label') {
        ctx.replaceNode(node, el(n.tagName!, { id, className: ['footnotes-title'] }, [text(t(lang, 'footnotes.title'))]) as never);
        return;
      }
      if (typeof id !== 'string' || !id) {
        fail(ctx, n, headingWithoutAnchor(title, Number(n.tagName![1])));
      }
      if (!ANCHOR_ID.test(id)) fail(ctx, n, malformedAnchor(id));
      ctx.wrapNode(node, el('div', { className: ['heading-wrapper', `level-${n.tagName}`] }, [
        // Kept out of the search index, where its "#" would show in excerpts after every heading.
        el('a', { className: ['anchor-link'], href: `#${id}`, dataAct: 'copy-link', dataPagefindIgnore: '', ariaLabel: t(lang, 'anchor.copy', { title }) }, [
          el('span', { ariaHidden: 'true' }, [text('#')]),
        ]),
      ]) as never);
    },
  },
});

/** Wide tables scroll sideways inside a focusable, labelled region, so keyboard users can scroll them too. */
const scrollableTables = defineHastPlugin({
  name: 'pedoman:scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      // role="group" names the scroll area without adding a landmark for every table.
      ctx.wrapNode(node, el('div', { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: t(langOf(ctx), 'table.label') }) as never);
    },
  },
});

/** The plugins in run order: check and expand the author components, then links and anchors. */
export const handbookHastPlugins = [...componentHastPlugins, links, sectionAnchors, scrollableTables];
