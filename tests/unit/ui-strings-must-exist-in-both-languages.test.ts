import { describe, expect, it } from 'vitest';
import { t, validateUiStrings } from '../../src/lib/i18n.ts';

describe('validateUiStrings', () => {
  it('reports a missing Indonesian string with the file and key', () => {
    const problems = validateUiStrings({ id: { 'search.label': 'Cari', 'nav.home': '' }, en: { 'search.label': 'Search', 'nav.home': 'Home' } });
    expect(problems).toEqual([expect.stringContaining('content/ui/id.json: the string "nav.home" is missing or empty')]);
  });

  it('reports an English key the Indonesian file lacks', () => {
    const problems = validateUiStrings({ id: { a: 'x' }, en: { a: 'y', b: 'z' } });
    expect(problems).toEqual([expect.stringContaining('content/ui/en.json: the string "b" is not in content/ui/id.json')]);
  });

  it('the shipped files are complete and fill placeholders', () => {
    expect(t('id', 'chapter.label', { n: '3.2' })).toBe('Bab 3.2');
    expect(t('en', 'chapter.label', { n: '3.2' })).toBe('Chapter 3.2');
  });
});
