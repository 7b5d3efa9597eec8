import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST } from '../support/build.ts';
import { t } from '../../src/lib/i18n.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { manifestName, type OfflineManifest } from '../../src/lib/offline/manifest.ts';
import { OFFLINE_FOLDER, OFFLINE_ZIP_NAME } from '../../src/lib/offline/names.ts';
import { fileForPath } from '../../src/lib/offline/paths.ts';
import { formatBytes } from '../../src/lib/offline/sizes.ts';
import { localizedPath } from '../../src/lib/routes.ts';

/**
 * The "Read offline" page tells a reader on slow data how big each download is before they start it:
 * the ZIP on the website and inside the ZIP itself, and "Save for offline reading" (which leaves out the
 * print editions: they are the whole book again on one page).
 */
const ZIP = join(DIST, OFFLINE_ZIP_NAME);
let zipBytes: number;
let unpacked: Record<string, Uint8Array>;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const pageFile = (path: string) => fileForPath(path.slice(1), (f) => existsSync(join(DIST, f)))!;
/** The text of the element marked with `attribute` on a page. */
const sizeText = (html: string, attribute: string) => new RegExp(`<[^>]*\\b${attribute}\\b[^>]*>([^<]*)<`).exec(html)?.[1];
const manifestOf = (lang: string): OfflineManifest => JSON.parse(readFileSync(join(DIST, manifestName(lang)), 'utf8'));

beforeAll(() => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run "npm run build" first (npm test does it for you).`);
  zipBytes = statSync(ZIP).size;
  unpacked = unzipSync(readFileSync(ZIP));
});

describe('the "Read offline" page', () => {
  it.each(LANGUAGES)('on the website shows the ZIP with its size (%s)', (lang) => {
    const html = readFileSync(join(DIST, pageFile(localizedPath(lang, 'offline'))), 'utf8');
    expect(sizeText(html, 'data-offline-zip-size')).toBe(t(lang, 'offline.zipSize', { size: formatBytes(zipBytes, lang) }));
  });

  it.each(LANGUAGES)('inside the ZIP shows the size of the ZIP that holds it, not a bare "ZIP" (%s)', (lang) => {
    const file = `${OFFLINE_FOLDER}/${pageFile(localizedPath(lang, 'offline'))}`;
    expect(unpacked[file], file).toBeDefined();
    expect(sizeText(decode(unpacked[file]), 'data-offline-zip-size')).toBe(t(lang, 'offline.zipSize', { size: formatBytes(zipBytes, lang) }));
  });

  it.each(LANGUAGES)('says how much "Save for offline reading" downloads, as the manifest adds up (%s)', (lang) => {
    const html = readFileSync(join(DIST, pageFile(localizedPath(lang, 'offline'))), 'utf8');
    const manifest = manifestOf(lang);
    const onDisk = Object.keys(manifest.files).reduce((n, url) => n + statSync(join(DIST, fileForPath(url, (f) => existsSync(join(DIST, f)))!)).size, 0);
    expect(manifest.bytes).toBe(onDisk);
    expect(sizeText(html, 'data-offline-save-size')).toBe(t(lang, 'reader.saveSize', { size: formatBytes(manifest.bytes, lang) }));
  });
});

describe('"Save for offline reading"', () => {
  it.each(LANGUAGES)('leaves out the print editions, which stay in the ZIP (%s)', (lang) => {
    const printPages = LANGUAGES.map((l) => localizedPath(l, 'print').slice(1));
    // The print editions exist in this build: the website and the ZIP have them.
    for (const page of printPages) {
      expect(existsSync(join(DIST, page, 'index.html')), page).toBe(true);
      expect(unpacked[`${OFFLINE_FOLDER}/${page}index.html`], page).toBeDefined();
    }
    const files = Object.keys(manifestOf(lang).files);
    expect(files).toEqual(expect.arrayContaining([localizedPath(lang, 'home').slice(1), localizedPath(lang, 'offline').slice(1)]));
    for (const page of printPages) expect(files).not.toContain(page);
  });
});
