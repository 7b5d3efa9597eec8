/**
 * Author components on every page, checked by the rules of their own definitions (src/mdx/): the same
 * rules, messages and lines as the build's plugins. Also `{…}` in the text, which MDX would run as code.
 */
import { componentProblems } from '../mdx/index.ts';
import { useFromMdast } from '../mdx/uses.ts';
import type { PageFacts } from '../mdx/types.ts';
import { registerRefs } from './commitments.ts';
import { walk, type ContentModel, type Problem } from './model.ts';

/** The component and expression checks on every page; needs the glossary ids (src/checks/glossary.ts). */
export function checkComponents(model: ContentModel, problems: Problem[]): void {
  for (const page of model.pages) {
    if (!page.tree) continue;
    const facts: PageFacts = {
      lang: page.lang,
      glossaryIds: () => model.glossaryIds?.[page.lang] ?? new Set(),
      registerRefs: () => [...registerRefs(model.dir)],
      headingAnchors: () => new Set(page.anchorList),
    };
    walk(page.tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const p of componentProblems(useFromMdast(node), facts)) problems.push({ file: page.file, line: p.line, severity: 'error', message: p.message });
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        problems.push({ file: page.file, line: node.position?.start.line, severity: 'error', message: `"{${node.value ?? ''}}" is read as code. To show curly braces as text, write \\{ and \\}.` });
      }
    });
  }
}
