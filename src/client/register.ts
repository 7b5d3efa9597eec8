/**
 * Filters for the commitments register, loaded only on the register page (data-mount="register").
 * The table reads completely without it; this script shows the filter form and hides the rows that do
 * not match. The word search looks at each row's cells and its summary (data-text). The filter is kept in
 * the address (?q=&member=&value=&year=), so a reload or a shared link keeps what the reader chose.
 */

const FIELDS = ['q', 'member', 'value', 'year'] as const;

/** Wire the filters inside `root`, the register page's element carrying data-mount="register". */
export function mount(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-register-filter]');
  const status = root.querySelector('[data-register-status]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-ref]')];
  if (!form || !status) return;
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) if (params.get(name)) control(name).value = params.get(name) ?? '';

  const apply = () => {
    const q = control('q').value.trim().toLowerCase();
    const [member, value, year] = ['member', 'value', 'year'].map((n) => control(n).value);
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const match =
        (!member || (d.members ?? '').split(' ').includes(member)) &&
        (!value || (d.values ?? '').split(' ').includes(value)) &&
        (!year || (d.years ?? '').split(' ').includes(year)) &&
        (!q || `${row.textContent} ${d.text ?? ''}`.toLowerCase().includes(q));
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = (root.dataset.shown ?? '').replace('{n}', String(shown)).replace('{total}', String(rows.length));
    const next = new URLSearchParams();
    for (const name of FIELDS) if (control(name).value.trim()) next.set(name, control(name).value.trim());
    const query = next.toString();
    // Some browsers refuse to change a file:// address (the offline edition); the filter still works.
    try {
      history.replaceState(history.state, '', query ? `?${query}${location.hash}` : location.pathname + location.hash);
    } catch {
      // Keep going.
    }
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
  apply();
}
