// Copy a section's full URL (or offer the phone's share sheet), then say so briefly.
export async function copy(link) {
  const url = new URL(link.getAttribute('href'), location.href).href;
  history.replaceState(null, '', url);
  const title = link.parentElement?.querySelector('h2,h3')?.textContent?.trim() || document.title;
  const labels = document.documentElement.dataset;
  const say = (msg) => {
    const toast = document.createElement('div');
    toast.className = 'copy-toast';
    toast.setAttribute('role', 'status');
    toast.textContent = msg;
    document.body.append(toast);
    setTimeout(() => toast.remove(), 2500);
  };
  const coarse = matchMedia('(pointer: coarse)').matches;
  if (coarse && navigator.share) {
    try { await navigator.share({ title, url }); return; } catch { /* cancelled: fall back to copying */ }
  }
  try {
    await navigator.clipboard.writeText(url);
    say(labels.copied);
  } catch {
    say(labels.copyFailed);
  }
}

/** The click handler the page's boot script calls for a control with data-act="copy-link". */
export const act = copy;
