import { loadContentIndex } from '../lib/content-index.ts';
import { buildNavigation } from '../lib/navigation.ts';
import type { Lang } from '../lib/languages.ts';

/**
 * Chapter numbers ("3.2") by slug for one language, from the sources' `part` and `order`, numbered as the
 * navigation numbers them. The Markdown plugins use it to print a link's chapter number.
 */
export function chapterNumbers(lang: Lang): Map<string, string> {
  const index = loadContentIndex();
  const known = cache.get(index)?.[lang];
  if (known) return known;
  const chapters = index.flatMap((p) =>
    p.kind === 'chapter' && p.part !== undefined && p.order !== undefined ? [{ lang: p.lang, slug: p.slug, key: p.key, title: p.title, part: p.part, order: p.order }] : [],
  );
  const numbers = new Map(buildNavigation(chapters, lang).flatMap((part) => part.chapters.map((c) => [c.slug, c.number] as const)));
  cache.set(index, { ...cache.get(index), [lang]: numbers });
  return numbers;
}

/** One computation per loaded content index (a fresh index, as in the dev server, computes again). */
const cache = new WeakMap<object, Partial<Record<Lang, Map<string, string>>>>();
