// "Save for offline reading" on the "Baca offline / Read offline" page, loaded only when a
// button there is pressed. Registers the service worker (/sw.js) only now, asks it to save this
// language of the handbook, and shows its progress. Labels come from the widget's data-label-*.
const html = document.documentElement;
const base = html.dataset.base || '/';
const lang = html.lang;

function widget(button) {
  const root = button.closest('[data-offline-save]');
  const status = root.querySelector('[data-offline-status]');
  return {
    labels: root.dataset,
    bar: root.querySelector('[data-offline-progress]'),
    saved: root.querySelector('[data-offline-saved]'),
    action: root.querySelector('[data-offline-save-action]'),
    say: (text) => { status.textContent = text; },
  };
}

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));

/** Send a message to the service worker; progress messages go to `onProgress`, the last answer resolves. */
function ask(worker, message, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      if (data.type === 'progress') onProgress(data);
      else if (data.type === 'error') reject(new Error(data.message));
      else resolve(data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/** Save this language for offline reading, with a progress bar and a spoken status every quarter. */
export async function save(button) {
  const { labels, bar, saved, action, say } = widget(button);
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say(labels.labelUnsupported);
    return;
  }
  button.disabled = true;
  say(labels.labelStarting);
  try {
    await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    const registration = await navigator.serviceWorker.ready;
    let quarter = -1;
    await ask(registration.active, { type: 'save', lang }, ({ done, total }) => {
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
    try { await navigator.storage?.persist?.(); } catch { /* not offered: fine */ }
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
export function act(button) {
  if (button?.dataset.offlineAction === 'save') return save(button);
  if (button?.dataset.offlineAction === 'remove') return remove(button);
  return undefined;
}

/** Remove this language's saved copy; with no copy left, the service worker is unregistered too. */
export async function remove(button) {
  const { labels, bar, saved, action, say } = widget(button);
  const registration = await navigator.serviceWorker?.getRegistration(base);
  const prefix = `pedoman-ogp|${base}|`;
  for (const name of await caches.keys()) if (name.startsWith(`${prefix}${lang}|`)) await caches.delete(name);
  const left = (await caches.keys()).filter((name) => name.startsWith(prefix));
  if (!left.length) await registration?.unregister();
  bar.hidden = true;
  saved.hidden = true;
  action.hidden = false;
  say(labels.labelRemoved);
}
