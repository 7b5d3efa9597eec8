/**
 * Heading checks: no `#` heading, no skipped level, every `##`/`###` with a well-formed `{#anchor}` that is
 * unique on the page and not one the page template uses.
 */
import { HEADING_ANCHOR, headingWithoutAnchor, malformedAnchor } from '../lib/content-index.ts';
import { ANY_HEADING_ANCHOR, textOf, walk, type ContentModel, type PageSource, type Problem } from './model.ts';

/** Anchors the page templates use themselves. */
export const RESERVED_ANCHORS = new Set(['isi', 'sumber', 'sekilas', 'toc-title', 'toc-rail-title', 'atas', 'footnote-label', 'not-found-other', 'search-dialog', 'search-dialog-title', 'komitmen-daftar']);

function checkPage(page: PageSource, problems: Problem[]) {
  if (!page.tree) return;
  const lines = page.source.split('\n');
  const seen = new Map<string, number>();
  let lastDepth = 1;
  walk(page.tree, (node) => {
    if (node.type !== 'heading') return;
    const add = (message: string) => problems.push({ file: page.file, line: node.position?.start.line, severity: 'error', message });
    const depth = node.depth ?? 2;
    const line = node.position?.start.line ?? 0;
    const m = HEADING_ANCHOR.exec(lines[line - 1] ?? '');
    if (depth === 1) add('do not write a "#" heading: the page title comes from the frontmatter. Start sections with "##".');
    else if (depth > lastDepth + 1) add(`this heading jumps from level ${lastDepth} to level ${depth}. Use "${'#'.repeat(lastDepth + 1)}" here so screen-reader users can follow the outline.`);
    const written = m ? undefined : ANY_HEADING_ANCHOR.exec(lines[line - 1] ?? '')?.[2];
    if (written !== undefined) {
      add(malformedAnchor(written));
    } else if (depth >= 2 && depth <= 3 && !m) add(headingWithoutAnchor(textOf(node).trim(), depth));
    if (m) {
      const id = m[3];
      if (RESERVED_ANCHORS.has(id)) add(`the anchor #${id} is used by the page template. Choose another id.`);
      if (seen.has(id)) add(`the anchor #${id} is already used on line ${seen.get(id)}. Every anchor on a page must be unique.`);
      seen.set(id, line);
    }
    lastDepth = depth;
  });
}

/** The heading checks on every page. */
export function checkHeadings(model: ContentModel, problems: Problem[]): void {
  for (const page of model.pages) checkPage(page, problems);
}
