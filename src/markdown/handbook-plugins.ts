/**
 * The handbook's own MDX transforms, written as Sätteri hast plugins so they run
 * inside Astro's native Markdown pipeline. Each author component (Callout, Steps,
 * Checklist, Term, Lang, Commitment) is a tag that a plugin turns into plain HTML: no component
 * JavaScript reaches the reader, and an unknown tag fails the build with its line.
 */
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { LANGUAGE_CODE, langOfContentPath, otherLang, type Lang } from '../lib/languages.ts';
import { t } from '../lib/i18n.ts';
import { findByKey, loadContentIndex, parsePageLink } from '../lib/content-index.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { href } from '../lib/routes.ts';
import { chapterNumbers } from './chapter-numbers.ts';
import { AUTHOR_COMPONENTS, AUTHOR_COMPONENT_LIST } from '../lib/author-components.ts';
import { commitmentExample } from './commitment-plugin.ts';
import { REGISTER_ANCHORS, REGISTER_PAGE_KEY } from '../lib/register.ts';

const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

type Node = { type: string; tagName?: string; name?: string | null; properties?: Record<string, unknown>; attributes?: Array<{ type: string; name?: string; value?: unknown }>; children?: Node[]; position?: { start: { line: number } }; value?: string };

/** An author mistake in a content file; the message names the file, the line and the fix. */
export class ContentError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ContentError';
  }
}

function fileOf(ctx: HastVisitorContext): string {
  return ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
}

function langOf(ctx: HastVisitorContext): Lang {
  return (ctx.fileURL && langOfContentPath(fileURLToPath(ctx.fileURL))) || 'id';
}

function fail(ctx: HastVisitorContext, node: Node, message: string): never {
  throw new ContentError(fileOf(ctx), node.position?.start.line, message);
}

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function el(tagName: string, properties: Record<string, unknown>, children: Node[] = []): Node {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): Node {
  return { type: 'text', value };
}

/** Rejects any JSX tag that is not one of our author components. */
const rejectUnknownComponents = defineHastPlugin({
  name: 'pedoman:reject-unknown-components',
  options: { position: true },
  mdxJsxFlowElement: { filter: [], visit: check },
  mdxJsxTextElement: { filter: [], visit: check },
});
function check(node: Readonly<Node>, ctx: HastVisitorContext) {
  if (!(AUTHOR_COMPONENTS as readonly string[]).includes(node.name ?? '')) {
    fail(ctx, node as Node, `unknown component <${node.name ?? '>'}>. Use one of: ${AUTHOR_COMPONENT_LIST} (see "Author components" in README.md).`);
  }
}

/** `<Callout type="tip" title="...">` becomes a labelled aside. */
const callout = defineHastPlugin({
  name: 'pedoman:callout',
  options: { position: true },
  mdxJsxFlowElement: {
    filter: ['Callout'],
    visit(node, ctx) {
      const type = attr(node as Node, 'type') ?? 'note';
      if (!(CALLOUT_TYPES as readonly string[]).includes(type)) {
        fail(ctx, node as Node, `<Callout type="${type}"> is not a callout type. Use type="note", type="tip" or type="warning".`);
      }
      const lang = langOf(ctx);
      const label = attr(node as Node, 'title') ?? t(lang, `callout.${type as (typeof CALLOUT_TYPES)[number]}`);
      ctx.replaceNode(node, el('aside', { className: ['callout', `callout-${type}`], ariaLabel: label }, [
        el('p', { className: ['callout-title'] }, [text(label)]),
        ...((node as Node).children ?? []),
      ]) as never);
    },
  },
});

/** `<Steps>` with `###` headings becomes a numbered list, one item (and anchor) per step. */
const steps = defineHastPlugin({
  name: 'pedoman:steps',
  options: { position: true },
  mdxJsxFlowElement: {
    filter: ['Steps'],
    visit(node, ctx) {
      const items: Node[] = [];
      for (const child of (node as Node).children ?? []) {
        if (child.type === 'element' && child.tagName === 'h3') {
          items.push(el('li', { className: ['step'] }, [child]));
        } else if (items.length) {
          items[items.length - 1].children!.push(child);
        } else if (child.type !== 'text' || child.value?.trim()) {
          fail(ctx, child, 'a <Steps> block must start with a "### Step title {#anchor}" heading. Put each step under its own ### heading.');
        }
      }
      if (!items.length) fail(ctx, node as Node, '<Steps> has no steps. Write each step as a "### Step title {#anchor}" heading with its text below, with blank lines after <Steps> and before </Steps>.');
      ctx.replaceNode(node, el('ol', { className: ['steps'] }, items) as never);
    },
  },
});

/** `<Checklist id="x">` around a task list becomes tickable items with anchors x-1, x-2, ... */
const checklist = defineHastPlugin({
  name: 'pedoman:checklist',
  options: { position: true },
  mdxJsxFlowElement: {
    filter: ['Checklist'],
    visit(node, ctx) {
      const id = attr(node as Node, 'id');
      if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        fail(ctx, node as Node, '<Checklist> needs an id of lowercase letters, digits and hyphens, for example <Checklist id="siap-daftar">.');
      }
      // Every list inside becomes tickable, numbered on across lists (as the content index counts anchors);
      // text between the lists, such as an introduction, stays where the author put it.
      let n = 0;
      const tickable = (list: Node) => (list.children ?? []).filter((c) => c.type === 'element' && c.tagName === 'li').map((li) => {
        n += 1;
        const itemId = `${id}-${n}`;
        const kids = (li.children ?? []).flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children ?? [] : [c]));
        const box = kids.find((c) => c.type === 'element' && c.tagName === 'input');
        if (!box) fail(ctx, li, `item ${n} of checklist "${id}" is not a task. Start it with "- [ ] ".`);
        const rest = kids.filter((c) => c !== box);
        return el('li', { id: itemId, className: ['checklist-item'] }, [
          el('input', { type: 'checkbox', id: `${itemId}-box`, name: itemId, checked: box.properties?.checked === true }),
          el('label', { htmlFor: `${itemId}-box` }, rest),
        ]);
      });
      const content = ((node as Node).children ?? []).map((c) => (c.type === 'element' && c.tagName === 'ul' ? el('ul', { className: ['checklist-items'] }, tickable(c)) : c));
      if (!n) fail(ctx, node as Node, '<Checklist> must contain a task list: lines starting with "- [ ] ", with blank lines after <Checklist> and before </Checklist>.');
      const lang = langOf(ctx);
      ctx.replaceNode(node, el('div', { className: ['checklist'], id, dataChecklist: id }, [
        ...content,
        // A note about the page's controls, not guidance: kept out of the search index and its excerpts.
        el('p', { className: ['checklist-note'], dataPagefindIgnore: '' }, [text(t(lang, 'checklist.saved'))]),
      ]) as never);
    },
  },
});

/** `<Term id="x">text</Term>` links to the glossary entry of the page's language. */
const term = defineHastPlugin({
  name: 'pedoman:term',
  options: { position: true },
  mdxJsxTextElement: {
    filter: ['Term'],
    visit(node, ctx) {
      const id = attr(node as Node, 'id');
      const lang = langOf(ctx);
      const entry = id && loadGlossary(lang).find((e) => e.id === id);
      if (!entry) {
        fail(ctx, node as Node, `<Term id="${id ?? ''}"> is not in content/glossary/${lang}.yaml. Use an id from that file, or add the term there (and in the other language).`);
      }
      ctx.replaceNode(node, el('a', { href: `${href(lang, 'glossary')}#${id}`, className: ['term'], title: entry.definition }, (node as Node).children ?? []) as never);
    },
  },
});

/** `<Lang code="en">Expression of Interest</Lang>` marks words in another language, for screen readers. */
const otherLanguage = defineHastPlugin({
  name: 'pedoman:lang',
  options: { position: true },
  mdxJsxTextElement: {
    filter: ['Lang'],
    visit(node, ctx) {
      const code = attr(node as Node, 'code') ?? '';
      const lang = langOf(ctx);
      if (!LANGUAGE_CODE.test(code) || code === lang) {
        fail(ctx, node as Node, `<Lang code="${code}"> needs the code of another language than the page's, for example <Lang code="${otherLang(lang)}">.`);
      }
      ctx.replaceNode(node, el('span', { lang: code }, (node as Node).children ?? []) as never);
    },
  },
});

/** `page:key#anchor` links resolve to the same-language page (`page:en/key` on purpose to the other one); external links get safe `rel`. */
const links = defineHastPlugin({
  name: 'pedoman:links',
  options: { position: true },
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const target = String((node as Node).properties?.href ?? '');
      if (target.startsWith('page:')) {
        const link = parsePageLink(target, langOf(ctx));
        if (link.key === REGISTER_PAGE_KEY && !findByKey(link.lang, link.key, loadContentIndex())) {
          if (link.anchor && !REGISTER_ANCHORS.has(link.anchor)) fail(ctx, node as Node, `the link "${target}" points to #${link.anchor}, which the commitments register page does not have. Use one of: ${[...REGISTER_ANCHORS].join(', ')}.`);
          ctx.setProperty(node, 'href', href(link.lang, 'commitments') + (link.anchor ? `#${link.anchor}` : ''));
          if (link.explicitLang) ctx.setProperty(node, 'hreflang', link.lang);
          return;
        }
        const page = findByKey(link.lang, link.key, loadContentIndex());
        if (!page) fail(ctx, node as Node, `the link "${target}" names no page: there is no page with key "${link.key}" in ${link.lang}. Use a key from a page's frontmatter.`);
        if (link.anchor && !page.anchors.has(link.anchor)) {
          fail(ctx, node as Node, `the link "${target}" points to section #${link.anchor}, which ${page.file} does not have. Use one of its anchors: ${[...page.anchors].join(', ')}.`);
        }
        ctx.setProperty(node, 'href', href(link.lang, page.kind, page.slug) + (link.anchor ? `#${link.anchor}` : ''));
        // On paper a link cannot be followed: print says which chapter it means ("lihat Bab 3.2").
        const number = page.kind === 'chapter' ? chapterNumbers(link.lang).get(page.slug) : undefined;
        if (number) ctx.setProperty(node, 'dataSee', t(langOf(ctx), 'reader.printSee', { n: number }));
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
        fail(ctx, n, `the heading "${title}" has no anchor. End it with an id that stays the same in both languages, for example: ${'#'.repeat(Number(n.tagName![1]))} ${title} {#${slugify(title)}}`);
      }
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

/** Lowercase hyphenated form of a heading, to suggest an anchor in error messages. */
export function slugify(value: string): string {
  return value.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

/** The plugins in run order: reject unknown tags first, then expand author components, then links and anchors. */
export const handbookHastPlugins = [rejectUnknownComponents, callout, steps, checklist, term, otherLanguage, commitmentExample, links, sectionAnchors, scrollableTables];
