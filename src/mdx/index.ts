/**
 * The registry of author components: the one list that `npm run check` (src/checks/components.ts), the
 * Sätteri plugins of the build (src/mdx/hast.ts) and the print editions (src/publications/print-forms.ts)
 * iterate. A component is one file in this folder; adding it here adds it everywhere.
 */
import { callout } from './callout.ts';
import { steps } from './steps.ts';
import { checklist } from './checklist.ts';
import { term } from './term.ts';
import { lang } from './lang.ts';
import { commitment } from './commitment.ts';
import type { AuthorComponentDefinition, ComponentProblem, ComponentUse, PageFacts } from './types.ts';

/** Every author component, in the order the build expands them. */
export const COMPONENTS: readonly AuthorComponentDefinition[] = [callout, steps, checklist, term, lang, commitment] as unknown as AuthorComponentDefinition[];

/** The tags authors may use in MDX. */
export const AUTHOR_COMPONENTS = ['Callout', 'Steps', 'Checklist', 'Term', 'Lang', 'Commitment'] as const;

/** An author component's name. */
export type AuthorComponent = (typeof AUTHOR_COMPONENTS)[number];

/** The list as an author reads it in a message: "<Callout>, <Steps>, …". */
export const AUTHOR_COMPONENT_LIST = AUTHOR_COMPONENTS.map((c) => `<${c}>`).join(', ');

// The names as a typed list, for the types of the print forms; kept equal to the registry.
if (COMPONENTS.map((c) => c.name).join() !== AUTHOR_COMPONENTS.join()) throw new Error('src/mdx/index.ts: AUTHOR_COMPONENTS must name the components of COMPONENTS, in the same order.');

const byName = new Map(COMPONENTS.map((c) => [c.name, c]));

/** The definition of a component by its tag name. */
export function componentNamed(name: string): AuthorComponentDefinition | undefined {
  return byName.get(name);
}

/** The attribute names a component's schema knows. */
function attributeNames(def: AuthorComponentDefinition): string[] {
  return Object.keys((def.attributes as unknown as { shape?: Record<string, unknown> }).shape ?? {});
}

/**
 * Every problem with one use of a component on a page: an unknown tag, the wrong place, attributes its
 * schema refuses, and the component's own rules. The check and the build both report exactly these.
 */
export function componentProblems(use: ComponentUse, page: PageFacts): Array<{ line?: number; message: string }> {
  const def = byName.get(use.name);
  if (!def) return [{ line: use.line, message: `unknown component <${use.name}>. Use one of: ${AUTHOR_COMPONENT_LIST} (see "Author components" in README.md).` }];
  const problems: ComponentProblem[] = [];
  if ((def.placement === 'flow') !== use.flow) problems.push({ message: def.misplaced });
  const parsed = def.attributes.safeParse(use.attributes);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = attributeNames(def);
        for (const key of issue.keys) problems.push({ message: `<${def.name}> has no attribute "${key}". ${known.length ? `Its attributes are: ${known.join(', ')}.` : 'It takes no attributes.'}` });
      } else problems.push({ message: issue.message });
    }
  } else problems.push(...(def.check?.(parsed.data, page, use) ?? []));
  return problems.map((p) => ({ line: p.line ?? use.line, message: p.message }));
}

/** The attributes of a use that has no problems, as its schema reads them. */
export function parsedAttributes(def: AuthorComponentDefinition, use: ComponentUse): Record<string, unknown> {
  return def.attributes.parse(use.attributes);
}
