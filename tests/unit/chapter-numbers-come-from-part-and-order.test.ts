import { describe, expect, it } from 'vitest';
import { buildNavigation, sidebarWindow, translationProblems } from '../../src/lib/navigation.ts';

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

describe('sidebarWindow', () => {
  const many = buildNavigation(
    Array.from({ length: 40 }, (_, i) => ({ lang: 'id' as const, slug: `c${i}`, key: `c${i}`, title: `C${i}`, part: 1, order: i + 1 })),
    'id',
  )[0].chapters;

  it('lists a short part completely', () => {
    expect(sidebarWindow(many.slice(0, 5), 'c2')).toEqual({ shown: many.slice(0, 5), complete: true });
  });

  it('lists a window of 11 chapters centred on the current one in a long part', () => {
    const { shown, complete } = sidebarWindow(many, 'c20');
    expect(complete).toBe(false);
    expect(shown.map((c) => c.slug)).toEqual(['c15', 'c16', 'c17', 'c18', 'c19', 'c20', 'c21', 'c22', 'c23', 'c24', 'c25']);
  });

  it('keeps the window inside the part at either end', () => {
    expect(sidebarWindow(many, 'c0').shown[0].slug).toBe('c0');
    expect(sidebarWindow(many, 'c39').shown.at(-1)!.slug).toBe('c39');
    expect(sidebarWindow(many, 'c39').shown).toHaveLength(11);
  });
});
