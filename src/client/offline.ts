/**
 * "Save for offline reading" on the "Baca offline / Read offline" page, loaded only when a button there is
 * pressed (data-act="offline"). Registers the service worker (src/client/sw/sw.ts, served as /sw.js) only
 * now, asks it to save this language of the handbook, and shows its progress. Labels come from the
 * widget's data-label-*. Removing a copy deletes its caches here, and the worker too once none is left.
 */
import { SERVICE_WORKER_FILE, cachePrefix } from '../lib/offline/names.ts';
import type { SaveRequest, WorkerReply } from './sw/messages.ts';

const html = document.documentElement;
const base = html.dataset.base || '/';
const lang = html.lang;

function widget(button: Element) {
  const root = button.closest<HTMLElement>('[data-offline-save]')!;
  const status = root.querySelector('[data-offline-status]')!;
  return {
    labels: root.dataset,
    bar: root.querySelector<HTMLProgressElement>('[data-offline-progress]')!,
    saved: root.querySelector<HTMLElement>('[data-offline-saved]')!,
    action: root.querySelector<HTMLElement>('[data-offline-save-action]')!,
    say: (text: string | undefined) => {
      status.textContent = text ?? '';
    },
  };
}

const fill = (text: string | undefined, values: Record<string, number>) => (text ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Send a message to the service worker; progress messages go to `onProgress`, the last answer resolves. */
function ask(worker: ServiceWorker, message: SaveRequest, onProgress: (progress: { done: number; total: number }) => void): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'progress') onProgress(data);
      else if (data.type === 'error') reject(new Error(data.message));
      else resolve(data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/** Save this language for offline reading, with a progress bar and a spoken status every quarter. */
export async function save(button: HTMLButtonElement): Promise<void> {
  const { labels, bar, saved, action, say } = widget(button);
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say(labels.labelUnsupported);
    return;
  }
  button.disabled = true;
  say(labels.labelStarting);
  try {
    await navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base });
    const registration = await navigator.serviceWorker.ready;
    let quarter = -1;
    await ask(registration.active!, { type: 'save', lang }, ({ done, total }) => {
      bar.hidden = false;
      bar.max = total;
      bar.value = done;
      const q = Math.floor((done / Math.max(total, 1)) * 4);
      if (q !== quarter) {
        quarter = q;
        say(fill(labels.labelProgress, { done, total }));
      }
    });
    // Ask the browser not to clear the copy when space runs low (phones do).
    try {
      await navigator.storage?.persist?.();
    } catch {
      // Not offered: fine.
    }
    bar.value = bar.max;
    saved.hidden = false;
    // Saved: no "save" button any more (updates come by themselves), and no "not saved" notice.
    action.hidden = true;
    document.querySelector('[data-offline-not-saved]')?.setAttribute('hidden', '');
    say(labels.labelSaved);
  } catch {
    say(labels.labelFailed);
  } finally {
    button.disabled = false;
  }
}

/** The widget's click handler (see src/views/Offline.astro): runs the pressed button's data-offline-action. */
export function act(button: HTMLButtonElement): Promise<void> | undefined {
  if (button?.dataset.offlineAction === 'save') return save(button);
  if (button?.dataset.offlineAction === 'remove') return remove(button);
  return undefined;
}

/** Remove this language's saved copy; with no copy left, the service worker is unregistered too. */
export async function remove(button: HTMLButtonElement): Promise<void> {
  const { labels, bar, saved, action, say } = widget(button);
  const registration = await navigator.serviceWorker?.getRegistration(base);
  const prefix = cachePrefix(base);
  for (const name of await caches.keys()) if (name.startsWith(`${prefix}${lang}|`)) await caches.delete(name);
  const left = (await caches.keys()).filter((name) => name.startsWith(prefix));
  if (!left.length) await registration?.unregister();
  bar.hidden = true;
  saved.hidden = true;
  action.hidden = false;
  say(labels.labelRemoved);
}
