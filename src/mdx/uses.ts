/**
 * One use of an author component, read from either tree: the source tree the content check parses with
 * remark, or the hast tree Sätteri hands the build's plugins. Both give the same {@link ComponentUse}, so the
 * rules in src/mdx/ see the same thing whichever tool asks.
 */
import type { ComponentUse, InnerBlock } from './types.ts';

/** The parts of a node (mdast or hast) that a use is read from. */
export type TreeNode = {
  type: string;
  name?: string | null;
  tagName?: string;
  depth?: number;
  ordered?: boolean | null;
  checked?: boolean | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: TreeNode[];
  position?: { start: { line: number } };
};

function attributesOf(node: TreeNode): ComponentUse['attributes'] {
  const attrs: ComponentUse['attributes'] = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    attrs[a.name] = typeof a.value === 'string' ? a.value : a.value === null || a.value === undefined || a.value === true ? true : null;
  }
  return attrs;
}

const lineOf = (n: TreeNode) => n.position?.start.line;

/** A block inside a component in the source tree (mdast). */
function mdastBlock(n: TreeNode): InnerBlock {
  if (n.type === 'heading' && n.depth === 3) return { kind: 'step', line: lineOf(n) };
  if (n.type === 'list' && !n.ordered) {
    return { kind: 'list', line: lineOf(n), items: (n.children ?? []).filter((c) => c.type === 'listItem').map((c) => ({ task: typeof c.checked === 'boolean', line: lineOf(c) })) };
  }
  return { kind: 'other', line: lineOf(n) };
}

/** A block inside a component in the built tree (hast); blank text between blocks is no block. */
function hastBlock(n: TreeNode): InnerBlock | undefined {
  if (n.type === 'text' && !n.value?.trim()) return undefined;
  if (n.type === 'element' && n.tagName === 'h3') return { kind: 'step', line: lineOf(n) };
  if (n.type === 'element' && n.tagName === 'ul') {
    const items = (n.children ?? []).filter((c) => c.type === 'element' && c.tagName === 'li');
    const task = (li: TreeNode) => (li.children ?? []).flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children ?? [] : [c])).some((c) => c.type === 'element' && c.tagName === 'input');
    return { kind: 'list', line: lineOf(n), items: items.map((li) => ({ task: task(li), line: lineOf(li) })) };
  }
  return { kind: 'other', line: lineOf(n) };
}

/** A component use from a remark (mdast) JSX node, as the content check reads it. */
export function useFromMdast(node: TreeNode): ComponentUse {
  return { name: node.name ?? '', flow: node.type === 'mdxJsxFlowElement', attributes: attributesOf(node), line: lineOf(node), inner: node.type === 'mdxJsxFlowElement' ? (node.children ?? []).map(mdastBlock) : [] };
}

/** A component use from a Sätteri (hast) JSX node, as the build reads it. */
export function useFromHast(node: TreeNode): ComponentUse {
  const inner = node.type === 'mdxJsxFlowElement' ? (node.children ?? []).flatMap((c) => hastBlock(c) ?? []) : [];
  return { name: node.name ?? '', flow: node.type === 'mdxJsxFlowElement', attributes: attributesOf(node), line: lineOf(node), inner };
}

