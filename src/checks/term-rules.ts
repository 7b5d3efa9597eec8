/**
 * The rules of one term per concept, read from `content/terms/<lang>.yaml`: each agreed term with the
 * variants authors must not use, validated with the line and field of every mistake. The check that
 * applies them to pages and the glossary is src/checks/terms.ts.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { readYamlList } from '../lib/yaml-list.ts';
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
export const SENTENCE_START = /(?:^|[.!?:;|]["”’)]?)\s*["“(\[]?$/u;

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
