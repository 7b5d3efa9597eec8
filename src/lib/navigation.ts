import type { Lang } from './languages.ts';
import { LANGUAGE_INFO, LANGUAGES } from './languages.ts';

/** The minimum a navigation entry needs: where it lives and how it sorts. */
export interface NavInput {
  lang: Lang;
  slug: string;
  key: string;
  title: string;
  part: number;
  order: number;
}

/** A chapter with its derived number ("3.2") and neighbours. */
export interface NavChapter extends NavInput {
  /** "part.position", derived from part and order; never typed by authors. */
  number: string;
  prev?: NavChapter;
  next?: NavChapter;
}

/** A part of the handbook with its chapters in reading order. */
export interface NavPart {
  part: number;
  chapters: NavChapter[];
}

/** Split an entry id "id/slug" into language and slug. */
export function splitEntryId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new Error(`Content entry "${id}" is not inside an id/ or en/ folder.`);
  return { lang: lang as Lang, slug: rest.join('/') };
}

/**
 * Chapters of one language grouped by part, numbered and linked to their neighbours.
 * Sorting is by part, then order, then slug, so equal orders still give a stable result.
 */
export function buildNavigation(entries: NavInput[], lang: Lang): NavPart[] {
  const sorted = entries
    .filter((e) => e.lang === lang)
    .sort((a, b) => a.part - b.part || a.order - b.order || a.slug.localeCompare(b.slug));
  const parts = new Map<number, NavChapter[]>();
  const flat: NavChapter[] = [];
  for (const entry of sorted) {
    const list = parts.get(entry.part) ?? [];
    const chapter: NavChapter = { ...entry, number: `${entry.part}.${list.length + 1}` };
    list.push(chapter);
    parts.set(entry.part, list);
    flat.push(chapter);
  }
  flat.forEach((c, i) => {
    c.prev = flat[i - 1];
    c.next = flat[i + 1];
  });
  return [...parts.entries()].map(([part, chapters]) => ({ part, chapters }));
}

/**
 * Problems with translation parity: a page in one language only, or keys that
 * differ between the two files of the same page. Empty when all is well.
 */
export function translationProblems(entries: Array<{ lang: Lang; slug: string; key: string; folder: string }>): string[] {
  const problems: string[] = [];
  const byPath = new Map<string, Partial<Record<Lang, { key: string }>>>();
  for (const e of entries) {
    const id = `${e.folder}/${e.slug}`;
    byPath.set(id, { ...byPath.get(id), [e.lang]: e });
  }
  for (const [id, versions] of byPath) {
    const [folder, slug] = id.split('/');
    for (const lang of LANGUAGES) {
      if (!versions[lang]) {
        const have = LANGUAGES.find((l) => versions[l])!;
        problems.push(`content/${folder}/${have}/${slug}.mdx has no ${LANGUAGE_INFO[lang].name} version. Add content/${folder}/${lang}/${slug}.mdx with the same anchors (or remove the page in both languages).`);
      }
    }
    if (versions.id && versions.en && versions.id.key !== versions.en.key) {
      problems.push(`content/${folder}/en/${slug}.mdx has key "${versions.en.key}" but the Indonesian page has "${versions.id.key}". Use the same key in both languages.`);
    }
  }
  return problems;
}

/** How many chapters of the current part the sidebar lists at most. */
export const SIDEBAR_WINDOW = 11;

/**
 * The chapters of a part the sidebar shows: all of them for a short part, otherwise a
 * window around the current chapter, so a page's HTML does not grow with the handbook.
 */
export function sidebarWindow(chapters: NavChapter[], currentSlug: string | undefined, size = SIDEBAR_WINDOW): { shown: NavChapter[]; complete: boolean } {
  if (chapters.length <= size) return { shown: chapters, complete: true };
  const at = Math.max(0, chapters.findIndex((c) => c.slug === currentSlug));
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), chapters.length - size);
  return { shown: chapters.slice(start, start + size), complete: false };
}
