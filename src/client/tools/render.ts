/** DOM pieces of the builder: milestone rows, the print view and file downloads. Text is always set as text. */
import { MILESTONE_FIELDS, TEXT_FIELDS, type Milestone, type StoredDraft } from './draft.ts';
import { milestoneId } from './checks.ts';
import type { BuilderStrings } from './labels.ts';

/** Create an element with attributes and text (never HTML). */
export function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** One milestone's fieldset, the same markup the page has without JavaScript. */
export function milestoneFieldset(n: number, m: Milestone, s: BuilderStrings): HTMLElement {
  const set = el('fieldset', { class: 'milestone', 'data-milestone': String(n) });
  set.append(el('legend', {}, fill(s.milestone.label, { n })));
  for (const part of MILESTONE_FIELDS) {
    const id = milestoneId(n, part);
    const wrap = el('p', { class: `field milestone-${part}` });
    const label = el('label', { for: id }, s.milestone[part]);
    const input = el(part === 'text' ? 'textarea' : 'input', { id, name: id, 'aria-describedby': `${id}-error`, ...(part === 'text' ? { rows: '2' } : { type: part === 'deliverable' ? 'text' : 'date' }) }) as HTMLInputElement;
    input.value = m[part];
    wrap.append(label, input, el('span', { class: 'field-error', id: `${id}-error`, hidden: '' }));
    set.append(wrap);
  }
  const remove = el('button', { type: 'button', class: 'tool-secondary', 'data-action': 'remove-milestone', 'data-n': String(n) }, fill(s.milestone.remove, { n }));
  set.append(remove);
  return set;
}

/** Fill the print view with the draft as plain text (what "Print" and the browser's print command show). */
export function renderPrintView(target: HTMLElement, draft: StoredDraft, s: BuilderStrings): void {
  const d = draft.data;
  target.replaceChildren(el('h2', {}, d.title.trim() || draft.name), el('p', { class: 'small' }, s.exportDraftLine.replace('{name}', draft.name).replace('{date}', draft.updated.slice(0, 10))));
  for (const f of TEXT_FIELDS) {
    if (f === 'title') continue;
    target.append(el('h3', {}, s.fields[f]), el('p', { class: 'typed' }, d[f].trim() || '—'));
    if (f === 'solution') target.append(el('h3', {}, s.valuesTitle), el('p', { class: 'typed' }, d.values.map((v) => s.values[v]).join(', ') || '—'));
    if (f === 'relevance') {
      target.append(el('h3', {}, s.milestonesTitle));
      const table = el('table');
      const head = el('tr');
      for (const t of ['#', ...MILESTONE_FIELDS.map((k) => s.milestone[k])]) head.append(el('th', { scope: 'col' }, t));
      table.append(head);
      d.milestones.forEach((m, i) => {
        const row = el('tr');
        for (const t of [String(i + 1), ...MILESTONE_FIELDS.map((k) => m[k] || '—')]) row.append(el('td', {}, t));
        table.append(row);
      });
      target.append(table);
    }
  }
  target.append(el('p', { class: 'small' }, s.exportNote));
}

/** A file name from a draft's name: lowercase letters, digits and hyphens. */
export function fileName(name: string, ext: string): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${base || 'komitmen'}.${ext}`;
}

/** Offer a file to the reader (nothing leaves the browser). */
export function download(content: Blob | string, name: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name, hidden: '' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
