/**
 * Which tool pages a handbook can have: each tool stands on chapters (the builder links to the commitment
 * chapters, the self-check reads the readiness chapter), so a content tree without them (a test fixture,
 * the benchmark's corpus) builds without that tool instead of with broken links.
 */
import { LANGUAGES } from '../languages.ts';
import { CHECK_SECTIONS, STEPS } from './commitment-steps.ts';

/** A tool's page kind (src/lib/routes.ts). */
export type ToolKind = 'toolCommitment' | 'toolReadiness';

/** The key of the chapter the readiness self-check reads its questions from. */
export const READINESS_CHAPTER_KEY = 'kesiapan';

/** The tools whose chapters exist in every language, in the order the home page lists them. */
export function availableTools(chapters: Array<{ lang: string; slug: string; entry: { data: { key: string } } }>): ToolKind[] {
  const has = (test: (c: (typeof chapters)[number]) => boolean) => LANGUAGES.every((lang) => chapters.some((c) => c.lang === lang && test(c)));
  const slugs = new Set([...STEPS.map((s) => s.section.slug), ...Object.values(CHECK_SECTIONS).map((s) => s.slug)]);
  const tools: ToolKind[] = [];
  if ([...slugs].every((slug) => has((c) => c.slug === slug))) tools.push('toolCommitment');
  if (has((c) => c.entry.data.key === READINESS_CHAPTER_KEY)) tools.push('toolReadiness');
  return tools;
}
