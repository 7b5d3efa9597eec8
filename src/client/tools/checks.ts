/**
 * The builder's checks, run while the reader writes. Each names the element (by id) that a problem belongs
 * to, so the page can tie its message to that field. A guide in the spirit of the IRM's criteria, not its verdict.
 */
import { CORE_VALUES, TEXT_FIELDS, type Draft, type TextField } from './draft.ts';

/** The five checks, in the order the page shows them. */
export const CHECKS = ['verifiability', 'relevance', 'results', 'plain', 'complete'] as const;
/** One check. */
export type CheckKey = (typeof CHECKS)[number];

/** One problem a check found. */
export interface Issue {
  check: CheckKey;
  /** Message code; the page holds the words (content/ui, `tools.commitment.issue.<code>`). */
  code: 'noMilestone' | 'noEnd' | 'noDeliverable' | 'endBeforeStart' | 'noCoreValue' | 'noHow' | 'noStatusQuo' | 'noChange' | 'longSentence' | 'empty';
  /** Id of the element the problem belongs to. */
  field: string;
  /** Milestone number, or the word count of a long sentence. */
  n?: number;
  /** Start of a long sentence, so the reader finds it. */
  excerpt?: string;
}

/** Element id of a text field. */
export const fieldId = (f: TextField): string => `f-${f}`;
/** Element id of a milestone's part (milestones count from 1). */
export const milestoneId = (n: number, part: string): string => `m${n}-${part}`;

/** The most words a sentence should have (the handbook's own rule). */
export const MAX_WORDS = 25;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const filled = (s: string) => s.trim() !== '';
/** Sentences of a text: ends at . ! ? or a line break. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

/** Every problem of a draft, check by check. */
export function checkDraft(d: Draft): Issue[] {
  const issues: Issue[] = [];
  const used = d.milestones.map((m, i) => ({ m, n: i + 1 })).filter(({ m }) => filled(m.text) || filled(m.deliverable) || filled(m.start) || filled(m.end));
  if (!used.length) issues.push({ check: 'verifiability', code: 'noMilestone', field: milestoneId(1, 'text') });
  for (const { m, n } of used) {
    if (!filled(m.deliverable)) issues.push({ check: 'verifiability', code: 'noDeliverable', field: milestoneId(n, 'deliverable'), n });
    if (!filled(m.end)) issues.push({ check: 'verifiability', code: 'noEnd', field: milestoneId(n, 'end'), n });
    else if (filled(m.start) && m.end < m.start) issues.push({ check: 'verifiability', code: 'endBeforeStart', field: milestoneId(n, 'end'), n });
  }
  if (!d.values.some((v) => CORE_VALUES.includes(v))) issues.push({ check: 'relevance', code: 'noCoreValue', field: 'f-values' });
  if (!filled(d.relevance)) issues.push({ check: 'relevance', code: 'noHow', field: fieldId('relevance') });
  if (!filled(d.statusQuo)) issues.push({ check: 'results', code: 'noStatusQuo', field: fieldId('statusQuo') });
  if (!filled(d.action) && !filled(d.solution)) issues.push({ check: 'results', code: 'noChange', field: fieldId('action') });
  const texts: Array<[string, string]> = [...TEXT_FIELDS.map((f) => [fieldId(f), d[f]] as [string, string]), ...d.milestones.flatMap((m, i) => [[milestoneId(i + 1, 'text'), m.text], [milestoneId(i + 1, 'deliverable'), m.deliverable]] as Array<[string, string]>)];
  for (const [field, text] of texts) {
    for (const s of sentences(text)) {
      const count = words(s).length;
      if (count > MAX_WORDS) issues.push({ check: 'plain', code: 'longSentence', field, n: count, excerpt: `${words(s).slice(0, 6).join(' ')} …` });
    }
  }
  for (const f of TEXT_FIELDS) if (!filled(d[f])) issues.push({ check: 'complete', code: 'empty', field: fieldId(f) });
  return issues;
}
