/**
 * "Copy link" beside a section heading (data-act="copy-link"): copies the section's full address, or offers
 * the phone's share sheet, then says so briefly. Labels come from <html data-copied data-copy-failed>.
 */

/** Copy (or share) the address a section's link points to, and say what happened. */
export async function copy(link: Element): Promise<void> {
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  history.replaceState(null, '', url);
  const title = link.parentElement?.querySelector('h2,h3')?.textContent?.trim() || document.title;
  const labels = document.documentElement.dataset;
  const say = (msg: string | undefined) => {
    const toast = document.createElement('div');
    toast.className = 'copy-toast';
    toast.setAttribute('role', 'status');
    toast.textContent = msg ?? '';
    document.body.append(toast);
    setTimeout(() => toast.remove(), 2500);
  };
  const coarse = matchMedia('(pointer: coarse)').matches;
  if (coarse && navigator.share) {
    try {
      await navigator.share({ title, url });
      return;
    } catch {
      // Cancelled: fall back to copying.
    }
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
