import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { DIST, readPage } from '../support/build.ts';

/** The visible text of one glossary entry's heading (term plus any other-language name). */
function termHeading(path: string, id: string): string {
  const $ = load(readPage(DIST, path));
  return $(`#${id} dt`).text().replace(/\s+/g, ' ').trim();
}

describe('the glossary page', () => {
  it('shows a term written the same way in both languages once, without an "(English: …)" repeat', () => {
    expect(termHeading('/glosarium/', 'ogp-local')).toBe('OGP Local');
    expect(termHeading('/en/glossary/', 'ogp-local')).toBe('OGP Local');
    expect(termHeading('/glosarium/', 'sp4n-lapor')).toBe('SP4N-LAPOR!');
  });

  it('still gives the other-language name where the two languages differ', () => {
    expect(termHeading('/glosarium/', 'surat-minat')).toBe('Pernyataan Minat (Bahasa Inggris: Expression of Interest (EOI))');
    expect(termHeading('/en/glossary/', 'kepala-daerah')).toBe('Regional head (Indonesian: Kepala daerah)');
  });
});
