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
 * Starlight site (see {@link writeStarlightCorpus}) so both tools build the same text.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_CONTENT, EN_FUNCTION, ID_CONTENT, ID_FUNCTION } from './words.ts';

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
type Block =
  | { type: 'para'; sentences: number; footnote?: boolean; external?: boolean }
  | { type: 'link'; target: number; targetKind: 'chapter' | 'caseStudy' }
  | { type: 'table'; cols: number; rows: number }
  | { type: 'ul' | 'ol'; items: number }
  | { type: 'callout'; kind: 'note' | 'tip' | 'warning'; sentences: number };

/** A `##` section with its anchor, blocks, optional `###` sub-sections and optional steps. */
interface SectionPlan {
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

const int = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

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

/** Text of one language: sentences, headings, phrases drawn from that language's word lists. */
class Writer {
  private readonly r: () => number;
  private readonly content: readonly string[];
  private readonly fn: readonly string[];
  readonly lang: CorpusLang;
  constructor(seed: number, lang: CorpusLang) {
    this.lang = lang;
    this.r = rng(seed);
    this.content = lang === 'id' ? ID_CONTENT : EN_CONTENT;
    this.fn = lang === 'id' ? ID_FUNCTION : EN_FUNCTION;
  }
  words(n: number, functionShare = 0.35): string[] {
    return Array.from({ length: n }, () => (this.r() < functionShare ? pick(this.r, this.fn) : pick(this.r, this.content)));
  }
  phrase(min: number, max: number): string {
    return this.words(int(this.r, min, max), 0).join(' ');
  }
  sentence(min = 7, max = 18): string {
    const w = this.words(int(this.r, min, max));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  }
  sentences(n: number): string {
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }
  title(min: number, max: number): string {
    const p = this.phrase(min, max);
    return p[0].toUpperCase() + p.slice(1);
  }
  int(min: number, max: number): number {
    return int(this.r, min, max);
  }
}

/** How a written page links, marks headings and expresses the author components. */
interface Flavour {
  heading(depth: 2 | 3, text: string, anchor: string): string;
  link(text: string, lang: CorpusLang, target: PagePlan, anchor: string | undefined, anchorText: string | undefined): string;
  term(lang: CorpusLang, id: string, text: string): string;
  callout(kind: string, body: string): string;
  steps(inner: string): string;
  checklist(id: string, items: string[]): string;
}

const PEDOMAN: Flavour = {
  heading: (depth, text, anchor) => `${'#'.repeat(depth)} ${text} {#${anchor}}`,
  link: (text, _lang, target, anchor) => `[${text}](page:${target.key}${anchor ? `#${anchor}` : ''})`,
  term: (_lang, id, text) => `<Term id="${id}">${text}</Term>`,
  callout: (kind, body) => `<Callout type="${kind}">\n${body}\n</Callout>`,
  steps: (inner) => `<Steps>\n\n${inner}\n\n</Steps>`,
  checklist: (id, items) => `<Checklist id="${id}">\n\n${items.map((i) => `- [ ] ${i}`).join('\n')}\n\n</Checklist>`,
};

/** Heading text for an anchor: its own random stream, so a link can name the target's heading without writing the target. */
function headingText(seed: number, page: PagePlan, lang: CorpusLang, anchor: string): string {
  return new Writer(seedOf(seed, page.kind, page.index, lang, 'h', anchor), lang).title(2, 5);
}

/** GitHub-style slug of a heading (what Starlight generates as its id). */
function githubSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

function targetOf(plan: CorpusPlan, block: Extract<Block, { type: 'link' }>): PagePlan {
  return block.targetKind === 'chapter' ? plan.chapters[block.target] : plan.caseStudies[block.target % plan.caseStudies.length];
}

/** The MDX body of one page in one language, in the given flavour. */
function body(plan: CorpusPlan, page: PagePlan, lang: CorpusLang, flavour: Flavour): string {
  const w = new Writer(seedOf(plan.seed, page.kind, page.index, lang, 'body'), lang);
  const out: string[] = [];
  let footnotes = 0;
  const termText = (id: string) => id.replace(/-/g, ' ');
  const terms = page.terms.map((t) => flavour.term(lang, t, termText(t))).join(lang === 'id' ? ' dan ' : ' and ');
  out.push(`${w.sentence()} ${lang === 'id' ? 'Halaman ini membahas' : 'This page covers'} ${terms}. ${w.sentences(2)}`);
  out.push(w.sentences(w.int(2, 4)));
  const renderBlock = (b: Block) => {
    switch (b.type) {
      case 'para': {
        let text = w.sentences(b.sentences);
        if (b.external) text += ` ${lang === 'id' ? 'Baca juga' : 'See also'} [${w.phrase(2, 4)}](https://www.opengovpartnership.org/glossary/).`;
        if (b.footnote) {
          footnotes++;
          text = text.replace(/\.$/, `[^${footnotes}].`);
        }
        out.push(text);
        break;
      }
      case 'link': {
        const target = targetOf(plan, b);
        const anchor = target.sections[(page.index + b.target) % target.sections.length].anchor;
        const label = w.phrase(2, 4);
        out.push(`${w.sentence()} ${lang === 'id' ? 'Lihat' : 'See'} ${flavour.link(label, lang, target, anchor, headingText(plan.seed, target, lang, anchor))}.`);
        break;
      }
      case 'table': {
        const head = Array.from({ length: b.cols }, () => w.title(1, 2));
        const rows = Array.from({ length: b.rows }, (_, i) => `| ${[String(i + 1), ...Array.from({ length: b.cols - 1 }, () => w.phrase(1, 4))].join(' | ')} |`);
        out.push([`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n'));
        break;
      }
      case 'ul':
      case 'ol':
        out.push(Array.from({ length: b.items }, (_, i) => `${b.type === 'ul' ? '-' : `${i + 1}.`} ${w.sentence(4, 12)}`).join('\n'));
        break;
      case 'callout':
        out.push(flavour.callout(b.kind, w.sentences(b.sentences)));
        break;
    }
  };
  for (const section of page.sections) {
    out.push(flavour.heading(2, headingText(plan.seed, page, lang, section.anchor), section.anchor));
    section.blocks.forEach(renderBlock);
    if (section.steps) {
      out.push(flavour.steps(section.steps.map((a) => `${flavour.heading(3, headingText(plan.seed, page, lang, a), a)}\n\n${w.sentences(w.int(1, 3))}`).join('\n\n')));
    }
    for (const sub of section.subsections) {
      out.push(flavour.heading(3, headingText(plan.seed, page, lang, sub.anchor), sub.anchor));
      sub.blocks.forEach(renderBlock);
    }
  }
  if (page.checklist) {
    out.push(flavour.checklist(page.checklist.id, Array.from({ length: page.checklist.items }, () => w.sentence(4, 10))));
  }
  for (let f = 1; f <= footnotes; f++) out.push(`[^${f}]: ${w.sentence(5, 12)}`);
  return `${out.join('\n\n')}\n`;
}

/** Title and description of a page in a language: one short title, one sentence of 40–220 characters. */
function titles(plan: CorpusPlan, page: PagePlan, lang: CorpusLang): { title: string; description: string } {
  const w = new Writer(seedOf(plan.seed, page.kind, page.index, lang, 'title'), lang);
  const title = `${w.title(3, 6)} ${page.index + 1}`;
  let description = w.sentence(8, 16);
  while (description.length < 40) description = `${description.slice(0, -1)} ${w.phrase(2, 3)}.`;
  return { title: title.slice(0, 85), description: description.slice(0, 219).replace(/[^.]$/, '.') };
}

const q = (s: string) => JSON.stringify(s);

function sourcesYaml(plan: CorpusPlan, page: PagePlan): string {
  const w = new Writer(seedOf(plan.seed, page.kind, page.index, 'sources'), 'en');
  return Array.from({ length: page.sources }, (_, i) =>
    `  - title: ${q(`${w.title(2, 5)} (${i + 1})`)}\n    url: ${q(`https://www.opengovpartnership.org/documents/${page.slug}-${i + 1}/`)}\n    publisher: "Open Government Partnership"`,
  ).join('\n');
}

/** The full MDX file (frontmatter and body) of one page in one language, as the handbook expects it. */
export function pageSource(plan: CorpusPlan, page: PagePlan, lang: CorpusLang): string {
  const { title, description } = titles(plan, page, lang);
  const fm = [`title: ${q(title)}`, `description: ${q(description)}`];
  if (page.kind === 'chapter') fm.push(`part: ${page.part}`);
  fm.push(`order: ${page.order}`, `key: ${page.key}`);
  if (page.kind === 'caseStudy') {
    const w = new Writer(seedOf(plan.seed, page.kind, page.index, lang, 'glance'), lang);
    const related = [plan.chapters[(page.index * 3) % plan.chapters.length].key, plan.chapters[(page.index * 3 + 1) % plan.chapters.length].key];
    fm.push(
      `region: ${q(`${lang === 'id' ? 'Kabupaten' : 'Regency'} ${w.title(1, 2)} ${page.index + 1}`)}`,
      `regionType: ${['kabupaten', 'kota', 'provinsi'][page.index % 3]}`,
      `province: ${q(w.title(1, 2))}`,
      `years: "${2016 + (page.index % 6)}–${2018 + (page.index % 6)}"`,
      `governmentActors: [${q(w.title(2, 3))}]`,
      `civilSocietyActors: [${q(w.title(2, 3))}]`,
      `status: ${['pilot', 'ogp-local-member', 'named-as-next'][page.index % 3]}`,
      `relatedChapters: [${related.join(', ')}]`,
    );
  }
  fm.push('lastReviewed: 2026-11-27', `sources:\n${sourcesYaml(plan, page)}`);
  return `---\n${fm.join('\n')}\n---\n\n${body(plan, page, lang, PEDOMAN)}`;
}

function glossaryYaml(plan: CorpusPlan, lang: CorpusLang): string {
  return plan.glossary
    .map((id) => {
      const w = new Writer(seedOf(plan.seed, 'glossary', id, lang), lang);
      return `- id: ${id}\n  term: ${q(id.replace(/-/g, ' '))}\n  definition: ${q(w.sentences(2))}`;
    })
    .join('\n\n');
}

/** Count of files a corpus writes, for progress messages. */
export function corpusFileCount(plan: CorpusPlan): number {
  return 2 * (plan.chapters.length + plan.caseStudies.length) + 2;
}

/**
 * Write the corpus as a handbook content tree (chapters/, case-studies/, glossary/)
 * into `dir`, replacing what was there. Returns the plan's typical chapter's URL path
 * in Indonesian (e.g. "/bab/anggaran-data-0102/").
 */
export function writeCorpus(dir: string, plan: CorpusPlan): { typicalPath: string } {
  rmSync(dir, { recursive: true, force: true });
  for (const lang of ['id', 'en'] as const) {
    mkdirSync(join(dir, 'chapters', lang), { recursive: true });
    mkdirSync(join(dir, 'case-studies', lang), { recursive: true });
    mkdirSync(join(dir, 'glossary'), { recursive: true });
    for (const page of plan.chapters) writeFileSync(join(dir, 'chapters', lang, `${page.slug}.mdx`), pageSource(plan, page, lang));
    for (const page of plan.caseStudies) writeFileSync(join(dir, 'case-studies', lang, `${page.slug}.mdx`), pageSource(plan, page, lang));
    writeFileSync(join(dir, 'glossary', `${lang}.yaml`), `${glossaryYaml(plan, lang)}\n`);
  }
  return { typicalPath: `/bab/${plan.typical.slug}/` };
}

/** Folder of a page inside a Starlight docs collection (parts are folders, so the sidebar groups by part). */
function starlightDir(page: PagePlan): string {
  return page.kind === 'chapter' ? `bagian-${page.part}` : 'studi-kasus';
}

/** The same text with Starlight's own means: generated heading ids, asides, plain links and task lists. */
const STARLIGHT: Flavour = {
  heading: (depth, text) => `${'#'.repeat(depth)} ${text}`,
  link: (text, lang, target, _anchor, anchorText) =>
    `[${text}](/${lang === 'en' ? 'en/' : ''}${starlightDir(target)}/${target.slug}/${anchorText ? `#${githubSlug(anchorText)}` : ''})`,
  term: (lang, id, text) => `[${text}](/${lang === 'en' ? 'en/' : ''}glosarium/#${githubSlug(id.replace(/-/g, ' '))})`,
  callout: (kind, body) => `:::${kind === 'warning' ? 'caution' : kind}\n${body}\n:::`,
  steps: (inner) => inner,
  checklist: (_id, items) => items.map((i) => `- [ ] ${i}`).join('\n'),
};

/**
 * Write the same corpus as a Starlight docs collection under `docsDir`
 * (`src/content/docs` of a Starlight project): Indonesian at the root locale,
 * English under `en/`, one folder per part, plus a glossary page per language.
 */
export function writeStarlightCorpus(docsDir: string, plan: CorpusPlan): { typicalPath: string } {
  rmSync(docsDir, { recursive: true, force: true });
  for (const lang of ['id', 'en'] as const) {
    const root = lang === 'id' ? docsDir : join(docsDir, 'en');
    for (const page of [...plan.chapters, ...plan.caseStudies]) {
      const dir = join(root, starlightDir(page));
      mkdirSync(dir, { recursive: true });
      const { title, description } = titles(plan, page, lang);
      const fm = `---\ntitle: ${q(title)}\ndescription: ${q(description)}\nsidebar:\n  order: ${page.order}\n---\n\n`;
      writeFileSync(join(dir, `${page.slug}.mdx`), fm + body(plan, page, lang, STARLIGHT));
    }
    const glossary = plan.glossary
      .map((id) => `## ${id.replace(/-/g, ' ')}\n\n${new Writer(seedOf(plan.seed, 'glossary', id, lang), lang).sentences(2)}`)
      .join('\n\n');
    writeFileSync(join(root, 'glosarium.mdx'), `---\ntitle: ${q(lang === 'id' ? 'Glosarium' : 'Glossary')}\ndescription: ${q(lang === 'id' ? 'Istilah yang dipakai di pedoman ini, dengan penjelasannya.' : 'Terms used in this handbook, with their meaning.')}\n---\n\n${glossary}\n`);
    writeFileSync(join(root, 'index.mdx'), `---\ntitle: "Pedoman OGP"\ndescription: ${q(lang === 'id' ? 'Panduan praktis pemerintahan terbuka untuk pemerintah daerah.' : 'A practical open-government handbook for local governments.')}\n---\n\n${new Writer(seedOf(plan.seed, 'home', lang), lang).sentences(4)}\n`);
  }
  return { typicalPath: `/${starlightDir(plan.typical)}/${plan.typical.slug}/` };
}
