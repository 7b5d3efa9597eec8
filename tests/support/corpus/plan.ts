/**
 * A deterministic synthetic handbook for the benchmark and the size tests.
 *
 * `pages` is the number of pages PER LANGUAGE: about 95 % chapters and 5 % case
 * studies, each in Indonesian and English with the same anchors, so a corpus of
 * 1,000 pages has 2,000 content files. Chapters are spread over the five parts
 * round-robin (chapter i is in part 1 + i mod 5), so chapter i has the same part,
 * order, neighbours and text in every corpus that contains it: a page can be
 * compared between a small and a large corpus byte for byte, and only the parts of
 * the page that depend on the size of the site can differ.
 *
 * Pages carry what real chapters carry: frontmatter with sources, `##`/`###`
 * headings with explicit anchors, paragraphs, tables, bullet and numbered lists,
 * `page:KEY#anchor` links to other pages, external links, glossary terms,
 * callouts, steps, checklists and footnotes. The same plan can be written as a
 * Starlight site (bench/starlight-corpus.ts) so both tools build the same text.
 * This file plans the corpus; text.ts writes it.
 */
import { ID_CONTENT } from './words.ts';

/** The two languages of the handbook. */
export type CorpusLang = 'id' | 'en';

/** Options for {@link planCorpus}. */
export interface CorpusOptions {
  /** Pages per language (chapters plus case studies). At least 10. */
  pages: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. Default 7. */
  seed?: number;
}

/** A block of body text inside a section, before it is written in a language. */
export type Block =
  | { type: 'para'; sentences: number; footnote?: boolean; external?: boolean }
  | { type: 'link'; target: number; targetKind: 'chapter' | 'caseStudy' }
  | { type: 'table'; cols: number; rows: number }
  | { type: 'ul' | 'ol'; items: number }
  | { type: 'callout'; kind: 'note' | 'tip' | 'warning'; sentences: number };

/** A `##` section with its anchor, blocks, optional `###` sub-sections and optional steps. */
export interface SectionPlan {
  anchor: string;
  blocks: Block[];
  subsections: Array<{ anchor: string; blocks: Block[] }>;
  steps?: string[];
}

/** Everything about one page that is the same in both languages. */
export interface PagePlan {
  kind: 'chapter' | 'caseStudy';
  /** Position in its collection (0-based). */
  index: number;
  /** File name without `.mdx`; also the page key. */
  slug: string;
  key: string;
  /** 1..5 for chapters. */
  part?: number;
  order: number;
  sections: SectionPlan[];
  checklist?: { id: string; items: number };
  /** Glossary ids used as <Term> in the introduction. */
  terms: string[];
  sources: number;
}

/** A planned corpus: what {@link writeCorpus} and {@link writeStarlightCorpus} write. */
export interface CorpusPlan {
  seed: number;
  /** Pages per language. */
  pages: number;
  chapters: PagePlan[];
  caseStudies: PagePlan[];
  glossary: string[];
  /** A chapter of ordinary length in the middle of part 3 that exists, unchanged, in every corpus of 200 pages or more. */
  typical: PagePlan;
}

const GLOSSARY_SIZE = 40;

/** Number of case studies in a corpus of `pages` pages per language (5 %, at least 1). */
export function caseStudyCount(pages: number): number {
  return Math.max(1, Math.round(pages * 0.05));
}

/** mulberry32: a small, fast, well-mixed 32-bit generator; returns floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a base seed and any labels (FNV-1a), so every page and language has its own stream. */
export function seedOf(seed: number, ...labels: Array<string | number>): number {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of labels.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A whole number from min to max (inclusive) drawn from `r`. */
export const int = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
/** One element of `list` drawn from `r`. */
export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
/** `n` with leading zeros to `width` digits. */
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The glossary ids of a corpus (the same in both languages). */
function glossaryIds(): string[] {
  const r = rng(seedOf(1, 'glossary'));
  const ids = new Set<string>();
  while (ids.size < GLOSSARY_SIZE) ids.add(`${pick(r, ID_CONTENT)}-${pick(r, ID_CONTENT)}`);
  return [...ids].sort();
}

/**
 * Plan the corpus: slugs, parts, sections, anchors and links. Pure and deterministic.
 * Chapter i's plan depends only on the seed and i (links point to chapters i+1..i+40,
 * wrapping round), so the same chapter is identical in corpora of different sizes.
 */
export function planCorpus(options: CorpusOptions): CorpusPlan {
  const seed = options.seed ?? 7;
  const pages = Math.floor(options.pages);
  if (!(pages >= 10)) throw new Error(`A corpus needs at least 10 pages per language (got ${options.pages}).`);
  const cases = caseStudyCount(pages);
  const chapterCount = pages - cases;
  const glossary = glossaryIds();
  const chapters = Array.from({ length: chapterCount }, (_, i) => planPage(seed, 'chapter', i, chapterCount, cases, glossary));
  const caseStudies = Array.from({ length: cases }, (_, i) => planPage(seed, 'caseStudy', i, chapterCount, cases, glossary));
  // Part 3 holds chapters 2, 7, 12, ...; chapter 102 is the 21st of part 3 (the middle of part 3 at 200 pages).
  let typicalIndex = Math.min(102, chapterCount - 1);
  while (typicalIndex > 0 && typicalIndex % 5 !== 2) typicalIndex--;
  return { seed, pages, chapters, caseStudies, glossary, typical: chapters[typicalIndex] };
}

function planPage(seed: number, kind: 'chapter' | 'caseStudy', index: number, chapterCount: number, cases: number, glossary: string[]): PagePlan {
  const r = rng(seedOf(seed, kind, index));
  const slug = kind === 'chapter' ? `${pick(r, ID_CONTENT)}-${pick(r, ID_CONTENT)}-${pad(index, 4)}` : `studi-${pick(r, ID_CONTENT)}-${pad(index, 3)}`;
  const linkTarget = (): Block => {
    // Chapters link forward to nearby chapters; now and then to a case study.
    if (r() < 0.1 && cases > 0) return { type: 'link', target: int(r, 0, Math.min(cases, 10) - 1), targetKind: 'caseStudy' };
    const offset = int(r, 1, 40);
    const base = kind === 'chapter' ? index : index * 7;
    return { type: 'link', target: (base + offset) % chapterCount, targetKind: 'chapter' };
  };
  const blocks = (min: number, max: number): Block[] => {
    const list: Block[] = [];
    const n = int(r, min, max);
    for (let b = 0; b < n; b++) {
      const x = r();
      if (x < 0.5) list.push({ type: 'para', sentences: int(r, 2, 5), external: r() < 0.1 });
      else if (x < 0.62) list.push(linkTarget());
      else if (x < 0.72) list.push({ type: 'table', cols: int(r, 3, 4), rows: int(r, 3, 6) });
      else if (x < 0.84) list.push({ type: 'ul', items: int(r, 3, 6) });
      else if (x < 0.92) list.push({ type: 'ol', items: int(r, 3, 5) });
      else list.push({ type: 'callout', kind: pick(r, ['note', 'tip', 'warning'] as const), sentences: int(r, 1, 3) });
    }
    return list;
  };
  const sectionCount = int(r, 4, 7);
  const stepsAt = r() < 0.3 ? int(r, 1, sectionCount - 1) : -1;
  const sections: SectionPlan[] = [];
  for (let s = 0; s < sectionCount; s++) {
    const anchor = `${pick(r, ID_CONTENT)}-${s + 1}`;
    const sub = s === stepsAt ? 0 : r() < 0.4 ? int(r, 1, 2) : 0;
    sections.push({
      anchor,
      blocks: blocks(2, 4),
      subsections: Array.from({ length: sub }, (_, k) => ({ anchor: `${anchor}-${k + 1}`, blocks: blocks(1, 2) })),
      steps: s === stepsAt ? Array.from({ length: int(r, 3, 4) }, (_, k) => `langkah-${s + 1}-${k + 1}`) : undefined,
    });
  }
  // Every page gets at least one page: link so link resolution is exercised everywhere.
  sections[0].blocks.push(linkTarget());
  // A footnote on some pages (on the first paragraph block, added here so the count is fixed).
  if (r() < 0.25) sections[sectionCount - 1].blocks.unshift({ type: 'para', sentences: 2, footnote: true });
  const checklist = r() < 0.2 ? { id: `cek-${pad(index, 4)}`, items: int(r, 3, 5) } : undefined;
  const terms = Array.from({ length: int(r, 1, 3) }, () => pick(r, glossary)).filter((t, i, all) => all.indexOf(t) === i);
  const part = kind === 'chapter' ? 1 + (index % 5) : undefined;
  const order = kind === 'chapter' ? Math.floor(index / 5) + 1 : index + 1;
  return { kind, index, slug, key: slug, part, order, sections, checklist, terms, sources: int(r, 1, 4) };
}
