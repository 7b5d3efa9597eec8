/**
 * Writes a planned synthetic corpus (plan.ts) as text: one MDX file per page and language, in the
 * handbook's own markup or (with another {@link Flavour}) in another tool's, plus the glossaries.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_CONTENT, EN_FUNCTION, ID_CONTENT, ID_FUNCTION } from './words.ts';
import { int, pick, rng, seedOf, type Block, type CorpusLang, type CorpusPlan, type PagePlan } from './plan.ts';

/** Text of one language: sentences, headings, phrases drawn from that language's word lists. */
export class Writer {
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
export interface Flavour {
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
export function githubSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

function targetOf(plan: CorpusPlan, block: Extract<Block, { type: 'link' }>): PagePlan {
  return block.targetKind === 'chapter' ? plan.chapters[block.target] : plan.caseStudies[block.target % plan.caseStudies.length];
}

/** The MDX body of one page in one language, in the given flavour. */
export function body(plan: CorpusPlan, page: PagePlan, lang: CorpusLang, flavour: Flavour): string {
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
/** The title and description of a page in one language. */
export function titles(plan: CorpusPlan, page: PagePlan, lang: CorpusLang): { title: string; description: string } {
  const w = new Writer(seedOf(plan.seed, page.kind, page.index, lang, 'title'), lang);
  const title = `${w.title(3, 6)} ${page.index + 1}`;
  let description = w.sentence(8, 16);
  while (description.length < 40) description = `${description.slice(0, -1)} ${w.phrase(2, 3)}.`;
  return { title: title.slice(0, 85), description: description.slice(0, 219).replace(/[^.]$/, '.') };
}

/** A YAML/JSON string literal. */
export const q = (s: string) => JSON.stringify(s);

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
