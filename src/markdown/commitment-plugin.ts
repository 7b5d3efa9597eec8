/**
 * `<Commitment id="IDSMG0005" />`: a real example from the commitments register, drawn at build time
 * as plain HTML (title linked to its register page, member, ID, summary, lead, period, assessment).
 * The text comes from content/commitments/, so a chapter never types a commitment again.
 */
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { langOfContentPath, type Lang } from '../lib/languages.ts';
import { t } from '../lib/i18n.ts';
import { href } from '../lib/routes.ts';
import { loadRegister } from '../lib/register.ts';
import { commitmentExample as exampleText } from '../lib/register-labels.ts';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; attributes?: Array<{ type: string; name?: string; value?: unknown }>; children?: Node[]; position?: { start: { line: number } }; value?: string };

const el = (tagName: string, properties: Record<string, unknown>, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
const text = (value: string): Node => ({ type: 'text', value });

function where(ctx: HastVisitorContext, node: Node): string {
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
  return `${file}${node.position ? `:${node.position.start.line}` : ''}`;
}

/** The Sätteri plugin for `<Commitment id>`; an unknown id stops the build with the file and line. */
export const commitmentExample = defineHastPlugin({
  name: 'pedoman:commitment',
  options: { position: true },
  mdxJsxFlowElement: {
    filter: ['Commitment'],
    visit(node, ctx) {
      const n = node as Node;
      const id = n.attributes?.find((a) => a.name === 'id')?.value;
      const record = loadRegister().records.find((r) => r.ref === id);
      if (!record) throw new Error(`${where(ctx, n)}: <Commitment id="${String(id ?? '')}"> is not in the commitments register (content/commitments/). Use an OGP ID or key from it, such as IDSMG0005.`);
      const lang: Lang = (ctx.fileURL && langOfContentPath(fileURLToPath(ctx.fileURL))) || 'id';
      const card = exampleText(lang, record);
      ctx.replaceNode(node, el('aside', { className: ['commitment-card'], ariaLabel: card.label, dataCommitment: record.ref }, [
        el('p', { className: ['commitment-card-eyebrow'] }, [text(card.label)]),
        el('p', { className: ['commitment-card-title'] }, [el('a', { href: href(lang, 'commitment', record.ref) }, [text(card.title)])]),
        el('p', {}, [text(card.summary)]),
        el('p', { className: ['small'] }, [text(card.facts)]),
      ]) as never);
    },
  },
});
