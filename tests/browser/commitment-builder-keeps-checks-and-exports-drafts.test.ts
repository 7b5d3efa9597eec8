import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { DIST } from '../support/build.ts';
import { builderReady, fieldMessage } from '../support/tools.ts';
import { formatDate, t } from '../../src/lib/i18n.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { DOCX_BUNDLE } from '../../src/lib/tools/bundles.ts';

const site = useSite();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const builder = (lang: 'id' | 'en' = 'id') => site.url + localizedPath(lang, 'toolCommitment').slice(1);

/** Press "Word" and read the file back: mammoth's text and HTML, and the XML parts as unzipped. */
async function exportWord(page: Page): Promise<{ name: string; text: string; html: string; xml: (part: string) => string; footer: string; updated: string }> {
  const updated = await page.evaluate((key) => { const shelf = JSON.parse(localStorage.getItem(key)!); return shelf.drafts.find((d: { id: string }) => d.id === shelf.open).updated as string; }, 'pedoman-ogp:tools:commitment');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-docx"]')]);
  const file = join(mkdtempSync(join(tmpdir(), 'pedoman-docx-')), 'draft.docx');
  await download.saveAs(file);
  const buffer = readFileSync(file);
  const parts = unzipSync(buffer);
  const xml = (part: string) => strFromU8(parts[part]);
  const footer = Object.keys(parts).filter((p) => /^word\/footer\d*\.xml$/.test(p)).map(xml).join('');
  return { name: download.suggestedFilename(), text: (await mammoth.extractRawText({ buffer })).value, html: (await mammoth.convertToHtml({ buffer })).value, xml, footer, updated };
}
/** A Word template as the build wrote it, unzipped. */
const template = (lang: 'id' | 'en') => unzipSync(readFileSync(join(DIST, 'unduh', lang, 'templat-komitmen.docx')));

describe('the commitment builder on a phone', () => {
  it('keeps a draft through a reload, flags a milestone without an end date until one is given', async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(builder());
    await builderReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
    await page.fill('#f-title', 'Warga bisa melacak status izin usaha mikro');
    await page.fill('#f-problem', 'Pemohon izin harus datang berulang kali ke kantor.');
    await page.check('#value-transparency');
    await page.fill('#m1-text', 'Standar waktu layanan disepakati');
    await page.fill('#m1-deliverable', 'Dokumen standar terbit di situs web');
    await fieldMessage(page, 'm1-end', t('id', 'tools.commitment.issue.noEnd', { n: 1 }));
    expect(await page.getAttribute('#m1-end', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#m1-end', 'aria-describedby')).toContain('m1-end-error');

    await page.reload();
    await builderReady(page);
    expect(await page.inputValue('#f-title')).toBe('Warga bisa melacak status izin usaha mikro');
    expect(await page.inputValue('#f-problem')).toBe('Pemohon izin harus datang berulang kali ke kantor.');
    expect(await page.isChecked('#value-transparency')).toBe(true);
    expect(await page.inputValue('#m1-text')).toBe('Standar waktu layanan disepakati');
    await fieldMessage(page, 'm1-end', t('id', 'tools.commitment.issue.noEnd', { n: 1 }));

    await page.fill('#m1-end', '2027-03-31');
    await fieldMessage(page, 'm1-end', null);
    expect(await page.getAttribute('#m1-end', 'aria-invalid')).toBeNull();
    const verifiability = await page.textContent('[data-check="verifiability"] [data-check-status]');
    expect(verifiability).toBe(t('id', 'tools.commitment.checks.ok'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags sentences over 25 words and links every check to the section that teaches it', async () => {
    const page = await site.browser.newPage();
    await page.goto(builder());
    await builderReady(page);
    const long = Array.from({ length: 30 }, (_, i) => `kata${i}`).join(' ') + '.';
    await page.fill('#f-statusQuo', long);
    await fieldMessage(page, 'f-statusQuo', '30');
    const links = await page.$$eval('[data-check] a[href*="#"]:not([data-focus])', (as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(links).toEqual(expect.arrayContaining(['/bab/templat-komitmen/#verifikasi', '/bab/menyusun-komitmen/#penilaian', '/bab/templat-komitmen/#ambisi']));
    await page.close();
  });
});

describe('the commitment builder without JavaScript', () => {
  it('shows the guidance, a blank form to print and says the tool needs JavaScript to save', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(builder('en'));
    expect(await page.textContent('main')).toContain(t('en', 'tools.commitment.noScript'));
    expect(await page.isVisible('#hint-milestones')).toBe(true);
    for (const id of ['#f-title', '#f-problem', '#value-transparency', '#m3-end', '#f-partners']) expect(await page.isVisible(id), id).toBe(true);
    expect(await page.isVisible('[data-action="export-docx"]')).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('the commitment builder with the keyboard alone', () => {
  it('moves focus from a check’s message to its field, and from "check the whole draft" to the checks', async () => {
    const page = await site.browser.newPage();
    await page.goto(builder());
    await builderReady(page);
    await page.focus('#m1-text');
    await page.keyboard.type('Notulen forum terbit');
    await page.keyboard.press('Tab');
    await fieldMessage(page, 'm1-end', t('id', 'tools.commitment.issue.noEnd', { n: 1 }));
    await page.focus('[data-check="verifiability"] [data-focus="m1-end"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('m1-end');
    await page.focus('[data-action="check"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('checks');
    // After "check the whole draft", every field's message stands beside it, the empty title's too.
    await fieldMessage(page, 'f-relevance', t('id', 'tools.commitment.issue.noHow'));
    await page.focus('[data-action="add-milestone"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('m4-text');
    await page.close();
  });
});

describe('drafts, files and exports', () => {
  it('exports a Word file that holds what the reader typed, loading the Word writer only on the click', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(builder('en'));
    await builderReady(page);
    await page.fill('#draft-name', 'Permit tracking');
    await page.fill('#f-title', 'Citizens can track micro-business permits');
    await page.fill('#f-partners', 'A local CSO and the micro-business association');
    await page.fill('#m2-deliverable', 'Tracking page online');
    await page.fill('#m2-end', '2027-06-30');
    expect(fetched.some((p) => p.endsWith(DOCX_BUNDLE.file))).toBe(false);
    const word = await exportWord(page);
    expect(fetched.some((p) => p.endsWith(DOCX_BUNDLE.file))).toBe(true);
    expect(word.name).toBe('permit-tracking.docx');
    for (const typed of ['Citizens can track micro-business permits', 'A local CSO and the micro-business association', 'Tracking page online', '2027-06-30', 'Permit tracking', t('en', 'tools.commitment.field.problem')]) expect(word.text).toContain(typed);
    // Each field is a Heading 1, as each section of a template is; the milestones are a table.
    const headings = [...word.html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    for (const f of ['problem', 'statusQuo', 'action', 'partners'] as const) expect(headings).toContain(t('en', `tools.commitment.field.${f}`));
    expect(word.html).toMatch(/<table>.*<td><p>2<\/p><\/td>.*<td><p>Tracking page online<\/p><\/td>.*<td><p>2027-06-30<\/p><\/td>/s);

    // The template's styling: the same styles (fonts, title and headings, in English), page and table form.
    const tpl = template('en');
    expect(word.xml('word/styles.xml')).toBe(strFromU8(tpl['word/styles.xml']));
    expect(word.xml('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(word.xml('word/styles.xml')).toContain('w:ascii="Arial"');
    // The same list definitions (each template's list then numbers itself anew with its own <w:num>).
    const listDefinitions = (xml: string) => xml.match(/<w:abstractNum .*?<\/w:abstractNum>/g);
    expect(listDefinitions(word.xml('word/numbering.xml'))).toEqual(listDefinitions(strFromU8(tpl['word/numbering.xml'])));
    const doc = word.xml('word/document.xml');
    expect(doc).toContain(/<w:pgSz [^>]*\/>/.exec(strFromU8(tpl['word/document.xml']))![0]);
    expect(doc).toContain(/<w:pgMar [^>]*\/>/.exec(strFromU8(tpl['word/document.xml']))![0]);
    const tables = doc.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(1);
    const rows = tables[0].split('<w:tr>').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('w:fill="E4EAF0"');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // Rows with an empty cell keep room to write in (1.2 cm), as a template's answer rows do.
    for (const row of rows.slice(1)) expect(Number(/<w:trHeight w:val="(\d+)"/.exec(row)?.[1])).toBeGreaterThanOrEqual(680);
    // The footer: the handbook, the draft and its date, the builder's address, page X of Y.
    expect(word.footer).toMatch(/PAGE/);
    expect(word.footer).toMatch(/NUMPAGES/);
    for (const part of [t('en', 'site.title'), 'Citizens can track micro-business permits', formatDate('en', new Date(word.updated)), '/en/tools/commitment/', 'Page ', ' of ']) expect(word.footer).toContain(part);

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-md"]')]);
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain('# Citizens can track micro-business permits');
    await context.close();
  });

  it('writes the Indonesian builder’s Word file in Indonesian, with the Indonesian template’s styles', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(builder('id'));
    await builderReady(page);
    await page.fill('#f-title', 'Warga memantau anggaran desa');
    await page.check('#value-participation');
    await page.fill('#f-problem', 'Baris pertama.\nBaris kedua.');
    const word = await exportWord(page);
    for (const typed of ['Warga memantau anggaran desa', 'Baris pertama.', 'Baris kedua.', t('id', 'tools.commitment.value.participation')]) expect(word.text).toContain(typed);
    expect(word.xml('word/styles.xml')).toBe(strFromU8(template('id')['word/styles.xml']));
    expect(word.xml('word/styles.xml')).toContain('<w:lang w:val="id-ID"/>');
    expect(word.html).toContain(`<ul><li>${t('id', 'tools.commitment.value.participation')}</li></ul>`);
    expect(word.footer).toContain('Halaman ');
    expect(word.footer).toContain(formatDate('id', new Date(word.updated)));
    expect(word.footer).toContain('/alat/komitmen/');
    await context.close();
  });

  it('refuses a malformed file or one that is not a draft with a message and changes nothing; imported text stays text', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(builder());
    await builderReady(page);
    await page.fill('#f-title', 'Judul yang tidak boleh berubah');
    const before = await page.$$eval('#draft-select option', (o) => o.length);
    const status = () => page.textContent('#tool-status');

    await page.setInputFiles('#import-file', { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pedoman-ogp/commitment-draft", ') });
    await expect.poll(status).toBe(t('id', 'tools.commitment.import.notJson'));
    await page.setInputFiles('#import-file', { name: 'lain.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(status).toBe(t('id', 'tools.commitment.import.notDraft'));
    await page.setInputFiles('#import-file', { name: 'besar.json', mimeType: 'application/json', buffer: Buffer.alloc(300_000, 32) });
    await expect.poll(status).toContain(t('id', 'tools.commitment.import.tooLarge', { max: 200 }));
    expect(await page.inputValue('#f-title')).toBe('Judul yang tidak boleh berubah');
    expect(await page.$$eval('#draft-select option', (o) => o.length)).toBe(before);

    // A real draft file, exported here, opens as a new draft; markup in it is shown as text.
    await page.fill('#f-title', '<img src=x id=injected> Judul');
    const [exported] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-json"]')]);
    await page.setInputFiles('#import-file', (await exported.path())!);
    await expect.poll(status).toContain('”');
    expect(await page.$$eval('#draft-select option', (o) => o.length)).toBe(before + 1);
    expect(await page.inputValue('#f-title')).toBe('<img src=x id=injected> Judul');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.textContent('[data-print-view] h2')).toBe('<img src=x id=injected> Judul');
    expect(await page.$('#injected')).toBeNull();
    await context.close();
  });

  it('lists, renames and deletes drafts', async () => {
    const page = await site.browser.newPage();
    page.on('dialog', (d) => d.accept());
    await page.goto(builder());
    await builderReady(page);
    await page.click('[data-action="new"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-title');
    await page.fill('#draft-name', 'Kanal aduan');
    await page.fill('#f-title', 'Aduan warga ditanggapi dalam lima hari');
    const names = () => page.$$eval('#draft-select option', (o) => o.map((x) => x.textContent ?? ''));
    await expect.poll(async () => (await names()).some((n) => n.startsWith('Kanal aduan'))).toBe(true);
    const count = (await names()).length;
    await page.click('[data-action="delete"]');
    await expect.poll(async () => (await names()).length).toBe(count - 1);
    expect((await names()).some((n) => n.startsWith('Kanal aduan'))).toBe(false);
    expect(await page.textContent('#tool-status')).toBe(t('id', 'tools.commitment.deleted', { name: 'Kanal aduan' }));
    await page.close();
  });

  it('says so when storage is full, and keeps drafts another tab saved meanwhile', async () => {
    const context = await site.browser.newContext();
    const first = await context.newPage();
    await first.goto(builder());
    await builderReady(first);
    await first.fill('#f-title', 'Dari tab pertama');
    const second = await context.newPage();
    await second.goto(builder());
    await builderReady(second);
    await second.click('[data-action="new"]');
    await second.fill('#f-title', 'Dari tab kedua');
    await first.fill('#f-problem', 'Tab pertama menulis lagi.');
    const titles = await first.evaluate((key) => JSON.parse(localStorage.getItem(key)!).drafts.map((d: { data: { title: string } }) => d.data.title), 'pedoman-ogp:tools:commitment');
    expect(titles).toEqual(expect.arrayContaining(['Dari tab pertama', 'Dari tab kedua']));

    await first.evaluate(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await first.fill('#f-problem', 'Tidak muat lagi.');
    expect(await first.isVisible('#storage-problem')).toBe(true);
    expect(await first.textContent('#storage-problem')).toContain(t('id', 'tools.storageFull'));
    await context.close();
  });

  it('says so and offers the export when the browser blocks storage', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    const page = await context.newPage();
    await page.goto(builder());
    await builderReady(page);
    await page.fill('#f-title', 'Tetap bisa diekspor');
    expect(await page.isVisible('#storage-problem')).toBe(true);
    expect(await page.textContent('#storage-problem')).toContain(t('id', 'tools.storageBlocked'));
    expect(await page.isVisible('[data-action="export-docx"]')).toBe(true);
    await context.close();
  });
});
