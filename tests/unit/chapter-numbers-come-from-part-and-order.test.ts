import { describe, expect, it } from 'vitest';
import { buildNavigation, translationProblems } from '../../src/lib/navigation.ts';

const entries = [
  { lang: 'id' as const, slug: 'b', key: 'b', title: 'B', part: 1, order: 20 },
  { lang: 'id' as const, slug: 'a', key: 'a', title: 'A', part: 1, order: 3 },
  { lang: 'id' as const, slug: 'c', key: 'c', title: 'C', part: 2, order: 1 },
  { lang: 'en' as const, slug: 'a', key: 'a', title: 'A', part: 1, order: 3 },
];

describe('buildNavigation', () => {
  it('numbers chapters by position inside each part, whatever the order values are', () => {
    const parts = buildNavigation(entries, 'id');
    expect(parts.map((p) => p.chapters.map((c) => `${c.number} ${c.slug}`))).toEqual([['1.1 a', '1.2 b'], ['2.1 c']]);
  });

  it('links each chapter to its neighbours across parts', () => {
    const flat = buildNavigation(entries, 'id').flatMap((p) => p.chapters);
    expect(flat[0].prev).toBeUndefined();
    expect(flat[1].next?.slug).toBe('c');
    expect(flat[2].prev?.slug).toBe('b');
    expect(flat[2].next).toBeUndefined();
  });

  it('keeps languages apart', () => {
    expect(buildNavigation(entries, 'en').flatMap((p) => p.chapters).map((c) => c.slug)).toEqual(['a']);
  });
});

describe('translationProblems', () => {
  it('names the missing file and what to add', () => {
    const problems = translationProblems([
      { lang: 'id', slug: 'only-id', key: 'x', folder: 'chapters' },
      { lang: 'id', slug: 'both', key: 'y', folder: 'chapters' },
      { lang: 'en', slug: 'both', key: 'z', folder: 'chapters' },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('content/chapters/id/only-id.mdx has no English version');
    expect(problems[0]).toContain('content/chapters/en/only-id.mdx');
    expect(problems[1]).toContain('has key "z" but the Indonesian page has "y"');
  });
});
