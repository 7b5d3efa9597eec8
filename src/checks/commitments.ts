/**
 * Content checks of the commitments register (`content/commitments/*.yaml`), run by `npm run check`:
 * the schema (a missing translation, source or field), unknown members, plans and case studies,
 * duplicate IDs, an OGP ID without its member's prefix, and dates outside their action plan.
 * Every problem names the file, the line and what to write instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { z } from 'astro/zod';
import { commitmentSchema, memberFileSchema, type CommitmentData, type MemberFile } from '../lib/register-schema.ts';
import { sentences, wordCount } from './sentences.ts';
import type { Problem } from './model.ts';

/** A summary is one plain sentence; longer ones are reported, as in chapters. */
const SUMMARY_WORDS = 25;

interface MemberSource {
  key: string;
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The valid parts; a commitment that fails the schema is undefined, keeping the others' positions. */
  data?: Omit<MemberFile, 'commitments'> & { commitments: Array<CommitmentData | undefined> };
}

/** The line of the value at `path` in a YAML document, or of its nearest parent that exists. */
function lineOf(source: MemberSource, path: Array<string | number>): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = source.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return source.lines.linePos(node.range[0]).line;
    // A key with an empty value: point at the key itself.
    if (n > 0) {
      const parent = source.doc.getIn(path.slice(0, n - 1), true) as { items?: Array<{ key?: { value?: unknown; range?: number[] } }> } | undefined;
      const pair = parent?.items?.find((i) => i.key?.value === path[n - 1]);
      if (pair?.key?.range) return source.lines.linePos(pair.key.range[0]).line;
    }
  }
  return undefined;
}

/** A month-or-year as [first month, last month], e.g. "2021" → ["2021-01", "2021-12"]. */
function monthRange(value: string): [string, string] {
  return value.length === 4 ? [`${value}-01`, `${value}-12`] : [value, value];
}

/** A clearer message for the mistakes authors make most. */
function explain(path: Array<string | number>, message: string, code: string): string {
  const field = path.join('.');
  const last = path[path.length - 1];
  if ((last === 'id' || last === 'en') && /title|summary|name|province|lead/.test(String(path[path.length - 2]))) {
    const lang = last === 'id' ? 'Indonesian' : 'English';
    const hint = path[path.length - 2] === 'title' ? ` If you translated it yourself, add titleTranslated: [${last}].` : '';
    return `"${field}" is missing: the record is in one language only. Write the ${lang} text under "${last}:".${hint}`;
  }
  if (last === 'sources' || (path.includes('sources') && /at least one/.test(message))) return `"${field}": every commitment needs at least one source with a url. Add sources: with - { title, publisher, url }.`;
  if (code === 'unrecognized_keys') return `${field ? `"${field}" has` : 'the record has'} a field that is not known: ${message}. Remove it or check its spelling (fields: README.md, "Commitments register").`;
  return `"${field}": ${message}.`;
}

function readMembers(dir: string, problems: Problem[]): MemberSource[] {
  const folder = join(dir, 'commitments');
  if (!existsSync(folder)) return [];
  const members: MemberSource[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = relative(process.cwd(), join(folder, name));
    if (!name.endsWith('.yaml')) {
      problems.push({ file, severity: 'error', message: `only .yaml files belong in content/commitments/. Rename it to ${name.replace(/\.[^.]+$/, '')}.yaml or move it out.` });
      continue;
    }
    const key = name.replace(/\.yaml$/, '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) problems.push({ file, severity: 'error', message: `the file name "${name}" is the member's key: use lowercase letters, digits and hyphens, for example kota-semarang.yaml.` });
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(join(folder, name), 'utf8'), { lineCounter: lines, prettyErrors: false });
    const source: MemberSource = { key, file, doc, lines };
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push({ file, line: lines.linePos(e.pos[0]).line, severity: 'error', message: `not valid YAML: ${e.message.split('\n')[0]}. Check quotes and indentation.` });
      continue;
    }
    // The member and plans first, then each commitment on its own, so one bad record hides no other problem.
    const report = (issues: z.core.$ZodIssue[], prefix: Array<string | number> = []) => {
      for (const issue of issues) {
        const path = [...prefix, ...(issue.path as Array<string | number>)];
        const keys = (issue as { keys?: string[] }).keys;
        problems.push({ file, line: lineOf(source, keys ? [...path, keys[0]] : path), severity: 'error', message: explain(path, keys ? keys.join(', ') : issue.message, issue.code) });
      }
    };
    const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
    const head = memberFileSchema.extend({ commitments: z.array(z.unknown()).default([]) }).safeParse(raw);
    if (!head.success) report(head.error.issues);
    else {
      const commitments = head.data.commitments.map((c, i) => {
        const one = commitmentSchema.safeParse(c);
        if (!one.success) report(one.error.issues, ['commitments', i]);
        return one.success ? one.data : undefined;
      });
      source.data = { ...head.data, commitments };
    }
    members.push(source);
  }
  return members;
}

/**
 * Run every register check. `caseStudyKeys` are the case studies' keys (for member.caseStudy); `pageKeys` are
 * all page keys, which a commitment key must not repeat: both become /go/<key>/ short links.
 */
export function checkCommitments(dir: string, caseStudyKeys: Set<string>, problems: Problem[], pageKeys: Set<string> = caseStudyKeys): void {
  const members = readMembers(dir, problems);
  const memberKeys = new Set(members.map((m) => m.key));
  const seen = new Map<string, string>();
  for (const source of members) {
    const data = source.data;
    if (!data) continue;
    const add = (path: Array<string | number>, message: string) => problems.push({ file: source.file, line: lineOf(source, path), severity: 'error', message });
    const { member } = data;
    if (member.caseStudy && caseStudyKeys.size && !caseStudyKeys.has(member.caseStudy)) {
      add(['member', 'caseStudy'], `member.caseStudy "${member.caseStudy}" is not the key of a case study. Use one of: ${[...caseStudyKeys].join(', ')}, or leave it out.`);
    }
    const plans = new Map(data.plans.map((p) => [p.key, p]));
    data.plans.forEach((plan, i) => {
      if (plan.start > plan.end) add(['plans', i, 'end'], `the plan ends (${plan.end}) before it starts (${plan.start}). Check both dates.`);
    });
    data.commitments.forEach((c, i) => {
      if (!c) return;
      const at = (...rest: Array<string | number>) => ['commitments', i, ...rest];
      const ref = c.ogpId ?? c.key;
      if (!ref) add(at(), `commitment ${i + 1} has neither ogpId nor key. Write its OGP ID (ogpId: ${member.idPrefix ?? 'IDXXX'}0001), or, if OGP gives none, a key such as key: ${source.key}-satu-data and add ogpId to unconfirmed.`);
      if (c.key && pageKeys.has(c.key)) add(at('key'), `key "${c.key}" is already a page's key, and both would have the short link /go/${c.key}/. Choose another key, for example ${source.key}-${c.key}.`);
      if (c.ogpId && c.key) add(at('key'), `commitment ${c.ogpId} has both ogpId and key. Remove key: its address is its OGP ID.`);
      if (ref) {
        const other = seen.get(ref.toLowerCase());
        if (other) add(at(c.ogpId ? 'ogpId' : 'key'), `"${ref}" is already used by ${other}. Every commitment needs its own ID.`);
        else seen.set(ref.toLowerCase(), `${source.file}:${lineOf(source, at(c.ogpId ? 'ogpId' : 'key'))}`);
      }
      if (c.ogpId && !member.idPrefix) add(at('ogpId'), `${c.ogpId} has an OGP ID, but member has no idPrefix. Add member.idPrefix (the letters OGP uses for this member).`);
      else if (c.ogpId && member.idPrefix && !new RegExp(`^${member.idPrefix}\\d{4}$`).test(c.ogpId)) {
        add(at('ogpId'), `${c.ogpId} does not start with ${member.name.en}'s prefix ${member.idPrefix}. Check the ID on OGP's page, or move the commitment to its member's file.`);
      }
      const plan = plans.get(c.plan);
      if (!plan) add(at('plan'), `plan "${c.plan}" is not in this file's plans. Use one of: ${[...plans.keys()].join(', ') || '(none: add the plan under plans:)'}.`);
      for (const name of c.names) {
        if (!memberKeys.has(name)) add(at('names'), `"${name}" is not a member of the register. Use a file name from content/commitments/ without .yaml: ${[...memberKeys].join(', ')}.`);
      }
      for (const lang of ['id', 'en'] as const) {
        const text = c.summary[lang];
        if (sentences(text).length > 1) add(at('summary', lang), `the ${lang === 'id' ? 'Indonesian' : 'English'} summary has more than one sentence. Write one sentence that says what the commitment does.`);
        else if (wordCount(text) > SUMMARY_WORDS) problems.push({ file: source.file, line: lineOf(source, at('summary', lang)), severity: 'warning', message: `the ${lang === 'id' ? 'Indonesian' : 'English'} summary has ${wordCount(text)} words. Aim for ${SUMMARY_WORDS} or fewer.` });
      }
      if (c.start && c.end && c.start > c.end) add(at('end'), `the commitment ends (${c.end}) before it starts (${c.start}). Check both dates.`);
      if (plan) {
        const [planStart] = monthRange(plan.start);
        const [, planEnd] = monthRange(plan.end);
        if (c.start && monthRange(c.start)[0] < planStart) add(at('start'), `start ${c.start} is before its action plan starts (${plan.start}). Check the date, or the plan.`);
        if (c.end && monthRange(c.end)[1] > planEnd) add(at('end'), `end ${c.end} is after its action plan ends (${plan.end}). Check the date, or the plan.`);
      }
      if (!c.unconfirmed.includes('dates') && (!c.start || !c.end)) add(at(), `${ref ?? 'this commitment'} has no start or end. Write both (YYYY-MM), or add dates to unconfirmed when the sources do not give them.`);
      if (!c.ogpId && !c.unconfirmed.includes('ogpId')) add(at('key'), `${ref ?? 'this commitment'} has no ogpId. Write its OGP ID, or add ogpId to unconfirmed when none could be confirmed.`);
    });
  }
}

/** Every commitment reference (OGP ID or key) in the register, read leniently: for `<Commitment id>` checks. */
export function registerRefs(dir: string): Set<string> {
  const cached = refCache.get(dir);
  if (cached) return cached;
  const refs = new Set<string>();
  const folder = join(dir, 'commitments');
  for (const name of existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : []) {
    try {
      const data = parseDocument(readFileSync(join(folder, name), 'utf8')).toJS() as { commitments?: Array<{ ogpId?: string; key?: string }> } | null;
      for (const c of data?.commitments ?? []) if (c?.ogpId ?? c?.key) refs.add(String(c.ogpId ?? c.key));
    } catch {
      /* reported by checkCommitments */
    }
  }
  refCache.set(dir, refs);
  return refs;
}
const refCache = new Map<string, Set<string>>();
