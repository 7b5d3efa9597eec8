/**
 * Chapters read for the printed, PDF, EPUB and Word editions: the MDX source parsed into an mdast tree by
 * Sätteri, the same parser (and the same GFM and `{#anchor}` rules) as the site's pages, with each
 * heading's explicit anchor kept on it.
 */
import { mdxToMdast } from 'satteri';

/** An mdast node as the renderers see it: enough of the unist shape for every node the parser gives us. */
export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  checked?: boolean | null;
  url?: string;
  alt?: string | null;
  identifier?: string;
  name?: string | null;
  align?: Array<string | null>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  /** The heading's explicit anchor (`{#id}`), set by {@link parseChapterBody}. */
  anchor?: string;
  data?: { hProperties?: { id?: unknown } };
  position?: { start: { line: number } };
}

/** Parse a page body (frontmatter already removed); a heading's `{#id}` becomes its `anchor`. */
export function parseChapterBody(body: string): MdNode {
  const tree = mdxToMdast(body, { features: { headingAttributes: true, smartPunctuation: false } }) as unknown as MdNode;
  visit(tree, (node) => {
    const id = node.data?.hProperties?.id;
    if (node.type === 'heading' && typeof id === 'string') node.anchor = id;
  });
  return tree;
}

/** Call `fn` on every node of the tree, parents before children. */
export function visit(node: MdNode, fn: (node: MdNode) => void): void {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}

/** The plain text of a node and its descendants. */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

/** The string value of a JSX attribute of an author component, if given. */
export function attrOf(node: MdNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/** The `##` headings of a page, in order, with their anchors: the sections a template must keep. */
export function sectionsOf(tree: MdNode): Array<{ title: string; anchor?: string }> {
  const out: Array<{ title: string; anchor?: string }> = [];
  visit(tree, (n) => {
    if (n.type === 'heading' && n.depth === 2) out.push({ title: textOf(n).trim(), anchor: n.anchor });
  });
  return out;
}
