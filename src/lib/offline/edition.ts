/**
 * How one built page becomes a page of the offline edition (a folder opened
 * with file://, no server): every internal URL becomes a relative link to a
 * file (`../forum/index.html`), dynamic `import()` becomes a classic-script
 * loader, parts marked for one edition are shown or hidden, and a banner says
 * that this is an offline copy. Pure string work; the integration
 * (the steps in src/integrations/offline/) reads and writes the files.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  escapeAttribute,
  escapeText,
  isNavigation,
  refreshTarget,
  rewriteCssUrls,
  rewriteRefresh,
  rewriteSrcset,
  transformHtml,
  URL_ATTRIBUTES,
  type StartTag,
} from './html.ts';
import { classifyUrl, pathForFile, relativeHref, rootPrefix, type SiteLocation } from './paths.ts';
import { createHash } from 'node:crypto';

/** A file of the site that a page refers to. */
export interface Reference {
  /** The edition's file, when the edition has it. */
  file?: string;
  /** The site path as written (for messages), e.g. `bab/forum/`. */
  path: string;
  /** True for a link the reader follows, false for a file the page loads (style, script, image). */
  navigation: boolean;
  /** A module script, now loaded as a classic script: the file must be bundled into one (see the integration). */
  module?: boolean;
}

/** What `rewritePage` needs to know about the page and the edition. */
export interface PageContext {
  /** The page's file in the edition, e.g. `bab/forum/index.html`. */
  file: string;
  site: SiteLocation;
  /** The edition's file for a site path (`bab/forum/`), or undefined when the edition has none. */
  locate(path: string): string | undefined;
  /** HTML put at the top of <body>, after the skip link. */
  banner?: string;
  /** HTML put at the end of <head>. */
  head?: string;
}

export interface RewrittenPage {
  html: string;
  references: Reference[];
}

/**
 * A classic-script stand-in for `import()`: loads the URL with a <script> tag
 * and resolves with what that script registered (see `CLASSIC_MODULE_FOOTER`),
 * or with no exports, like a module that has none. Module scripts cannot be
 * loaded from file:// (the page's origin is opaque), classic scripts can.
 */
export const IMPORT_SHIM =
  '(function(){var M=self.__pedomanModules||(self.__pedomanModules={}),P={};self.__pedomanImport=self.__pedomanImport||function(u){' +
  'var k=new URL(u,document.baseURI).href;return P[k]||(P[k]=new Promise(function(y,n){var s=document.createElement("script");s.src=k;' +
  's.onload=function(){y(M[k]||{})};s.onerror=function(){delete P[k];n(Error("Could not load "+k))};' +
  'document.head.appendChild(s)}))}})();';

/** The global name a classic module bundle is built under (esbuild `globalName`). */
export const CLASSIC_MODULE_GLOBAL = '__pedomanModule';

/** Appended to a module turned into a classic script: registers its exports under the script's own URL. */
export const CLASSIC_MODULE_FOOTER = `;(self.__pedomanModules||(self.__pedomanModules={}))[document.currentScript.src]=${CLASSIC_MODULE_GLOBAL};`;

/** Replace every dynamic `import(` with the classic-script loader. */
export function swapDynamicImports(code: string): string {
  return code.replace(/(^|[^\w$.])import(\s*\()/g, '$1__pedomanImport$2');
}

/** Whether code still calls `import()` (after `swapDynamicImports` it must not). */
export function hasDynamicImport(code: string): boolean {
  return /(^|[^\w$.])import\s*\(/.test(code);
}

/** An inline script that uses `import()`, made to work from file://. */
export function classicInlineScript(code: string): string {
  return hasDynamicImport(code) ? IMPORT_SHIM + swapDynamicImports(code) : code;
}

/** Rewrite one page for the offline edition. */
export function rewritePage(html: string, ctx: PageContext): RewrittenPage {
  const references: Reference[] = [];
  const pagePath = pathForFile(ctx.file);

  const link = (url: string, navigation: boolean, acceptFullUrls = false, module = false): string => {
    const target = classifyUrl(url, pagePath, ctx.site, acceptFullUrls);
    if (target.kind === 'keep') return url;
    if (target.kind === 'online') return target.url;
    const file = ctx.locate(target.path);
    references.push(module ? { file, path: target.path, navigation, module } : { file, path: target.path, navigation });
    if (!file) return ctx.site.siteUrl + ctx.site.basePath + target.path + target.query + target.hash;
    return relativeHref(ctx.file, file) + target.query + target.hash;
  };

  const visitTag = (tag: StartTag): void => {
    if (tag.name === 'html' && tag.has('data-base')) tag.set('data-base', rootPrefix(ctx.file));
    // Module scripts do not load from file://: the file is bundled into a classic script, deferred like a module.
    if (tag.name === 'link' && /(^|\s)modulepreload(\s|$)/i.test(tag.get('rel') ?? '')) return tag.drop();
    if (tag.name === 'script' && (tag.get('type') ?? '').toLowerCase() === 'module' && tag.has('src')) {
      tag.remove('type');
      tag.remove('crossorigin');
      tag.set('defer', true);
      tag.set('src', link(tag.get('src')!, false, false, true));
      return;
    }
    for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
      const value = tag.get(attr);
      if (value === undefined) continue;
      const navigation = isNavigation(tag, attr);
      const full = tag.name === 'a' || tag.name === 'area';
      tag.set(attr, attr === 'srcset' ? rewriteSrcset(value, (u) => link(u, false)) : link(value, navigation, full));
    }
    if (refreshTarget(tag) !== undefined) tag.set('content', rewriteRefresh(tag.get('content')!, (u) => link(u, true)));
    const style = tag.get('style');
    if (style && /url\(|@import/i.test(style)) tag.set('style', rewriteCssUrls(style, (u) => link(u, false)));
    if (tag.has('data-online-only')) tag.set('hidden', true);
    if (tag.has('data-offline-only')) tag.remove('hidden');
  };

  // The inline scripts and styles as they will be, for the page's CSP hashes, collected on the way.
  const inline: InlineContent = { scripts: [], styles: [] };
  let out = transformHtml(html, {
    tag: visitTag,
    rawText: (tag, text) => {
      let kept = text;
      if (tag.name === 'style') kept = rewriteCssUrls(text, (u) => link(u, false));
      else if (!tag.has('src') && !/json|importmap|template/i.test(tag.get('type') ?? '')) kept = classicInlineScript(text);
      recordInline(inline, tag, kept);
      return kept;
    },
  });
  if (ctx.head) {
    out = out.replace(/<\/head>/i, `${ctx.head}</head>`);
    collectInline(ctx.head, inline);
  }
  if (ctx.banner) {
    out = insertBanner(out, ctx.banner);
    collectInline(ctx.banner, inline);
  }
  return { html: allowInlineByHash(out, inline), references };
}

/** The texts of a page's inline scripts and styles (a script with `src` has none). */
interface InlineContent {
  scripts: string[];
  styles: string[];
}

function recordInline(into: InlineContent, tag: StartTag, text: string): void {
  if (tag.name === 'style') into.styles.push(text);
  else if (!tag.has('src')) into.scripts.push(text);
}

function collectInline(html: string, into: InlineContent): void {
  transformHtml(html, { rawText: (tag, text) => (recordInline(into, tag, text), text) });
}

/** A CSP source expression for inline content: `'sha256-<base64>'`. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * Keep a page's Content-Security-Policy <meta> true to its inline scripts and
 * styles after they were changed: each one's hash is added to script-src or
 * style-src (created from default-src when missing). A directive that relies on
 * 'unsafe-inline' alone is left alone, since a hash would switch that off.
 * Pages without a CSP <meta> are returned unchanged. `inline` gives the texts when
 * the caller already has them (rewritePage collects them while rewriting).
 */
export function allowInlineByHash(html: string, inline?: InlineContent): string {
  if (!/<meta\b[^>]*http-equiv=["']?content-security-policy/i.test(html)) return html;
  let found = inline;
  if (!found) {
    found = { scripts: [], styles: [] };
    collectInline(html, found);
  }
  const { scripts, styles } = found;
  // The policy <meta> only counts in <head>, so only the head is read again.
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd < 0 ? html : html.slice(0, headEnd);
  return (
    transformHtml(head, {
      tag: (tag) => {
        if (tag.name !== 'meta' || (tag.get('http-equiv') ?? '').toLowerCase() !== 'content-security-policy') return;
        tag.set('content', addCspHashes(tag.get('content') ?? '', { 'script-src': scripts.map(cspHash), 'style-src': styles.map(cspHash) }));
      },
    }) + (headEnd < 0 ? '' : html.slice(headEnd))
  );
}

/** Add source expressions to CSP directives, keeping the policy's order and wording otherwise. */
export function addCspHashes(policy: string, add: Record<string, string[]>): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/\s+/));
  const find = (name: string) => directives.find((d) => d[0].toLowerCase() === name);
  for (const [name, sources] of Object.entries(add)) {
    if (!sources.length) continue;
    let directive = find(name);
    if (!directive) {
      const fallback = find('default-src');
      if (!fallback) continue; // nothing restricts this kind of content
      directive = [name, ...fallback.slice(1)];
      directives.push(directive);
    }
    const values = directive.slice(1).map((v) => v.toLowerCase());
    if (values.includes("'unsafe-inline'") && !values.some((v) => /^'(sha\d+|nonce)-/.test(v))) continue;
    for (const s of sources) if (!directive.includes(s)) directive.push(s);
  }
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Put the banner right after the skip link (so that stays the first thing to tab to), or at the top of <body>. */
export function insertBanner(html: string, banner: string): string {
  const skip = /<a\b[^>]*\bclass="[^"]*\bskip-link\b[^"]*"[^>]*>[\s\S]*?<\/a>/i.exec(html);
  if (skip) return html.slice(0, skip.index + skip[0].length) + banner + html.slice(skip.index + skip[0].length);
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return banner + html;
  return html.slice(0, body.index + body[0].length) + banner + html.slice(body.index + body[0].length);
}

/** The "this is an offline copy" banner. */
export function offlineBanner(text: string, linkText: string, onlineUrl: string): string {
  return `<div class="offline-banner" role="note"><p>${escapeText(text)} <a href="${escapeAttribute(onlineUrl)}">${escapeText(linkText)}</a></p></div>`;
}

/** Styles for the banner, added to <head> (the site stylesheet is shared with the online site and stays as it is). */
export const BANNER_STYLE =
  '<style>.offline-banner{background:var(--soft,#f3f6f9);border-bottom:3px solid var(--warn,#8a4b00)}' +
  '.offline-banner p{max-width:76rem;margin:0 auto;padding:.5rem 1rem;font-size:.95rem}</style>';

/** The URL of a redirect page's target (from its meta refresh), or undefined for an ordinary page. */
export function redirectTargetOf(html: string): string | undefined {
  let target: string | undefined;
  transformHtml(html.slice(0, html.search(/<\/head>/i) + 1 || undefined), {
    tag: (t) => {
      target ??= refreshTarget(t);
    },
  });
  return target;
}

/** The `<html lang>` of a page, lower case, or undefined. */
export function pageLang(html: string): string | undefined {
  const m = /<html\b[^>]*\blang="([^"]+)"/i.exec(html);
  return m?.[1].toLowerCase();
}

/**
 * The files a stylesheet refers to, and the stylesheet with those URLs made
 * relative to it. Same rules as for pages.
 */
export function rewriteStylesheet(css: string, ctx: Omit<PageContext, 'banner' | 'head'>): { css: string; references: Reference[] } {
  const references: Reference[] = [];
  const pagePath = ctx.file.includes('/') ? ctx.file.slice(0, ctx.file.lastIndexOf('/') + 1) : '';
  const out = rewriteCssUrls(css, (url) => {
    if (/^data:/i.test(url)) return url;
    const target = classifyUrl(url, pagePath, ctx.site);
    if (target.kind === 'keep') return url;
    if (target.kind === 'online') return target.url;
    const file = ctx.locate(target.path);
    references.push({ file, path: target.path, navigation: false });
    if (!file) return ctx.site.siteUrl + ctx.site.basePath + target.path + target.query + target.hash;
    return relativeHref(ctx.file, file) + target.query + target.hash;
  });
  return { css: out, references };
}

/**
 * Visit every file reachable from the start files, breadth first, and return
 * them in visiting order. `next` gives the files one file refers to.
 */
export async function crawl(start: string[], next: (file: string) => Iterable<string>): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...start];
  const order: string[] = [];
  // An index instead of queue.shift(): shifting a queue of tens of thousands of links is quadratic.
  for (let head = 0; head < queue.length; head += 1) {
    const file = queue[head];
    if (seen.has(file)) continue;
    seen.add(file);
    order.push(file);
    for (const f of next(file)) if (!seen.has(f)) queue.push(f);
    // Let other work in this process through now and then (Pagefind's replies, while it indexes alongside).
    if (order.length % 32 === 0) await nextTurn();
  }
  return order;
}
