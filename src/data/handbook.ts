/**
 * The one place pages read content from: collections joined with navigation,
 * translation parity enforced, so a page in one language only stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNavigation, splitEntryId, translationProblems, type NavChapter, type NavPart } from '../lib/navigation.ts';
import type { Lang } from '../lib/languages.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type CaseStudyEntry = CollectionEntry<'caseStudies'>;

export interface Handbook {
  chapters: Array<{ entry: ChapterEntry; lang: Lang; slug: string; nav: NavChapter }>;
  caseStudies: Array<{ entry: CaseStudyEntry; lang: Lang; slug: string }>;
  navigation: Record<Lang, NavPart[]>;
}

let cached: Promise<Handbook> | undefined;

/** Load and cross-check everything once per build. */
export function loadHandbook(): Promise<Handbook> {
  cached ??= (async () => {
    const chapterEntries = await getCollection('chapters');
    const caseEntries = await getCollection('caseStudies');
    const problems = translationProblems([
      ...chapterEntries.map((e) => ({ ...splitEntryId(e.id), key: e.data.key, folder: 'chapters' })),
      ...caseEntries.map((e) => ({ ...splitEntryId(e.id), key: e.data.key, folder: 'case-studies' })),
    ]);
    if (problems.length) throw new Error(`Translations are incomplete:\n  ${problems.join('\n  ')}`);
    const inputs = chapterEntries.map((entry) => ({ ...splitEntryId(entry.id), key: entry.data.key, title: entry.data.title, part: entry.data.part, order: entry.data.order }));
    const navigation = { id: buildNavigation(inputs, 'id'), en: buildNavigation(inputs, 'en') };
    const flat = (lang: Lang) => navigation[lang].flatMap((p) => p.chapters);
    const chapters = chapterEntries.map((entry) => {
      const { lang, slug } = splitEntryId(entry.id);
      return { entry, lang, slug, nav: flat(lang).find((c) => c.slug === slug)! };
    });
    const caseStudies = caseEntries
      .map((entry) => ({ entry, ...splitEntryId(entry.id) }))
      .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
    return { chapters, caseStudies, navigation };
  })();
  return cached;
}
