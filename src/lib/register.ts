/**
 * The commitments register as pages and downloads see it: one flat record per commitment, joined with its
 * member and action plan, in a fixed order. Pure functions over parsed member files, so the build, the
 * author component and the tests read the same thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './content-index.ts';
import { processMap } from './process-cache.ts';
import { memberFileSchema, type CommitmentData, type MemberFile, type PlanData } from './register-schema.ts';

/** The key chapters use to link to the register page: `[daftar komitmen](page:daftar-komitmen#unduh)`. */
export const REGISTER_PAGE_KEY = 'daftar-komitmen';
/** The sections of the register page a `page:daftar-komitmen#…` link may point to. */
export const REGISTER_ANCHORS = new Set(['jumlah', 'tanpa-komitmen', 'unduh', 'kamus-data']);

/** A member as the register lists it, with its file key (the YAML file's name). */
export interface RegisterMember extends MemberFile {
  /** File name without `.yaml`, e.g. "semarang". */
  key: string;
}

/** One commitment with its member and plan. */
export interface RegisterRecord extends CommitmentData {
  /** The part of its address: the OGP ID, or the handbook's key where no ID is confirmed. */
  ref: string;
  /** Key of the member whose plan holds it. */
  memberKey: string;
  member: MemberFile['member'];
  planData: PlanData;
}

/** The whole register: members (with no commitments too) and their commitments. */
export interface Register {
  members: RegisterMember[];
  records: RegisterRecord[];
}

/** Member types in the order the register lists them: local members first, the national plan last. */
const TYPE_ORDER = ['provinsi', 'kabupaten', 'kota', 'nasional'];

/** Join parsed member files into the register, sorted by member name then plan then reference. */
export function buildRegister(files: Array<{ key: string; data: MemberFile }>): Register {
  const members = [...files]
    .map((f) => ({ key: f.key, ...f.data }))
    .sort((a, b) => Number(a.member.type === 'nasional') - Number(b.member.type === 'nasional') || a.member.name.en.localeCompare(b.member.name.en, 'en'));
  const records = members.flatMap((m) =>
    m.commitments.map((c) => ({
      ...c,
      ref: c.ogpId ?? c.key ?? '',
      memberKey: m.key,
      member: m.member,
      planData: m.plans.find((p) => p.key === c.plan) ?? m.plans[0],
    })),
  );
  return { members, records: records.sort((a, b) => (a.memberKey === b.memberKey ? compareRefs(a, b) : 0)) };
}

/** Commitments with an OGP ID first, in ID order; then the rest by key. */
function compareRefs(a: RegisterRecord, b: RegisterRecord): number {
  return Number(!a.ogpId) - Number(!b.ogpId) || a.ref.localeCompare(b.ref, 'en');
}

/** Counts for the top of the register page, computed from the data. */
export function registerCounts(register: Register): { members: number; plans: number; commitments: number; national: number } {
  const local = register.members.filter((m) => m.member.type !== 'nasional');
  return {
    members: local.length,
    plans: local.reduce((n, m) => n + m.plans.length, 0),
    commitments: register.records.length,
    national: register.records.filter((r) => r.member.type === 'nasional').length,
  };
}

/** The records a member's pages list: its own commitments and those (such as national ones) that name it. */
export function recordsForMember(register: Register, memberKey: string): RegisterRecord[] {
  return register.records.filter((r) => r.memberKey === memberKey || r.names.includes(memberKey));
}

/** The records a case study lists: those of the members it is about (member.caseStudy), in register order. */
export function recordsForCaseStudy(register: Register, caseStudyKey: string): RegisterRecord[] {
  const members = new Set(register.members.filter((m) => m.member.caseStudy === caseStudyKey).map((m) => m.key));
  return register.records.filter((r) => members.has(r.memberKey) || r.names.some((n) => members.has(n)));
}

/** The years a record runs through (from its own dates, else its plan's), for the year filter. */
export function recordYears(record: RegisterRecord): number[] {
  const from = Number((record.start ?? record.planData.start).slice(0, 4));
  const to = Number((record.end ?? record.planData.end).slice(0, 4));
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/** The earliest "checked" date over the files: every record was checked on or after it. */
export function lastChecked(register: Register): string | undefined {
  return register.members.map((m) => m.member.checked).sort()[0];
}

/**
 * Read and validate `content/commitments/*.yaml` outside Astro (the author component, the tests).
 * Throws one message naming each bad file; `npm run check` gives the lines.
 */
export function loadRegister(dir = contentDir()): Register {
  const cached = cache.get(dir);
  if (cached) return cached;
  const folder = join(dir, 'commitments');
  const files: Array<{ key: string; data: MemberFile }> = [];
  const problems: string[] = [];
  for (const name of existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort() : []) {
    const parsed = memberFileSchema.safeParse(parseYaml(readFileSync(join(folder, name), 'utf8')) ?? {});
    if (parsed.success) files.push({ key: name.replace(/\.yaml$/, ''), data: parsed.data });
    else problems.push(`content/commitments/${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  if (problems.length) throw new Error(`The commitments register is not valid (run npm run check for the lines):\n  ${problems.join('\n  ')}`);
  const register = buildRegister(files);
  cache.set(dir, register);
  return register;
}
// One per process, shared by the module's copies (src/lib/process-cache.ts).
const cache = processMap<string, Register>('register');
