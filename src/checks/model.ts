/**
 * The content model every content check reads: each chapter and case study (its source, frontmatter,
 * anchors and remark tree), loaded once per run by {@link loadContentModel} with the one folder walk
 * (src/lib/content-index.ts) and one reader each for frontmatter, MDX and YAML. Reading problems (a file that
 * is not .mdx, frontmatter that is not YAML, MDX that cannot be parsed) are reported here, once.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { anchorLinesOf, contentFiles, frontmatterBlock, HEADING_ANCHOR } from '../lib/content-index.ts';
import type { Lang } from '../lib/languages.ts';

/** One finding, with enough detail for an editor to fix it. */
export interface Problem {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A node of the remark (mdast) tree, as the checks read it. */
export type MdNode = { type: string; name?: string; depth?: number; url?: string; alt?: string | null; value?: string; ordered?: boolean | null; checked?: boolean | null; children?: MdNode[]; attributes?: Array<{ type: string; name?: string; value?: unknown }>; position?: { start: { line: number; column: number } } };

/** A chapter or case study as the checks see it. */
export interface PageSource {
  folder: 'chapters' | 'case-studies';
  lang: Lang;
  slug: string;
  /** Path relative to the project, for messages. */
  file: string;
  source: string;
  /** The frontmatter's YAML text (undefined when the file has none). */
  yaml?: string;
  /** The frontmatter as YAML read it (undefined when it is missing or not YAML). */
  raw?: unknown;
  /** The frontmatter as the schema accepted it (set by the frontmatter check). */
  data?: Record<string, unknown>;
  /** Every anchor (headings, checklists, checklist items) with its line. */
  anchorLines: Map<string, number>;
  anchors: Set<string>;
  /** Heading anchors in source order, for the parity check. */
  anchorList: string[];
  /** The remark tree (undefined when the MDX cannot be read). */
  tree?: MdNode;
}

/** Everything the checks read, loaded once. */
export interface ContentModel {
  /** The content folder. */
  dir: string;
  pages: PageSource[];
  /** The glossary ids of each language (set by the glossary check). */
  glossaryIds?: Record<Lang, Set<string>>;
}

/** Any `{#...}` at the end of a heading, well-formed or not (`{#Kapan}`, `{#kapan_lagi}`): the anchor the author meant. */
export const ANY_HEADING_ANCHOR = /^(#{1,6})\s+.*?\{#([^{}]*)\}\s*$/;

/** Blank out `{#id}` heading attributes (keeping columns) so remark-mdx does not read them as expressions. */
export function maskHeadingAnchors(source: string): string {
  return source
    .split('\n')
    .map((line) => (ANY_HEADING_ANCHOR.test(line) ? line.replace(/\{#[^{}]*\}\s*$/, (m) => ' '.repeat(m.length)) : line))
    .join('\n');
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Visit every node of a tree, parents first. */
export function walk(node: MdNode, visit: (n: MdNode, parent?: MdNode) => void, parent?: MdNode): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

/** The plain text of a node. */
export function textOf(node: MdNode): string {
  if (node.value && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The 1-based line of `field:` inside the frontmatter, for error messages. */
export function frontmatterLine(source: string, field: string): number | undefined {
  const lines = source.split('\n');
  for (let i = 1; i < lines.length && lines[i] !== '---'; i++) {
    if (lines[i].startsWith(`${field}:`)) return i + 1;
  }
  return undefined;
}

function readPage(page: PageSource, problems: Problem[]) {
  const block = frontmatterBlock(page.source);
  if (!block) problems.push({ file: page.file, line: 1, severity: 'error', message: 'the file has no frontmatter. Start it with a --- block holding title, description, key and the other fields (see README.md).' });
  else {
    page.yaml = block.yaml;
    try {
      page.raw = parseYaml(block.yaml) ?? {};
    } catch (e) {
      const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
      problems.push({ file: page.file, line: line ? line + 1 : 2, severity: 'error', message: `the frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}. Check quotes and indentation.` });
    }
  }
  try {
    page.tree = parser.parse(maskHeadingAnchors(page.source)) as MdNode;
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line;
    problems.push({ file: page.file, line, severity: 'error', message: `the MDX cannot be read: ${err.reason ?? err.message}. Check for a bare "<", "{" or "}" in the text, or a tag that is not closed.` });
  }
}

/** Read every chapter and case study under `dir` once. */
export function loadContentModel(dir: string, problems: Problem[]): ContentModel {
  const pages: PageSource[] = [];
  for (const { folder, lang, name, path } of contentFiles(dir)) {
    const file = relative(process.cwd(), path);
    if (!name.endsWith('.mdx')) {
      problems.push({ file, severity: 'error', message: `only .mdx files belong in content/${folder}/${lang}/. Rename it to ${name.replace(/\.[^.]+$/, '')}.mdx or move it out.` });
      continue;
    }
    const source = readFileSync(path, 'utf8');
    const anchorList = source.split('\n').flatMap((line) => HEADING_ANCHOR.exec(line)?.[3] ?? []);
    const anchorLines = anchorLinesOf(source);
    const page: PageSource = { folder, lang, slug: name.slice(0, -4), file, source, anchorLines, anchors: new Set(anchorLines.keys()), anchorList };
    readPage(page, problems);
    pages.push(page);
  }
  return { dir, pages };
}
