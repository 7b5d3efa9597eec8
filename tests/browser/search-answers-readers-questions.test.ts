import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const site = useSite();

// Questions readers actually type, and the page that must be among the first three results.
const QUESTIONS = [
  { start: '', query: 'surat dukungan kepala daerah', expect: '/bab/mendaftar-ogp-local/' },
  { start: '', query: 'forum multipihak', expect: '/bab/forum-multipihak/' },
  { start: '', query: 'Lapor Hendi', expect: /\/(studi-kasus\/semarang|bab\/kanal-aduan-warga)\/$/ },
  { start: '', query: 'kontrak terbuka', expect: '/studi-kasus/bojonegoro/' },
  { start: 'en/', query: 'how do we write a commitment', expect: '/en/chapters/menyusun-komitmen/' },
  { start: 'en/', query: 'multi-stakeholder forum', expect: '/en/chapters/forum-multipihak/' },
  { start: '', query: 'kanal pemantauan rencana aksi', expect: '/bab/pelajaran-daerah-perintis/' },
  { start: '', query: 'jaringan server OGP', expect: '/bab/pelajaran-daerah-perintis/' },
];

describe('the search finds the right page for readers’ questions', () => {
  it.each(QUESTIONS)('"$query"', async ({ start, query, expect: wanted }) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + start);
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').fill(query);
    await page.locator(`#search-dialog .search-results[data-query="${query}"] .result-title`).first().waitFor();
    const top = await page.locator('#search-dialog .result-title').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
    if (typeof wanted === 'string') expect(top).toContain(wanted);
    else expect(top.some((p) => wanted.test(p)), top.join(', ')).toBe(true);
    await page.close();
  });
});
