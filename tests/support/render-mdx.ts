/**
 * Render one MDX source with the handbook's own Sätteri plugins, in this process, to an HTML string:
 * what a built page shows for that text, without building a site. `file` names the content file
 * (its folder gives the page's language, as in a build).
 */
import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { handbookHastPlugins } from '../../src/markdown/handbook-plugins.ts';

const VOID = new Set(['input', 'br', 'hr', 'img']);
const FRAGMENT = Symbol('fragment');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrName = (k: string) => ({ className: 'class', htmlFor: 'for' })[k] ?? k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function html(node: unknown): string {
  if (node === null || node === undefined || node === false) return '';
  if (Array.isArray(node)) return node.map(html).join('');
  if (typeof node === 'string' || typeof node === 'number') return escape(String(node));
  return String((node as { html: string }).html);
}

function jsx(type: unknown, props: Record<string, unknown>): { html: string } {
  const { children, ...attrs } = props ?? {};
  if (type === FRAGMENT) return { html: html(children) };
  if (typeof type === 'function') return (type as (p: unknown) => { html: string })(props);
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${attrName(k)}` : ` ${attrName(k)}="${escape(Array.isArray(v) ? v.join(' ') : String(v))}"`))
    .join('');
  return { html: VOID.has(String(type)) ? `<${String(type)}${list}>` : `<${String(type)}${list}>${html(children)}</${String(type)}>` };
}

/** The HTML of `source` as the content file `file` (for example `content/chapters/id/x.mdx`). */
export async function renderMdx(source: string, file: string): Promise<string> {
  const mod = await evaluate(source, {
    jsx, jsxs: jsx, Fragment: FRAGMENT,
    features: { headingAttributes: true, smartPunctuation: false },
    hastPlugins: handbookHastPlugins,
    fileURL: pathToFileURL(file),
  } as never);
  const Content = mod.default as (props: unknown) => { html: string };
  return html(Content({}));
}
