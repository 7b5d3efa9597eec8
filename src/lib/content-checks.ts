/**
 * Content checks that run before every build (`npm run check`). The content is read once into a model
 * (src/checks/model.ts: remark with parse + mdx + frontmatter + gfm, so every problem points at a file and
 * line), then small named checks run over it, one rule family per file in src/checks/. All problems are
 * reported at once; the checks never write to a content file.
 */
import { LANGUAGES } from './languages.ts';
import { loadContentModel, type PageSource, type Problem } from '../checks/model.ts';
import { checkFrontmatter } from '../checks/frontmatter.ts';
import { checkSourceLanguages } from '../checks/sources.ts';
import { checkHeadings } from '../checks/headings.ts';
import { checkComponents } from '../checks/components.ts';
import { checkLinks } from '../checks/links.ts';
import { checkImages } from '../checks/images.ts';
import { checkParity } from '../checks/parity.ts';
import { checkGlossary } from '../checks/glossary.ts';
import { checkSentences } from '../checks/sentences.ts';
import { checkGlossaryTerms, checkTerms, loadTerms } from '../checks/terms.ts';
import { checkCommitments } from '../checks/commitments.ts';

export type { Problem } from '../checks/model.ts';
export { maskHeadingAnchors } from '../checks/model.ts';
export { titleLanguage } from '../checks/sources.ts';
export { MAX_IMAGE_WIDTH } from '../checks/images.ts';
export { LONG_SENTENCE_WORDS, proseBlocks, sentences, wordCount } from '../checks/sentences.ts';

/** Run every content check over the tree at `dir`. */
export async function checkContent(dir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const model = loadContentModel(dir, problems);
  checkGlossary(model, problems);
  const terms = { id: loadTerms(dir, 'id', problems), en: loadTerms(dir, 'en', problems) };
  for (const lang of LANGUAGES) checkGlossaryTerms(dir, lang, terms[lang], problems);
  checkFrontmatter(model, problems);
  checkSourceLanguages(model, problems);
  checkHeadings(model, problems);
  checkComponents(model, problems);
  checkLinks(model, problems);
  checkSentences(model, problems);
  for (const page of model.pages) if (page.tree) checkTerms(page.file, page.tree, terms[page.lang], problems);
  checkParity(model, problems);
  const keysOf = (list: PageSource[]) => new Set(list.filter((p) => p.data).map((p) => String(p.data!.key)));
  checkCommitments(dir, keysOf(model.pages.filter((p) => p.folder === 'case-studies')), problems, keysOf(model.pages));
  await checkImages(model, problems);
  return problems;
}

/** Format problems the way editors read them: file:line, severity, message. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''}  ${p.severity === 'error' ? 'error' : 'warning'}  ${p.message}`)
    .join('\n');
}
