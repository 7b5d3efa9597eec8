/**
 * The one place pages read content from: collections joined with navigation,
 * translation parity enforced, so a page in one language only stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../lib/content-index.ts';
import { filesUnder } from '../lib/files.ts';
import { LANGUAGES } from '../lib/languages.ts';
import { BASE_PATH, BUILD_DATE, OG_IMAGES, REPORT_PROBLEM_EMAIL, REPORT_PROBLEM_URL, SITE_URL } from '../lib/site.ts';
import { PRINT_EDITIONS } from '../publications/names.ts';
import { buildNavigation, splitEntryId, translationProblems, type NavChapter, type NavPart } from '../lib/navigation.ts';
import type { Lang } from '../lib/languages.ts';
import { buildRegister, type Register } from '../lib/register.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type CaseStudyEntry = CollectionEntry<'caseStudies'>;

export interface Handbook {
  chapters: Array<{ entry: ChapterEntry; lang: Lang; slug: string; nav: NavChapter }>;
  caseStudies: Array<{ entry: CaseStudyEntry; lang: Lang; slug: string }>;
  navigation: Record<Lang, NavPart[]>;
  /** The commitments register (content/commitments/), joined with members and plans. */
  register: Register;
  /**
   * What every page may show besides its own text: the frontmatter of all pages (titles, order, sources,
   * old addresses), the glossary, the interface strings, the images and the build settings. Part of every page's
   * cache key for Astro's incremental build (see {@link renderKey}).
   */
  siteDigest: string;
}

/**
 * The cache key of a page for Astro's incremental build (`experimental.incrementalBuild`): Astro renders
 * a page again when its key or its code changed, and otherwise keeps the previous output. A chapter's key
 * joins the site digest with its own entry's digest, so editing one chapter's text renders only that page,
 * while a change to any title, order or glossary entry renders every page again.
 */
export function renderKey(handbook: Handbook, entry?: { digest?: string | number; body?: string }): string {
  if (!entry) return handbook.siteDigest;
  return sha256(`${handbook.siteDigest}\n${entry.digest ?? sha256(entry.body ?? '')}`);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

let cached: Promise<Handbook> | undefined;

/** Load and cross-check everything once per build. */
export function loadHandbook(): Promise<Handbook> {
  cached ??= (async () => {
    const chapterEntries = await getCollection('chapters');
    const caseEntries = await getCollection('caseStudies');
    const register = buildRegister((await getCollection('commitments')).map((e) => ({ key: e.id, data: e.data })));
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
    const dir = contentDir();
    const shared = [
      JSON.stringify([...chapterEntries, ...caseEntries].map((e) => [e.collection, e.id, e.data])),
      // Case studies and chapters may show commitments, so a changed record renders every page again.
      JSON.stringify(register),
      ...LANGUAGES.flatMap((lang) => [join('glossary', `${lang}.yaml`), join('ui', `${lang}.json`)].map((f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : ''))),
      JSON.stringify({ SITE_URL, BASE_PATH, REPORT_PROBLEM_URL, REPORT_PROBLEM_EMAIL, OG_IMAGES, PRINT_EDITIONS, built: BUILD_DATE.toISOString() }),
      // A changed image changes the WebP's name and size in the pages that show it. Astro does not see
      // that from the page's text, and images change rarely, so any image change renders every page again.
      ...filesUnder(join(dir, 'images')).map((f) => `${f} ${sha256(readFileSync(join(dir, 'images', f)))}`),
    ];
    return { chapters, caseStudies, navigation, register, siteDigest: sha256(shared.join('\n')) };
  })();
  return cached;
}
