/** Where URLs stand in a built page (attributes, srcset, refresh redirects, CSS), and how to rewrite each: used with the rewriter in html.ts. */
import type { StartTag } from './html.ts';

/** The attributes that hold a URL, per element. */
export const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Whether following this attribute is a navigation (a link) rather than a file the page loads. */
export function isNavigation(tag: StartTag, attribute: string): boolean {
  if (tag.name === 'a' || tag.name === 'area' || tag.name === 'form' || attribute === 'formaction') return true;
  if (tag.name === 'link') {
    const rel = (tag.get('rel') ?? '').toLowerCase().split(/\s+/);
    return !rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon', 'mask-icon'].includes(r));
  }
  return false;
}

/** Rewrite each URL of a `srcset` list, keeping the width or density descriptors. */
export function rewriteSrcset(srcset: string, rewrite: (url: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const m = /^(\s*)(\S+)(.*)$/s.exec(candidate);
      return m ? `${m[1]}${rewrite(m[2])}${m[3]}` : candidate;
    })
    .join(',');
}

/** Rewrite the `url=` part of a `<meta http-equiv="refresh" content="0; url=...">`. */
export function rewriteRefresh(content: string, rewrite: (url: string) => string): string {
  return content.replace(/(;\s*url\s*=\s*)(['"]?)([^'"]*)\2\s*$/i, (_, lead: string, q: string, url: string) => `${lead}${q}${rewrite(url.trim())}${q}`);
}

/** The target of a refresh redirect, or undefined when the tag is not one. */
export function refreshTarget(tag: StartTag): string | undefined {
  if (tag.name !== 'meta' || (tag.get('http-equiv') ?? '').toLowerCase() !== 'refresh') return undefined;
  const m = /;\s*url\s*=\s*(['"]?)([^'"]*)\1\s*$/i.exec(tag.get('content') ?? '');
  return m ? m[2].trim() : undefined;
}

/** Rewrite every `url(...)` and `@import "..."` in CSS (a stylesheet, a <style> element or a style attribute). */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")]*?)\1\s*\)/gi, (whole, q: string, url: string) => (url ? `url(${q}${rewrite(url)}${q})` : whole))
    .replace(/@import\s+(['"])([^'"]+)\1/gi, (_, q: string, url: string) => `@import ${q}${rewrite(url)}${q}`);
}
