// Keep checklist ticks in this browser (localStorage), per page and item anchor.
const key = (box) => `pedoman-ogp:${location.pathname}#${box.name}`;
for (const box of document.querySelectorAll('[data-checklist] input[type="checkbox"]')) {
  try {
    const saved = localStorage.getItem(key(box));
    if (saved !== null) box.checked = saved === '1';
  } catch { /* storage blocked: ticks simply are not kept */ }
  box.addEventListener('change', () => {
    try { localStorage.setItem(key(box), box.checked ? '1' : '0'); } catch { /* ignore */ }
  });
}
