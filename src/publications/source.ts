/**
 * What the publications are made from: every chapter and case study of one language read from content/,
 * numbered by the same navigation as the site, with its parsed body, plus the glossary. Read straight from the
 * sources (not from Astro), so the files can be made before the pages that show their sizes are rendered.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, splitFrontmatter } from '../lib/content-index.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { buildNavigation, type NavInput } from '../lib/navigation.ts';
import type { GlossaryEntry, Source } from '../lib/schemas.ts';
import { parseChapterBody, type MdNode } from './mdast.ts';

/** One chapter or case study as the publications need it. */
export interface PubPage {
  kind: 'chapter' | 'caseStudy';
  lang: Lang;
  slug: string;
  key: string;
  title: string;
  description: string;
  /** Part (chapters only). */
  part?: number;
  /** The derived chapter number ("3.2"); case studies have none. */
  number?: string;
  sources: Source[];
  lastReviewed?: Date;
  tree: MdNode;
  /** SHA-256 of the source file: part of every cache key the page goes into. */
  digest: string;
}

/** The whole handbook of one language, in reading order. */
export interface PubBook {
  lang: Lang;
  chapters: PubPage[];
  caseStudies: PubPage[];
  glossary: GlossaryEntry[];
  /** Digest of every input file of this language (pages and glossary). */
  digest: string;
}

function sha(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

function readPages(folder: string, kind: PubPage['kind'], lang: Lang, dir: string): PubPage[] {
  const langDir = join(dir, folder, lang);
  if (!existsSync(langDir)) return [];
  return readdirSync(langDir).filter((n) => n.endsWith('.mdx')).sort().map((name) => {
    const source = readFileSync(join(langDir, name), 'utf8');
    const { data, body } = splitFrontmatter(source);
    const d = data as Record<string, any>;
    return {
      kind, lang, slug: name.replace(/\.mdx$/, ''), key: String(d.key ?? ''), title: String(d.title ?? name),
      description: String(d.description ?? ''), part: d.part, sources: (d.sources ?? []) as Source[],
      lastReviewed: d.lastReviewed ? new Date(d.lastReviewed) : undefined, tree: parseChapterBody(body), digest: sha(source),
      order: Number(d.order ?? 0),
    } as PubPage & { order: number };
  });
}

const books = new Map<string, PubBook>();

/** The handbook of `lang` read from the content folder (once per build). */
export function loadBook(lang: Lang, dir = contentDir()): PubBook {
  const cached = books.get(`${dir}|${lang}`);
  if (cached) return cached;
  const chapters = readPages('chapters', 'chapter', lang, dir) as Array<PubPage & { order: number }>;
  const nav = buildNavigation(chapters.map((c): NavInput => ({ lang, slug: c.slug, key: c.key, title: c.title, part: c.part ?? 5, order: c.order })), lang);
  const ordered = nav.flatMap((p) => p.chapters).map((n) => ({ ...chapters.find((c) => c.slug === n.slug)!, number: n.number }));
  const caseStudies = (readPages('case-studies', 'caseStudy', lang, dir) as Array<PubPage & { order: number }>)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const glossary = loadGlossary(lang, dir);
  const digest = sha([...ordered, ...caseStudies].map((p) => `${p.slug} ${p.digest}`).join('\n') + JSON.stringify(glossary));
  const book = { lang, chapters: ordered, caseStudies, glossary, digest };
  books.set(`${dir}|${lang}`, book);
  return book;
}

/** Both languages' books. */
export function loadBooks(dir = contentDir()): Record<Lang, PubBook> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, loadBook(l, dir)])) as Record<Lang, PubBook>;
}

/** Whether a chapter is a fill-in template (its file name starts with `templat-`), which gets a Word file. */
export function isTemplate(page: Pick<PubPage, 'slug' | 'kind'>): boolean {
  return page.kind === 'chapter' && page.slug.startsWith('templat-');
}
