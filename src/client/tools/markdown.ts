/** A draft as Markdown: the same content as the Word file, for any editor or a message to a partner. */
import { MILESTONE_FIELDS, TEXT_FIELDS, type StoredDraft } from './draft.ts';
import type { BuilderStrings } from './labels.ts';

/** Markdown for a draft; the reader's text is kept as typed, with Markdown's own characters escaped. */
export function draftMarkdown(draft: StoredDraft, s: BuilderStrings): string {
  const esc = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
  const block = (text: string) => (text.trim() ? esc(text.trim()) : '—');
  const line = s.exportDraftLine.replace('{name}', draft.name).replace('{date}', draft.updated.slice(0, 10));
  const out: string[] = [`# ${esc(draft.data.title.trim() || draft.name)}`, '', `*${esc(line)}*`, ''];
  for (const f of TEXT_FIELDS) {
    if (f === 'title') continue;
    out.push(`## ${s.fields[f]}`, '', block(draft.data[f]), '');
    if (f === 'solution') {
      out.push(`## ${s.valuesTitle}`, '', draft.data.values.length ? draft.data.values.map((v) => `- ${s.values[v]}`).join('\n') : '—', '');
    }
    if (f === 'relevance') {
      out.push(`## ${s.milestonesTitle}`, '');
      out.push(`| # | ${MILESTONE_FIELDS.map((k) => s.milestone[k]).join(' | ')} |`, `|---|${MILESTONE_FIELDS.map(() => '---').join('|')}|`);
      draft.data.milestones.forEach((m, i) => out.push(`| ${i + 1} | ${MILESTONE_FIELDS.map((k) => esc(m[k].replace(/\s+/g, ' ').trim()) || '—').join(' | ')} |`));
      out.push('');
    }
  }
  out.push('---', '', esc(s.exportNote), '');
  return out.join('\n');
}
