/**
 * The author components as Sätteri hast plugins, made from the registry: one plugin that checks every JSX
 * tag with the same rules as `npm run check` (so the build stops on the same mistake, with the same
 * message and line), then one plugin per component that draws its web form.
 */
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { langOfContentPath, type Lang } from '../lib/languages.ts';
import { contentDir, HEADING_ANCHOR } from '../lib/content-index.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { registerRefs } from '../checks/register-files.ts';
import { COMPONENTS, componentProblems, parsedAttributes } from './index.ts';
import { useFromHast, type TreeNode } from './uses.ts';
import type { AuthorComponentDefinition, HastNode, PageFacts } from './types.ts';

/** An author mistake in a content file; the message names the file, the line and the fix. */
export class ContentError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ContentError';
  }
}

/** The content file a plugin is working on, relative to the project, for messages. */
export function fileOf(ctx: HastVisitorContext): string {
  return ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
}

/** The language of the page a plugin is working on, from its folder. */
export function langOf(ctx: HastVisitorContext): Lang {
  return (ctx.fileURL && langOfContentPath(fileURLToPath(ctx.fileURL))) || 'id';
}

const glossaryIds = new WeakMap<object, Set<string>>();

/** What the components' rules know about the page being built. */
function pageFacts(ctx: HastVisitorContext): PageFacts {
  const lang = langOf(ctx);
  return {
    lang,
    glossaryIds() {
      const entries = loadGlossary(lang);
      if (!glossaryIds.has(entries)) glossaryIds.set(entries, new Set(entries.map((e) => e.id)));
      return glossaryIds.get(entries)!;
    },
    registerRefs: () => [...registerRefs(contentDir())],
    headingAnchors: () => new Set(ctx.source.split('\n').flatMap((line) => HEADING_ANCHOR.exec(line)?.[3] ?? [])),
  };
}

function checkUse(node: Readonly<TreeNode>, ctx: HastVisitorContext) {
  const [first] = componentProblems(useFromHast(node as TreeNode), pageFacts(ctx));
  if (first) throw new ContentError(fileOf(ctx), first.line, first.message);
}

/** Checks every JSX tag before any is expanded: unknown tags, placement, attributes, each component's rules. */
const checkComponents = defineHastPlugin({
  name: 'pedoman:check-components',
  options: { position: true },
  mdxJsxFlowElement: { filter: [], visit: checkUse },
  mdxJsxTextElement: { filter: [], visit: checkUse },
});

function renderPlugin(def: AuthorComponentDefinition) {
  const visitor = {
    filter: [def.name],
    visit(node: Readonly<TreeNode>, ctx: HastVisitorContext) {
      const attrs = parsedAttributes(def, useFromHast(node as TreeNode));
      ctx.replaceNode(node as never, def.render(node as HastNode, attrs, { lang: langOf(ctx), ctx }) as never);
    },
  };
  return defineHastPlugin({
    name: `pedoman:${def.name.toLowerCase()}`,
    options: { position: true },
    ...(def.placement === 'flow' ? { mdxJsxFlowElement: visitor } : { mdxJsxTextElement: visitor }),
  });
}

/** The check, then every component's web form, in registry order. */
export const componentHastPlugins = [checkComponents, ...COMPONENTS.map(renderPlugin)];
