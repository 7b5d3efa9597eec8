/**
 * A commitment draft: the fields of OGP's commitment template, what a draft file holds, and the strict
 * reading of a file a reader imports. No DOM here: the page (src/views/tools/) and the tests use it too.
 */

/** The free-text fields, in the order of the template. */
export const TEXT_FIELDS = ['title', 'problem', 'statusQuo', 'action', 'solution', 'relevance', 'lead', 'partners'] as const;
/** A free-text field of a draft. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** The open-government values a reader can tick; the first three are OGP's core values. */
export const VALUES = ['transparency', 'participation', 'accountability', 'inclusion', 'technology'] as const;
/** One open-government value. */
export type Value = (typeof VALUES)[number];
/** The values IRM's relevance test asks for: at least one of them. */
export const CORE_VALUES: readonly Value[] = ['transparency', 'participation', 'accountability'];

/** The parts of one milestone. */
export const MILESTONE_FIELDS = ['text', 'deliverable', 'start', 'end'] as const;
/** One milestone: what is done, what anyone can check, and its dates (YYYY-MM-DD or empty). */
export type Milestone = Record<(typeof MILESTONE_FIELDS)[number], string>;

/** Everything a reader types for one commitment. */
export type Draft = Record<TextField, string> & { values: Value[]; milestones: Milestone[] };

/** A draft as kept in the browser and written to a file. */
export interface StoredDraft {
  /** Stable id inside this browser. */
  id: string;
  /** The reader's name for the draft. */
  name: string;
  /** Last change, ISO 8601. */
  updated: string;
  data: Draft;
}

/** What a draft file says it is, so any other JSON file is refused. */
export const DRAFT_FORMAT = 'pedoman-ogp/commitment-draft';
/** Limits that keep a file or the browser's storage from being flooded. */
export const LIMITS = { fileBytes: 200_000, text: 8_000, name: 120, milestones: 20 } as const;

/** A new, empty milestone. */
export function emptyMilestone(): Milestone {
  return { text: '', deliverable: '', start: '', end: '' };
}

/** A new draft with three empty milestones, as the printed form has. */
export function emptyDraft(): Draft {
  const d = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
  return { ...d, values: [], milestones: [emptyMilestone(), emptyMilestone(), emptyMilestone()] };
}

/** Why a file was refused: a code the page turns into a message. */
export type ImportProblem = 'tooLarge' | 'notJson' | 'notDraft' | 'badField';

/** Result of reading a file: a draft, or the reason it was refused (nothing else changes). */
export type ImportResult = { ok: true; name: string; data: Draft } | { ok: false; problem: ImportProblem; field?: string };

const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

/** Read a draft file's text strictly: any unknown shape, wrong type or oversized part refuses the whole file. */
export function readDraftFile(text: string, bytes: number): ImportResult {
  if (bytes > LIMITS.fileBytes) return { ok: false, problem: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const file = json as { format?: unknown; version?: unknown; name?: unknown; data?: Record<string, unknown> };
  if (!file || typeof file !== 'object' || file.format !== DRAFT_FORMAT || file.version !== 1 || !file.data || typeof file.data !== 'object') return { ok: false, problem: 'notDraft' };
  const bad = (field: string): ImportResult => ({ ok: false, problem: 'badField', field });
  const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
  if (!str(file.name, LIMITS.name)) return bad('name');
  const data = emptyDraft();
  for (const f of TEXT_FIELDS) {
    const v = file.data[f] ?? '';
    if (!str(v, LIMITS.text)) return bad(f);
    data[f] = v as string;
  }
  const values = file.data.values ?? [];
  if (!Array.isArray(values) || !values.every((v) => (VALUES as readonly unknown[]).includes(v))) return bad('values');
  data.values = [...new Set(values as Value[])];
  const milestones = file.data.milestones ?? [];
  if (!Array.isArray(milestones) || milestones.length > LIMITS.milestones) return bad('milestones');
  data.milestones = [];
  for (const m of milestones as Array<Record<string, unknown>>) {
    if (!m || typeof m !== 'object') return bad('milestones');
    const row = emptyMilestone();
    for (const k of ['text', 'deliverable'] as const) {
      if (!str(m[k] ?? '', LIMITS.text)) return bad('milestones');
      row[k] = (m[k] ?? '') as string;
    }
    for (const k of ['start', 'end'] as const) {
      if (typeof (m[k] ?? '') !== 'string' || !DATE.test((m[k] ?? '') as string)) return bad('milestones');
      row[k] = (m[k] ?? '') as string;
    }
    data.milestones.push(row);
  }
  return { ok: true, name: file.name as string, data };
}

/** The file a draft is exported as (the same shape `readDraftFile` accepts). */
export function draftFile(draft: StoredDraft): string {
  return `${JSON.stringify({ format: DRAFT_FORMAT, version: 1, name: draft.name, updated: draft.updated, data: draft.data }, null, 2)}\n`;
}
