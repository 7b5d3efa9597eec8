/**
 * Reading the commitments register (`content/commitments/*.yaml`) for the checks: each member file with
 * its YAML document and lines, the schema's problems in words authors understand, and the lenient list of
 * commitment references that `<Commitment id>` may use (src/mdx/commitment.ts, in the check and the build).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { z } from 'astro/zod';
import { commitmentSchema, memberFileSchema, type CommitmentData, type MemberFile } from '../lib/register-schema.ts';
import type { Problem } from './model.ts';

/** One member file of the register, as read. */
export interface MemberSource {
  key: string;
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The valid parts; a commitment that fails the schema is undefined, keeping the others' positions. */
  data?: Omit<MemberFile, 'commitments'> & { commitments: Array<CommitmentData | undefined> };
}

/** The line of the value at `path` in a YAML document, or of its nearest parent that exists. */
export function lineOf(source: MemberSource, path: Array<string | number>): number | undefined {
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

/** Read every member file, reporting YAML and schema mistakes with their lines; the valid parts are kept. */
export function readMembers(dir: string, problems: Problem[]): MemberSource[] {
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
