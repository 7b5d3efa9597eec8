/** The synthetic corpus (tests/support/corpus/) written as a default Starlight site, for the side-by-side benchmark. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedOf, type CorpusPlan, type PagePlan } from '../tests/support/corpus/plan.ts';
import { body, githubSlug, q, titles, Writer, type Flavour } from '../tests/support/corpus/text.ts';

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
