import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { DIST, readPage } from '../support/build.ts';
import { chaptersInOrder } from '../support/chapters.ts';
import { formatBytes } from '../../src/lib/offline/sizes.ts';

for (const lang of ['id', 'en'] as const) {
  describe(`the ${lang} EPUB`, () => {
    const file = join(DIST, 'unduh', `pedoman-ogp-${lang}.epub`);

    it('passes EPUBCheck with no error and no warning', async () => {
      expect(existsSync(file), `${file} is missing: run "npm run build" first`).toBe(true);
      const result = await EpubCheck.validate(new Uint8Array(readFileSync(file)));
      const problems = result.messages.filter((m: { severity: string }) => m.severity !== 'info' && m.severity !== 'usage');
      expect(problems.map((m: { severity: string; id: string; message: string }) => `${m.severity} ${m.id}: ${m.message}`)).toEqual([]);
      expect(result.valid).toBe(true);
    });

    it('starts with the stored mimetype, sets its language and cover, and its navigation lists every chapter in order', () => {
      const bytes = readFileSync(file);
      // The first local header: method 0 (stored), name "mimetype", then the type itself.
      expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
      expect(bytes.readUInt16LE(8)).toBe(0);
      expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
      expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
      const parts = unzipSync(bytes);
      const opf = strFromU8(parts['OEBPS/content.opf']);
      expect(opf).toContain(`<dc:language>${lang}</dc:language>`);
      expect(opf).toMatch(/properties="cover-image"/);
      const nav = strFromU8(parts['OEBPS/nav.xhtml']).replace(/&amp;/g, '&');
      const chapters = chaptersInOrder(lang);
      let at = 0;
      for (const c of chapters) {
        const found = nav.indexOf(`>${c.number} ${c.title}</a>`, at);
        expect(found, `${c.number} ${c.title} in the navigation, after the one before it`).toBeGreaterThan(at);
        at = found;
      }
      expect((nav.match(/<span>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    });

    it('is linked from the home page with its size', () => {
      const html = readPage(DIST, lang === 'id' ? '/' : '/en/');
      expect(html).toContain(`href="/unduh/pedoman-ogp-${lang}.epub"`);
      expect(html).toContain(`>EPUB, ${formatBytes(readFileSync(file).length, lang)}<`);
    });
  });
}
