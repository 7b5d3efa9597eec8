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
  // The operational chapters of the second edition, in the words a Bappeda officer types.
  { start: '', query: 'jadwal OGP Local', expect: '/bab/jadwal-ogp-local/' },
  { start: '', query: 'kapan rencana aksi diserahkan', expect: '/bab/jadwal-ogp-local/' },
  { start: 'en/', query: 'OGP Local timeline', expect: '/en/chapters/jadwal-ogp-local/' },
  { start: 'en/', query: 'when is the action plan submitted', expect: '/en/chapters/jadwal-ogp-local/' },
  { start: '', query: 'peran narahubung', expect: '/bab/peran-para-pihak/' },
  { start: '', query: 'siapa narahubung nasional Bappenas', expect: '/bab/peran-para-pihak/' },
  { start: 'en/', query: 'OGP Support Unit role', expect: '/en/chapters/peran-para-pihak/' },
  { start: 'en/', query: 'point of contact Bappenas', expect: '/en/chapters/peran-para-pihak/' },
  { start: '', query: 'surat keputusan tim OGP', expect: '/bab/dokumen-resmi-daerah/' },
  { start: '', query: 'nota kesepahaman OMS', expect: '/bab/dokumen-resmi-daerah/' },
  { start: 'en/', query: 'model decree OGP team', expect: '/en/chapters/dokumen-resmi-daerah/' },
  { start: 'en/', query: 'memorandum of understanding CSO', expect: '/en/chapters/dokumen-resmi-daerah/' },
  { start: '', query: 'anggaran forum APBD', expect: '/bab/mendanai-kegiatan/' },
  { start: '', query: 'biaya rapat forum multipihak', expect: '/bab/mendanai-kegiatan/' },
  { start: 'en/', query: 'fund forum meetings APBD', expect: '/en/chapters/mendanai-kegiatan/' },
  { start: 'en/', query: 'budget for OGP activities', expect: '/en/chapters/mendanai-kegiatan/' },
  { start: '', query: 'IDSMG0005', expect: '/bab/contoh-komitmen-nyata/' },
  { start: '', query: 'contoh komitmen dalam templat OGP', expect: '/bab/contoh-komitmen-nyata/' },
  { start: 'en/', query: 'real commitment field by field', expect: '/en/chapters/contoh-komitmen-nyata/' },
  { start: 'en/', query: 'IDSMG0005', expect: '/en/chapters/contoh-komitmen-nyata/' },
  { start: '', query: 'penilaian awal lembaga pemantau lokal', expect: '/bab/pemantauan-lokal/' },
  { start: '', query: 'skala IRM', expect: '/bab/pemantauan-lokal/' },
  { start: 'en/', query: 'inception assessment monitoring body', expect: '/en/chapters/pemantauan-lokal/' },
  { start: 'en/', query: 'end-of-commitment assessment', expect: '/en/chapters/pemantauan-lokal/' },
  { start: '', query: 'penjabat kepala daerah', expect: '/bab/pergantian-kepala-daerah/' },
  { start: '', query: 'Plt bupati tanda tangan', expect: '/bab/pergantian-kepala-daerah/' },
  { start: 'en/', query: 'acting regional head', expect: '/en/chapters/pergantian-kepala-daerah/' },
  { start: 'en/', query: 'new regional head after election', expect: '/en/chapters/pergantian-kepala-daerah/' },
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
