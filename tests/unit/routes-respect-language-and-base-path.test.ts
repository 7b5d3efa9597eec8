import { describe, expect, it } from 'vitest';
import { localizedPath } from '../../src/lib/routes.ts';
import { normalizeBase } from '../../src/lib/site.ts';

describe('localizedPath', () => {
  it('puts Indonesian at the root and English under /en/ with English segments', () => {
    expect(localizedPath('id', 'home')).toBe('/');
    expect(localizedPath('en', 'home')).toBe('/en/');
    expect(localizedPath('id', 'chapter', 'forum-multipihak')).toBe('/bab/forum-multipihak/');
    expect(localizedPath('en', 'chapter', 'forum-multipihak')).toBe('/en/chapters/forum-multipihak/');
    expect(localizedPath('id', 'caseStudy', 'bojonegoro')).toBe('/studi-kasus/bojonegoro/');
    expect(localizedPath('en', 'caseStudies')).toBe('/en/case-studies/');
  });

  it('refuses a chapter path without a slug', () => {
    expect(() => localizedPath('id', 'chapter')).toThrow(/slug/);
  });
});

describe('normalizeBase', () => {
  it('accepts a sub-path written any way', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('pedoman-ogp')).toBe('/pedoman-ogp/');
    expect(normalizeBase('/a/b')).toBe('/a/b/');
  });
});
