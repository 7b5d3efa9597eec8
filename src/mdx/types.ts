/**
 * What every author component defines once (src/mdx/<name>.ts), and the neutral view of one use of it
 * that both the content check (read with remark) and the build (Sätteri's hast) hand to its rules, so the
 * two cannot disagree about what is allowed.
 */
import type { z } from 'astro/zod';
import type { HastVisitorContext } from 'satteri';
import type { Lang } from '../lib/languages.ts';
import type { PrintForm } from './print.ts';

/** A hast node as the transforms see it (Sätteri's shape, reduced to what they read and write). */
export type HastNode = { type: string; tagName?: string; name?: string | null; properties?: Record<string, unknown>; attributes?: Array<{ type: string; name?: string; value?: unknown }>; children?: HastNode[]; position?: { start: { line: number } }; value?: string };

/** A block directly inside a component, described the same way for the source tree and the built tree. */
export interface InnerBlock {
  /** A `###` heading (a step), an unordered list, or anything else. */
  kind: 'step' | 'list' | 'other';
  line?: number;
  /** For a list: its items, and whether each one is a task (`- [ ] `). */
  items?: Array<{ task: boolean; line?: number }>;
}

/** One use of a component on a page, as its rules read it. */
export interface ComponentUse {
  /** The tag name as written. */
  name: string;
  /** True when the tag stands on a line of its own (a block), false inside running text. */
  flow: boolean;
  /** Attributes as written: text for `a="…"`, `true` for a bare attribute, `null` for an `{expression}`. */
  attributes: Record<string, string | true | null>;
  /** The line of the opening tag. */
  line?: number;
  /** The blocks inside it, in order (none for inline components). */
  inner: InnerBlock[];
}

/** What a component's rules may know about the page they stand on. */
export interface PageFacts {
  /** The page's language. */
  lang: Lang;
  /** The ids of the glossary in the page's language. */
  glossaryIds(): Set<string>;
  /** The ids and keys in the commitments register, in register order. */
  registerRefs(): string[];
  /** The `{#anchor}` ids of the page's headings. */
  headingAnchors(): Set<string>;
}

/** An author mistake found by a component's rules; `line` defaults to the tag's line. */
export interface ComponentProblem {
  line?: number;
  message: string;
}

/** What a component's web form can ask of the build. */
export interface RenderContext {
  lang: Lang;
  ctx: HastVisitorContext;
}

/** The one definition of an author component. */
export interface AuthorComponentDefinition<A extends Record<string, unknown> = Record<string, unknown>> {
  /** The tag authors write: `<Callout>`. */
  name: string;
  /** Where it may stand: on its own lines (`flow`) or inside a sentence (`inline`). */
  placement: 'flow' | 'inline';
  /** The message for a use in the other place. */
  misplaced: string;
  /** Its attributes; every message is written for authors. */
  attributes: z.ZodType<A>;
  /** Rules that need the page (glossary, register, anchors), over the parsed attributes. */
  check?(attrs: A, page: PageFacts, use: ComponentUse): ComponentProblem[];
  /** The web form: the hast that replaces the tag (only called on a use without problems). */
  render(node: HastNode, attrs: A, context: RenderContext): HastNode;
  /** The forms for the PDF (Typst), Word and EPUB editions. */
  print: PrintForm;
}

/** A hast element. */
export function el(tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): HastNode {
  return { type: 'element', tagName, properties, children };
}

/** A hast text node. */
export function text(value: string): HastNode {
  return { type: 'text', value };
}

/** Typed identity for a component definition. */
export function defineComponent<A extends Record<string, unknown>>(definition: AuthorComponentDefinition<A>): AuthorComponentDefinition<A> {
  return definition;
}
