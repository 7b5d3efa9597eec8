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
import { z } from 'astro/zod';
import { readYamlList } from './yaml.ts';
import type { Lang } from '../lib/languages.ts';

/** One entry of `content/terms/<lang>.yaml`. */
export const termEntrySchema = z.strictObject({
  /** The agreed term, written as it appears in running text. */
  term: z.string({ error: 'write the agreed term' }).min(2, 'write the agreed term'),
  /** Words or phrases that mean the same thing and must be replaced by `term`. */
  variants: z.array(z.string().min(2, 'write a variant of at least 2 characters'), { error: 'list the rejected variants, for example ["surat minat"]' }).min(1, 'list at least one rejected variant'),
  /** Proper names that contain a variant and keep it, such as a standard's title: "Standar Partisipasi dan Ko-Kreasi OGP". */
  names: z.array(z.string().min(3, 'write the whole name')).optional(),
  /** Why this term was chosen, or where it is attested; shown to no reader, kept for the next editor. */
  note: z.string({ error: 'add a short note saying why this term was chosen' }).min(5, 'add a short note saying why this term was chosen'),
});

/** A term entry as loaded. */
export type TermEntry = z.infer<typeof termEntrySchema>;

/** One rejected variant, ready to be searched for. */
export interface TermRule {
  variant: string;
  term: string;
  /** The terms file it comes from, named in the message. */
  source: string;
  pattern: RegExp;
  /** Names in which the variant is left alone. */
  names: RegExp[];
  /** The variant is the term with a capital first letter: fine where a sentence or heading starts. */
  sentenceStartOnly: boolean;
}

/** A problem found by the terms check, in the shape of the content check's problems. */
export interface TermProblem {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `variant` is `term` with only its first letter capitalised ("Ko-kreasi" for "ko-kreasi"). */
export function isCapitalised(variant: string, term: string): boolean {
  return variant !== term && variant === term.charAt(0).toUpperCase() + term.slice(1);
}

/** Text before a match that means the match opens a sentence: nothing, the end of a sentence, or a table cell; an opening quote, bracket or placeholder bracket may stand between. */
const SENTENCE_START = /(?:^|[.!?:;|]["”’)]?)\s*["“(\[]?$/u;

/**
 * The search pattern for a variant: whole words only. A variant that differs from its term only in
 * letter case ("Ko-Kreasi" for "ko-kreasi") is matched exactly; any other variant in any case.
 */
export function variantPattern(variant: string, term: string): RegExp {
  const caseOnly = variant.toLowerCase() === term.toLowerCase();
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escape(variant).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}-])`, caseOnly ? 'gu' : 'giu');
}

/** Read and validate one terms file; every mistake in it is reported with its line and field. */
export function loadTerms(dir: string, lang: Lang, problems: TermProblem[]): TermRule[] {
  const path = join(dir, 'terms', `${lang}.yaml`);
  if (!existsSync(path)) return [];
  const file = relative(process.cwd(), path);
  const list = readYamlList(path);
  if (list.errors.length) {
    for (const e of list.errors) problems.push({ file, line: e.line, severity: 'error', message: `the terms file is not valid YAML: ${e.message}. Check quotes and indentation.` });
    return [];
  }
  if (!list.isList) {
    problems.push({ file, line: list.line, severity: 'error', message: 'the terms file must be a list: start each entry with "- term:", then "variants:" and "note:".' });
    return [];
  }
  const rules: TermRule[] = [];
  const seen = new Map<string, string>();
  list.entries.forEach((item, index) => {
    const parsed = termEntrySchema.safeParse(item.value);
    const fieldLine = (field: unknown) => (field === undefined ? item.line : item.fieldLine(String(field)));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] ?? issue.message.match(/"([^"]+)"/)?.[1];
        const what = field === undefined ? 'write it as term, variants and note' : issue.message;
        problems.push({ file, line: fieldLine(field), severity: 'error', message: `entry ${index + 1}${field === undefined ? '' : `, field "${String(field)}"`}: ${what}.` });
      }
      return;
    }
    const entry = parsed.data;
    for (const variant of entry.variants) {
      if (variant === entry.term) {
        problems.push({ file, line: fieldLine('variants'), severity: 'error', message: `entry ${index + 1}, field "variants": "${variant}" is the term itself. List only the words to replace.` });
        continue;
      }
      const key = variant.toLowerCase() === entry.term.toLowerCase() ? variant : variant.toLowerCase();
      if (seen.has(key)) {
        problems.push({ file, line: fieldLine('variants'), severity: 'error', message: `entry ${index + 1}, field "variants": "${variant}" is already a variant of "${seen.get(key)}". List each variant once.` });
        continue;
      }
      seen.set(key, entry.term);
      rules.push({ variant, term: entry.term, source: `content/terms/${lang}.yaml`, sentenceStartOnly: isCapitalised(variant, entry.term), names: (entry.names ?? []).map((n) => new RegExp(escape(n).replace(/\s+/g, '\\s+'), 'gu')), pattern: variantPattern(variant, entry.term) });
    }
  });
  // Longer variants first, so "surat pernyataan minat" is reported once, not also as "pernyataan minat".
  return rules.sort((a, b) => b.variant.length - a.variant.length);
}

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
