import type { Page } from 'playwright-core';

/** Wait until the builder's script has started (it shows its panels and marks the tool ready). */
export async function builderReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-commitment-builder].tool-ready');
}

/** Wait until the text beside a field (its error element) says `text`, or is hidden when `text` is null. */
export async function fieldMessage(page: Page, field: string, text: string | null): Promise<void> {
  await page.waitForFunction(
    ([id, want]) => {
      const e = document.getElementById(`${id}-error`);
      return want === null ? !!e && e.hidden : !!e && !e.hidden && (e.textContent ?? '').includes(want);
    },
    [field, text] as const,
  );
}
