/**
 * Frontmatter checks: every field against the page's schema (src/lib/schemas.ts), with the line of the
 * field, and one key per page in each language.
 */
import { chapterSchema, caseStudySchema } from '../lib/schemas.ts';
import { LANGUAGES } from '../lib/languages.ts';
import { frontmatterLine, type ContentModel, type PageSource, type Problem } from './model.ts';

/** Check one page's frontmatter against its schema; a page that passes gets its `data`. */
function checkFields(page: PageSource, problems: Problem[]) {
  if (page.raw === undefined) return;
  const schema = page.folder === 'chapters' ? chapterSchema : caseStudySchema;
  const result = schema.safeParse(page.raw);
  if (result.success) {
    page.data = result.data as Record<string, unknown>;
    return;
  }
  for (const issue of result.error.issues) {
    const keys = (issue as { keys?: string[] }).keys;
    const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? keys?.join(', ') : '(frontmatter)');
    const top = String(issue.path[0] ?? keys?.[0] ?? '');
    const what = issue.code === 'unrecognized_keys' ? `is not a known field. Remove it or check its spelling` : /received undefined/.test(issue.message) ? 'is missing. Add it' : issue.message;
    problems.push({ file: page.file, line: frontmatterLine(page.source, top) ?? 2, severity: 'error', message: `frontmatter field "${field}" ${what}.` });
  }
}

/** Every page needs its own key in its language. */
function checkDuplicateKeys(pages: PageSource[], problems: Problem[]) {
  for (const lang of LANGUAGES) {
    const byKey = new Map<string, PageSource>();
    for (const p of pages.filter((x) => x.lang === lang && x.data)) {
      const key = String(p.data!.key);
      const first = byKey.get(key);
      if (first) problems.push({ file: p.file, line: frontmatterLine(p.source, 'key'), severity: 'error', message: `key "${key}" is already used by ${first.file}. Every page needs its own key.` });
      else byKey.set(key, p);
    }
  }
}

/** The frontmatter checks over the whole model; runs before the checks that read `data`. */
export function checkFrontmatter(model: ContentModel, problems: Problem[]): void {
  for (const page of model.pages) checkFields(page, problems);
  checkDuplicateKeys(model.pages, problems);
}
