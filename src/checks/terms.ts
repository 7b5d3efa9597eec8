/**
 * The terms check: one term per concept. `content/terms/<lang>.yaml` lists each agreed term with the
 * variants authors must not use; every variant found in a chapter's or case study's prose, or in the
 * glossary, is an error with the file, the line, the variant and the term to use.
 *
 * Not checked: frontmatter other than the page's title and description (source titles keep their own
 * wording), code, web addresses, and words marked as the other language with <Lang> (an English name
 * marked as English is fine on an Indonesian page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../lib/languages.ts';
import { SENTENCE_START, type TermProblem, type TermRule } from './term-rules.ts';

export { loadTerms, type TermProblem, type TermRule } from './term-rules.ts';

type Node = { type: string; name?: string; value?: unknown; children?: Node[]; attributes?: Array<{ type: string; name?: string; value?: unknown }>; position?: { start: { line: number } } };

/** Node types whose text is not prose: frontmatter, code, raw expressions. */
const NOT_PROSE = new Set(['yaml', 'code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html']);
/** Frontmatter fields that are the page's own prose: its title and description, not its sources. */
const FRONTMATTER_PROSE = /^(?:title|description):/;
/** Attributes of author components that readers see as text. */
const PROSE_ATTRIBUTES = new Set(['title']);
const URL = /(?:https?:\/\/|www\.)[^\s)>\]]+/g;

/** Every stretch of prose in a parsed page, with the line it starts on. */
function proseTexts(tree: Node): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const visit = (node: Node) => {
    if (node.type === 'yaml' && typeof node.value === 'string') {
      // The page's own title and description are read by everyone; source titles keep their wording.
      node.value.split('\n').forEach((text, i) => {
        if (FRONTMATTER_PROSE.test(text)) out.push({ text, line: (node.position?.start.line ?? 1) + 1 + i });
      });
    }
    if (NOT_PROSE.has(node.type)) return;
    const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isElement && node.name === 'Lang') return;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text' && typeof node.value === 'string') out.push({ text: node.value, line });
    if (isElement) {
      for (const a of node.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name && PROSE_ATTRIBUTES.has(a.name) && typeof a.value === 'string') out.push({ text: a.value, line });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** Report every rejected variant in stretches of prose, each with the line it starts on. */
function reportVariants(file: string, texts: Array<{ text: string; line: number }>, rules: TermRule[], problems: TermProblem[]) {
  for (const { text, line } of texts) {
    const taken: Array<[number, number]> = [];
    const prose = text.replace(URL, (m) => ' '.repeat(m.length));
    for (const rule of rules) {
      const masked = rule.names.reduce((t, name) => t.replace(name, (m) => m.replace(/\S/g, ' ')), prose);
      for (const m of masked.matchAll(rule.pattern)) {
        const start = m.index, end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        if (rule.sentenceStartOnly && SENTENCE_START.test(masked.slice(0, start))) continue;
        taken.push([start, end]);
        const at = line + (masked.slice(0, start).match(/\n/g)?.length ?? 0);
        problems.push({ file, line: at, severity: 'error', message: `"${m[0].replace(/\s+/g, ' ')}" is not the agreed term. Write "${rule.term}" instead (see ${rule.source}).` });
      }
    }
  }
}

/** Report every rejected variant in one page's prose. */
export function checkTerms(file: string, tree: Node, rules: TermRule[], problems: TermProblem[]) {
  if (rules.length) reportVariants(file, proseTexts(tree), rules, problems);
}

/** Report every rejected variant in the glossary's terms and definitions (`content/glossary/<lang>.yaml`). */
export function checkGlossaryTerms(dir: string, lang: Lang, rules: TermRule[], problems: TermProblem[]) {
  const path = join(dir, 'glossary', `${lang}.yaml`);
  if (!rules.length || !existsSync(path)) return;
  const texts = readFileSync(path, 'utf8').split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => /^\s*-?\s*(?:term|definition):/.test(text));
  reportVariants(relative(process.cwd(), path), texts, rules, problems);
}
