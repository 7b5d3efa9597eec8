/**
 * The tags authors may use in MDX, shared by the content check (src/lib/content-checks.ts) and the
 * build plugins (src/markdown/handbook-plugins.ts), so both accept exactly the same list.
 */
export const AUTHOR_COMPONENTS = ['Callout', 'Steps', 'Checklist', 'Term', 'Lang', 'Commitment'] as const;

/** The list as an author reads it in a message: "<Callout>, <Steps>, …". */
export const AUTHOR_COMPONENT_LIST = AUTHOR_COMPONENTS.map((c) => `<${c}>`).join(', ');
