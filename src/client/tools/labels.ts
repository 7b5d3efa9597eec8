/**
 * The words the builder's script needs, passed from content/ui/*.json by the page (one `data-strings`
 * attribute), so the script holds no language of its own.
 */
import type { TextField, Value } from './draft.ts';
import type { CheckKey, Issue } from './checks.ts';

/** Every string the commitment builder's script shows or writes into an export. */
export interface BuilderStrings {
  /** Field labels, as the form shows them. */
  fields: Record<TextField, string>;
  values: Record<Value, string>;
  valuesTitle: string;
  milestonesTitle: string;
  milestone: { label: string; text: string; deliverable: string; start: string; end: string; remove: string };
  issues: Record<Issue['code'], string>;
  checkOk: string;
  checkOpen: string;
  summary: string;
  summaryOk: string;
  untitled: string;
  saved: string;
  storageBlocked: string;
  storageFull: string;
  deleteConfirm: string;
  deleted: string;
  created: string;
  opened: string;
  imported: string;
  importProblems: Record<'tooLarge' | 'notJson' | 'notDraft' | 'badField', string>;
  exporting: string;
  exportFailed: string;
  /** The line under an export's title: the draft's name and last change ({name}, {date}). */
  exportDraftLine: string;
  /** The footer line of an export. */
  exportNote: string;
}
