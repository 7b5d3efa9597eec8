/**
 * The commitment builder (/alat/komitmen/, /en/tools/commitment/): drafts saved in this browser as the
 * reader types, the checks shown beside the fields, and the exports. Loaded by that page only.
 * Nothing is sent anywhere: every draft stays in localStorage until the reader exports it.
 */
import { CHECKS, checkDraft, type Issue } from './checks.ts';
import { draftFile, emptyDraft, emptyMilestone, LIMITS, readDraftFile, TEXT_FIELDS, VALUES, type Draft, type StoredDraft, type Value } from './draft.ts';
import { download, el, fileName, milestoneFieldset, renderPrintView } from './render.ts';
import { newId, openStorage, readShelf, writeShelf, type Shelf } from './storage.ts';
import { draftMarkdown } from './markdown.ts';
import type { BuilderStrings } from './labels.ts';
import { DOCX_BUNDLE, STORAGE_KEYS } from '../../lib/tools/bundles.ts';

const root = document.querySelector<HTMLElement>('[data-commitment-builder]');
if (root) start(root);

function start(root: HTMLElement): void {
  const s = JSON.parse(root.dataset.strings ?? '{}') as BuilderStrings;
  const lang = document.documentElement.lang;
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const form = $('#commitment-form');
  const milestones = $('[data-milestones]');
  const select = $<HTMLSelectElement>('#draft-select');
  const name = $<HTMLInputElement>('#draft-name');
  const status = $('#tool-status');
  const problem = $('#storage-problem');
  const savedAt = $('#save-state');
  const fill = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const when = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const storage = openStorage();
  const shelf: Shelf = readShelf(storage, STORAGE_KEYS.commitment);
  const touched = new Set<string>();
  let current: StoredDraft;

  const say = (text: string) => { status.textContent = ''; status.textContent = text; };
  const deleted = new Set<string>();
  const save = () => {
    // Another tab may have saved since: keep its drafts and its newer changes, this tab's open draft wins.
    const merged = new Map(readShelf(storage, STORAGE_KEYS.commitment).drafts.filter((d) => !deleted.has(d.id)).map((d) => [d.id, d]));
    for (const d of shelf.drafts) {
      const other = merged.get(d.id);
      if (!other || d.id === current.id || other.updated < d.updated) merged.set(d.id, d);
    }
    shelf.drafts = [...merged.values()];
    shelf.open = current.id;
    const failed = writeShelf(storage, STORAGE_KEYS.commitment, shelf);
    problem.hidden = !failed;
    $('#storage-problem-text').textContent = failed ? (failed === 'full' ? s.storageFull : s.storageBlocked) : '';
    savedAt.textContent = failed ? '' : fill(s.saved, { time: when.format(new Date(current.updated)) });
  };
  const untitled = () => fill(s.untitled, { n: shelf.drafts.length + 1 });
  const create = (data: Draft = emptyDraft(), draftName = untitled()): StoredDraft => {
    const d = { id: newId(), name: draftName.slice(0, LIMITS.name), updated: new Date().toISOString(), data };
    shelf.drafts.push(d);
    return d;
  };

  /** The form's content as a draft. */
  const collect = (): Draft => {
    const d = emptyDraft();
    for (const f of TEXT_FIELDS) d[f] = form.querySelector<HTMLTextAreaElement>(`#f-${f}`)!.value;
    d.values = VALUES.filter((v) => (form.querySelector<HTMLInputElement>(`#value-${v}`))!.checked);
    d.milestones = [...milestones.querySelectorAll('[data-milestone]')].map((set) => {
      const m = emptyMilestone();
      for (const k of Object.keys(m) as Array<keyof typeof m>) m[k] = set.querySelector<HTMLInputElement>(`[name$="-${k}"]`)!.value;
      return m;
    });
    return d;
  };
  const renderMilestones = (list: Draft['milestones']) => milestones.replaceChildren(...list.map((m, i) => milestoneFieldset(i + 1, m, s)));
  /** Put a draft into the form (as text values, never HTML). */
  const show = (d: StoredDraft) => {
    current = d;
    for (const f of TEXT_FIELDS) form.querySelector<HTMLTextAreaElement>(`#f-${f}`)!.value = d.data[f];
    for (const v of VALUES) form.querySelector<HTMLInputElement>(`#value-${v}`)!.checked = d.data.values.includes(v as Value);
    renderMilestones(d.data.milestones);
    name.value = d.name;
    touched.clear();
    for (const f of TEXT_FIELDS) if (d.data[f].trim()) touched.add(`f-${f}`);
    if (d.data.values.length) touched.add('f-values');
    d.data.milestones.forEach((m, i) => Object.values(m).some((v) => v.trim()) && touched.add(`m${i + 1}`));
    listDrafts();
    check();
  };
  const listDrafts = () => {
    select.replaceChildren(...[...shelf.drafts].sort((a, b) => (a.updated < b.updated ? 1 : -1)).map((d) => {
      const o = el('option', { value: d.id }, `${d.name} · ${when.format(new Date(d.updated))}`) as HTMLOptionElement;
      o.selected = d.id === current?.id;
      return o;
    }));
  };

  const summaryText = (n: number) => (n ? fill(s.summary, { n }) : s.summaryOk);
  /** Run the checks; messages go beside the fields the reader has worked on, and all into the checks panel. */
  const check = () => {
    const issues = checkDraft(collect());
    const group = (field: string) => /^m\d+-/.test(field) ? field.split('-')[0] : field;
    const message = (i: Issue) => fill(s.issues[i.code], { n: i.n ?? '', excerpt: i.excerpt ?? '', field: s.fields[i.field.replace(/^f-/, '') as keyof typeof s.fields] ?? '' });
    for (const e of root.querySelectorAll<HTMLElement>('.field-error')) { e.hidden = true; e.textContent = ''; }
    for (const f of root.querySelectorAll('[aria-invalid]')) f.removeAttribute('aria-invalid');
    for (const i of issues) {
      if (i.check === 'complete' || !touched.has(group(i.field))) continue;
      const err = document.getElementById(`${i.field}-error`);
      if (!err) continue;
      err.textContent = err.textContent ? `${err.textContent} ${message(i)}` : message(i);
      err.hidden = false;
      document.getElementById(i.field)?.setAttribute('aria-invalid', 'true');
    }
    for (const key of CHECKS) {
      const box = $(`[data-check="${key}"]`);
      const mine = issues.filter((i) => i.check === key);
      box.querySelector('[data-check-status]')!.textContent = mine.length ? fill(s.checkOpen, { n: mine.length }) : s.checkOk;
      box.dataset.state = mine.length ? 'open' : 'ok';
      // Re-rendered only when the messages change, so a reader whose focus is on one of them keeps it.
      const list = box.querySelector<HTMLElement>('[data-check-issues]')!;
      const signature = mine.map((i) => `${i.field}|${message(i)}`).join('\n');
      if (list.dataset.signature === signature) continue;
      const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.focus : undefined;
      list.dataset.signature = signature;
      list.replaceChildren(...mine.map((i) => {
        const li = el('li');
        li.append(el('a', { href: `#${i.field}`, 'data-focus': i.field }, message(i)));
        return li;
      }));
      if (focused) (list.querySelector<HTMLElement>(`[data-focus="${focused}"]`) ?? box.querySelector<HTMLElement>('[data-check-status]'))?.focus();
    }
    // A live region: written only when the count changes, so a screen reader is not interrupted at every pause.
    const summary = summaryText(issues.length);
    if ($('[data-check-summary]').textContent !== summary) $('[data-check-summary]').textContent = summary;
  };

  /** The field a control belongs to: a milestone's row (m1), the values group, or the control itself. */
  const fieldKey = (t: HTMLElement): string => (/^m\d+-/.test(t.id) ? t.id.split('-')[0] : t.closest('#f-values') ? 'f-values' : t.id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (target: EventTarget | null) => {
    const t = target as HTMLElement;
    if (t?.id) touched.add(fieldKey(t));
    current.data = collect();
    current.updated = new Date().toISOString();
    save();
    clearTimeout(timer);
    timer = setTimeout(() => { check(); listDrafts(); }, 250);
  };
  form.addEventListener('input', (e) => changed(e.target));
  form.addEventListener('change', (e) => changed(e.target));
  form.addEventListener('focusout', (e) => {
    // Only a field left for the first time shows its messages now: re-checking on every focusout would move the
    // buttons below the checks panel between mouse-down and mouse-up, and the first click would be lost.
    const t = e.target as HTMLElement;
    if (t.id && !touched.has(fieldKey(t))) { touched.add(fieldKey(t)); check(); }
  });
  name.addEventListener('input', () => {
    current.name = name.value.slice(0, LIMITS.name) || untitled();
    current.updated = new Date().toISOString();
    save();
    listDrafts();
  });
  select.addEventListener('change', () => {
    const d = shelf.drafts.find((x) => x.id === select.value);
    if (d) { show(d); save(); say(fill(s.opened, { name: d.name })); }
  });

  const actions: Record<string, (button: HTMLButtonElement) => void | Promise<void>> = {
    'new': () => { show(create()); save(); say(fill(s.created, { name: current.name })); $('#f-title').focus(); },
    'delete': () => {
      if (!confirm(fill(s.deleteConfirm, { name: current.name }))) return;
      const gone = current.name;
      deleted.add(current.id);
      shelf.drafts = shelf.drafts.filter((d) => d.id !== current.id);
      show(shelf.drafts[0] ?? create());
      save();
      say(fill(s.deleted, { name: gone }));
      select.focus();
    },
    'add-milestone': () => {
      if (current.data.milestones.length >= LIMITS.milestones) return;
      current.data = collect();
      current.data.milestones.push(emptyMilestone());
      renderMilestones(current.data.milestones);
      changed(null);
      document.getElementById(`m${current.data.milestones.length}-text`)?.focus();
    },
    'remove-milestone': (b) => {
      const n = Number(b.dataset.n);
      current.data = collect();
      current.data.milestones.splice(n - 1, 1);
      renderMilestones(current.data.milestones);
      changed(null);
      (document.getElementById(`m${Math.min(n, current.data.milestones.length)}-text`) ?? $('[data-action="add-milestone"]')).focus();
    },
    'check': () => {
      for (const el of form.querySelectorAll<HTMLElement>('[id^="f-"], [id^="m"]')) touched.add(/^m\d+-/.test(el.id) ? el.id.split('-')[0] : el.id);
      check();
      $('#checks').focus();
    },
    'export-json': () => download(draftFile(current), fileName(current.name, 'json'), 'application/json'),
    'export-md': () => download(draftMarkdown(current, s), fileName(current.name, 'md'), 'text/markdown'),
    'print': () => window.print(),
    'export-docx': async (b) => {
      b.disabled = true;
      say(s.exporting);
      try {
        const base = document.documentElement.dataset.base ?? '/';
        const mod = (await import(/* @vite-ignore */ `${base}${DOCX_BUNDLE.file}`)) as typeof import('./docx-export.ts');
        download(await mod.commitmentDocx(current, s), fileName(current.name, 'docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        say('');
      } catch {
        say(s.exportFailed);
      } finally {
        b.disabled = false;
      }
    },
  };
  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const focus = target.closest<HTMLElement>('[data-focus]');
    if (focus) { e.preventDefault(); document.getElementById(focus.dataset.focus!)?.focus(); return; }
    const b = target.closest<HTMLButtonElement>('button[data-action]');
    if (b && actions[b.dataset.action!]) { e.preventDefault(); void actions[b.dataset.action!](b); }
  });

  const file = $<HTMLInputElement>('#import-file');
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const result = chosen.size > LIMITS.fileBytes ? readDraftFile('', chosen.size) : readDraftFile(await chosen.text(), chosen.size);
    if (!result.ok) { say(fill(s.importProblems[result.problem], { field: result.field ?? '', max: Math.round(LIMITS.fileBytes / 1000) })); return; }
    show(create(result.data, result.name));
    save();
    say(fill(s.imported, { name: current.name }));
  });

  window.addEventListener('beforeprint', () => renderPrintView($('[data-print-view]'), { ...current, data: collect() }, s));
  for (const e of root.querySelectorAll<HTMLElement>('[data-tool-online]')) e.hidden = false;
  root.classList.add('tool-ready');
  show(shelf.drafts.find((d) => d.id === shelf.open) ?? shelf.drafts[0] ?? create());
  save();
}
