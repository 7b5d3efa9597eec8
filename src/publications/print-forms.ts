/**
 * The print forms of the author components, as the publications ask for them: each component's Typst
 * (PDF), Word and EPUB (XHTML) forms live with the rest of its definition in src/mdx/<name>.ts, and this
 * table is made from the registry (src/mdx/index.ts). {@link assertPrintForms} runs before any publication
 * is made, so a new component without a print form stops the build with a message instead of going missing
 * from the printed pages.
 */
import { AUTHOR_COMPONENTS, COMPONENTS, type AuthorComponent } from '../mdx/index.ts';
import type { PrintForm } from '../mdx/print.ts';
import { textOf, type MdNode } from './mdast.ts';

export type { AuthorComponent } from '../mdx/index.ts';
export { stepsOf } from '../mdx/steps.ts';
export { typstString, wordLanguage, xmlText, type PrintForm, type TypstContext, type WordContext, type XhtmlContext } from '../mdx/print.ts';

/** The print form of every author component, by name, from the registry. */
export const PRINT_FORMS = Object.fromEntries(COMPONENTS.map((c) => [c.name, c.print])) as Record<AuthorComponent, PrintForm>;

/**
 * Problems with the print forms: one line per author component without a Typst and a Word form.
 * Empty when every component can be printed.
 */
export function missingPrintForms(components: readonly string[] = AUTHOR_COMPONENTS, forms: Record<string, Partial<PrintForm> | undefined> = PRINT_FORMS): string[] {
  return components
    .filter((c) => typeof forms[c]?.typst !== 'function' || typeof forms[c]?.word !== 'function' || typeof forms[c]?.xhtml !== 'function')
    .map((c) => `The author component <${c}> has no print form. Add its Typst, Word and EPUB (XHTML) forms to the print field of its definition in src/mdx/ (as src/mdx/callout.ts does), so printed pages, PDFs and Word files show it.`);
}

/** Stop with a message when any author component has no print form. */
export function assertPrintForms(components: readonly string[] = AUTHOR_COMPONENTS): void {
  const problems = missingPrintForms(components);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The print form of a JSX node, or an error naming the file line when the tag has none. */
export function printFormOf(node: MdNode, where: string): PrintForm {
  const form = (PRINT_FORMS as Record<string, PrintForm>)[node.name ?? ''];
  if (!form) throw new Error(`${where}:${node.position?.start.line ?? '?'}: <${node.name}> has no print form (${textOf(node).slice(0, 40)}). Add its definition to src/mdx/ and the registry (src/mdx/index.ts).`);
  return form;
}
