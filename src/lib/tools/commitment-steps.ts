/**
 * The commitment builder's steps: which fields each holds and which chapter section teaches it, and the
 * section each check points to. Chapters are named by file name (the same in both languages) and anchor;
 * the build's link check fails if a section is renamed. Words live in content/ui (`tools.commitment.*`).
 */
import type { TextField } from '../../client/tools/draft.ts';
import type { CheckKey } from '../../client/tools/checks.ts';

/** A chapter section: file name and anchor, e.g. `menyusun-komitmen#masalah`. */
export interface Section {
  slug: string;
  anchor: string;
}

/** One step of the builder, in the order of OGP's commitment template. */
export interface Step {
  key: 'title' | 'problem' | 'statusQuo' | 'action' | 'solution' | 'relevance' | 'milestones' | 'lead';
  /** Free-text fields the step holds (the relevance step also has the values, milestones its own rows). */
  fields: TextField[];
  section: Section;
}

const WRITE = 'menyusun-komitmen';
const TEMPLATE = 'templat-komitmen';

/** Every step, in order. */
export const STEPS: Step[] = [
  { key: 'title', fields: ['title'], section: { slug: TEMPLATE, anchor: 'identitas' } },
  { key: 'problem', fields: ['problem'], section: { slug: WRITE, anchor: 'masalah' } },
  { key: 'statusQuo', fields: ['statusQuo'], section: { slug: TEMPLATE, anchor: 'masalah' } },
  { key: 'action', fields: ['action'], section: { slug: WRITE, anchor: 'tindakan' } },
  { key: 'solution', fields: ['solution'], section: { slug: WRITE, anchor: 'tujuan' } },
  { key: 'relevance', fields: ['relevance'], section: { slug: TEMPLATE, anchor: 'relevansi' } },
  { key: 'milestones', fields: [], section: { slug: WRITE, anchor: 'tonggak' } },
  { key: 'lead', fields: ['lead', 'partners'], section: { slug: WRITE, anchor: 'penanggung-jawab' } },
];

/** The section that teaches what each check looks for. */
export const CHECK_SECTIONS: Record<CheckKey, Section> = {
  verifiability: { slug: TEMPLATE, anchor: 'verifikasi' },
  relevance: { slug: WRITE, anchor: 'penilaian' },
  results: { slug: TEMPLATE, anchor: 'ambisi' },
  plain: { slug: TEMPLATE, anchor: 'cara-memakai' },
  complete: { slug: WRITE, anchor: 'bagian' },
};
