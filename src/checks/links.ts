/**
 * Link checks: `page:KEY#anchor` links name a page and a section that exist, `#anchor` links a section of
 * the page, no path links (they break when the site moves or cross into the other language), and link
 * texts say where they go.
 */
import { resolvePageLink } from '../lib/page-links.ts';
import { RESERVED_ANCHORS } from './headings.ts';
import { textOf, walk, type ContentModel, type MdNode, type PageSource, type Problem } from './model.ts';

/** Link texts that do not say where a link goes. */
const VAGUE_LINK_TEXT = new Set(['klik di sini', 'di sini', 'sini', 'klik', 'click here', 'here', 'this', 'link', 'tautan', 'selengkapnya', 'read more', 'more']);

function checkLink(page: PageSource, node: MdNode, pages: PageSource[], add: (m: string) => void) {
  const url = node.url ?? '';
  if (url.startsWith('page:')) {
    const resolved = resolvePageLink(url, page.lang, (lang, key) => pages.find((p) => p.lang === lang && (p.data?.key ?? p.slug) === key));
    if (resolved.problem) add(resolved.problem);
  } else if (url.startsWith('#')) {
    if (!page.anchors.has(url.slice(1)) && !RESERVED_ANCHORS.has(url.slice(1))) add(`the link "${url}" points to a section this page does not have. Its anchors are: ${[...page.anchors].join(', ') || 'none'}.`);
  } else if (url.startsWith('/')) {
    const intoEnglish = url.startsWith('/en/');
    if (page.lang === 'id' && intoEnglish) add(`the link "${url}" leads from an Indonesian page into the English pages. Link with page:KEY so readers stay in their language, or page:en/KEY if you mean to switch.`);
    else if (page.lang === 'en' && !intoEnglish) add(`the link "${url}" leads from an English page into the Indonesian pages. Link with page:KEY so readers stay in their language, or page:id/KEY if you mean to switch.`);
    else add(`the link "${url}" is written as a path, which breaks when the site moves. Link with page:KEY or page:KEY#anchor instead.`);
  } else if (!/^(https?:|mailto:|tel:)/.test(url)) {
    add(`the link "${url}" is not a page:KEY link or a full https:// address. Write page:KEY for a page of the handbook.`);
  }
}

/** The link checks on every page; needs the frontmatter check's keys. */
export function checkLinks(model: ContentModel, problems: Problem[]): void {
  for (const page of model.pages) {
    if (!page.tree) continue;
    walk(page.tree, (node) => {
      if (node.type !== 'link') return;
      const add = (message: string) => problems.push({ file: page.file, line: node.position?.start.line, severity: 'error', message });
      const label = textOf(node).trim().toLowerCase().replace(/[.:!]+$/, '');
      if (VAGUE_LINK_TEXT.has(label)) add(`the link text "${textOf(node).trim()}" does not say where it goes. Use the name of the page or document instead.`);
      checkLink(page, node, model.pages, add);
    });
  }
}
