/**
 * The readiness self-check (/alat/kesiapan/, /en/tools/readiness/): answers are kept in this browser and
 * the result (met items, gaps with the sections that help) is shown from parts the page already holds.
 * Loaded by that page only; nothing is sent anywhere.
 */
import { STORAGE_KEYS } from '../../lib/tools/bundles.ts';

/** A reader's answer to one question. */
type Answer = 'yes' | 'no' | 'unsure';

const root = document.querySelector<HTMLElement>('[data-readiness]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('#readiness-form')!;
  const result = root.querySelector<HTMLElement>('[data-readiness-result]')!;
  const problem = root.querySelector<HTMLElement>('#storage-problem')!;
  const fill = (text: string, vars: Record<string, number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  let store: Storage | undefined;
  try {
    store = window.localStorage;
  } catch {
    store = undefined;
  }
  const read = (): Record<string, Answer> => {
    try {
      return JSON.parse(store?.getItem(STORAGE_KEYS.readiness) ?? '{}') as Record<string, Answer>;
    } catch {
      return {};
    }
  };
  const answers = read();
  for (const [id, a] of Object.entries(answers)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(id)}"][value="${a}"]`);
    if (input) input.checked = true;
  }

  const render = () => {
    const counts = { yes: 0, gap: 0, open: 0, required: 0 };
    for (const item of root.querySelectorAll<HTMLElement>('[data-item]')) {
      const id = item.dataset.item!;
      const a = answers[id];
      const met = root.querySelector<HTMLElement>(`[data-met="${id}"]`)!;
      const gap = root.querySelector<HTMLElement>(`[data-gap="${id}"]`)!;
      met.hidden = a !== 'yes';
      gap.hidden = a !== 'no' && a !== 'unsure';
      for (const s of gap.querySelectorAll<HTMLElement>('[data-answer]')) s.hidden = s.dataset.answer !== a;
      if (a === 'yes') counts.yes += 1;
      else if (a) counts.gap += 1;
      else counts.open += 1;
      if (a && a !== 'yes' && item.dataset.required === 'true') counts.required += 1;
    }
    for (const list of result.querySelectorAll<HTMLElement>('[data-list]')) {
      list.hidden = ![...list.querySelectorAll<HTMLElement>('li[data-met], li[data-gap]')].some((li) => !li.hidden);
    }
    const summary = result.querySelector<HTMLElement>('[data-summary]')!;
    summary.textContent = fill(summary.dataset.template!, counts);
    result.querySelector<HTMLElement>('[data-required-gap]')!.hidden = counts.required === 0;
  };

  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    answers[input.name] = input.value as Answer;
    try {
      store?.setItem(STORAGE_KEYS.readiness, JSON.stringify(answers));
      problem.hidden = !!store;
    } catch {
      problem.hidden = false;
    }
    render();
  });
  root.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!b) return;
    if (b.dataset.action === 'print') window.print();
    if (b.dataset.action === 'reset' && confirm(b.dataset.confirm ?? '')) {
      for (const k of Object.keys(answers)) delete answers[k];
      for (const i of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) i.checked = false;
      try { store?.removeItem(STORAGE_KEYS.readiness); } catch { /* nothing stored */ }
      render();
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
    }
  });
  problem.hidden = !!store;
  for (const e of root.querySelectorAll<HTMLElement>('[data-tool-online]')) e.hidden = false;
  root.classList.add('tool-ready');
  render();
}
