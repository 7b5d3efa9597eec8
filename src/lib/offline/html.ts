/**
 * A small, byte-preserving HTML rewriter for built pages.
 *
 * It walks start tags and lets a visitor read and change their attributes,
 * and hands over the text of <script> and <style> elements. Everything it
 * does not change is copied unchanged, so a rewritten page differs from the
 * original only where a URL (or an attribute) was changed. Text is never
 * touched, so a code sample that shows `href="/x/"` stays as written.
 */

/** One attribute of a start tag as written in the source. */
interface RawAttribute {
  name: string;
  value: string | undefined;
  /** The attribute exactly as written, or undefined once it was changed. */
  raw: string | undefined;
}

/** A start tag whose attributes can be read and changed. */
export class StartTag {
  /** Lower-case element name, e.g. `a`, `link`, `html`. */
  readonly name: string;
  readonly selfClosing: boolean;
  private readonly attrs: RawAttribute[];
  private readonly source: string;
  private changed = false;
  private dropped = false;

  constructor(source: string, name: string, attrs: RawAttribute[], selfClosing: boolean) {
    this.source = source;
    this.name = name;
    this.attrs = attrs;
    this.selfClosing = selfClosing;
  }

  /** The decoded value of an attribute; `''` for a bare attribute; undefined when absent. */
  get(name: string): string | undefined {
    const a = this.attrs.find((x) => x.name === name.toLowerCase());
    return a ? (a.value ?? '') : undefined;
  }

  has(name: string): boolean {
    return this.attrs.some((x) => x.name === name.toLowerCase());
  }

  /** The names of the tag's attributes, lower case, in source order. */
  names(): string[] {
    return this.attrs.map((a) => a.name);
  }

  /** Set (or add) an attribute; the value is escaped when written. `true` writes a bare attribute. */
  set(name: string, value: string | true): void {
    const key = name.toLowerCase();
    const next = value === true ? undefined : value;
    const a = this.attrs.find((x) => x.name === key);
    if (a) {
      if (a.value === next && a.raw !== undefined) return;
      a.value = next;
      a.raw = undefined;
    } else {
      this.attrs.push({ name: key, value: next, raw: undefined });
    }
    this.changed = true;
  }

  remove(name: string): void {
    const i = this.attrs.findIndex((x) => x.name === name.toLowerCase());
    if (i >= 0) {
      this.attrs.splice(i, 1);
      this.changed = true;
    }
  }

  /** Leave the tag out of the page (for elements without content, such as <link>). */
  drop(): void {
    this.dropped = true;
  }

  /** The tag as HTML: the original text when nothing changed. */
  toString(): string {
    if (this.dropped) return '';
    if (!this.changed) return this.source;
    const parts = this.attrs.map((a) => a.raw ?? (a.value === undefined ? a.name : `${a.name}="${escapeAttribute(a.value)}"`));
    return `<${this.name}${parts.map((p) => ` ${p}`).join('')}${this.selfClosing ? ' /' : ''}>`;
  }
}

/** What to do with the parts of a page. Every method is optional. */
export interface HtmlVisitor {
  /** Called for every start tag, in document order; may change its attributes. */
  tag?(tag: StartTag): void;
  /** Called with the text inside <script> or <style>; returns the text to keep. */
  rawText?(tag: StartTag, text: string): string;
  /** HTML to insert right after a start tag (or after the raw text element it opens). */
  after?(tag: StartTag): string | undefined;
}

/** Elements whose content is not HTML; their text goes to `rawText` (script, style) or is copied. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Rewrite a page with a visitor. Comments, the doctype, end tags and text are
 * copied as they are; start tags are re-written only when the visitor changed them.
 */
export function transformHtml(html: string, visitor: HtmlVisitor): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', i);
      const stop = end < 0 ? html.length : end + 1;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      out += '<';
      i += 1;
      continue;
    }
    const parsed = parseStartTag(html, i);
    const tag = parsed.tag;
    visitor.tag?.(tag);
    out += tag.toString();
    i = parsed.end;
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = findClosingTag(html, i, tag.name);
      const text = html.slice(i, close);
      out += (tag.name === 'script' || tag.name === 'style') && visitor.rawText ? visitor.rawText(tag, text) : text;
      i = close;
    }
    const extra = visitor.after?.(tag);
    if (extra) {
      if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
        // Insert after the element's end tag, not inside its text.
        const end = html.indexOf('>', i);
        const stop = end < 0 ? html.length : end + 1;
        out += html.slice(i, stop);
        i = stop;
      }
      out += extra;
    }
  }
  return out + html.slice(i);
}

/** Collect every start tag of a page (read only), e.g. to find links. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  transformHtml(html, { tag: (t) => void tags.push(t) });
  return tags;
}

// Sticky patterns: the tokenizer runs over every page of the site twice, so it matches in place
// instead of testing one character at a time.
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const SPACE = /\s*/y;
const ATTRIBUTE_NAME = /[^\s/>=]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;

function skipSpace(html: string, from: number): number {
  if (html.charCodeAt(from) > 32) return from; // the common case: no space to skip
  SPACE.lastIndex = from;
  SPACE.exec(html);
  return SPACE.lastIndex;
}

function parseStartTag(html: string, start: number): { tag: StartTag; end: number } {
  TAG_NAME.lastIndex = start + 1;
  const rawName = TAG_NAME.exec(html)![0];
  let i = start + 1 + rawName.length;
  const attrs: RawAttribute[] = [];
  let selfClosing = false;
  while (i < html.length) {
    i = skipSpace(html, i);
    const c = html[i];
    if (c === undefined) break;
    if (c === '>') { i += 1; break; }
    if (c === '/') {
      if (html[i + 1] === '>') { selfClosing = true; i += 2; break; }
      i += 1;
      continue;
    }
    const attrStart = i;
    ATTRIBUTE_NAME.lastIndex = i;
    const nameMatch = ATTRIBUTE_NAME.exec(html);
    i = nameMatch ? i + nameMatch[0].length : i + 1; // no name: a stray "=", skip it
    const name = html.slice(attrStart, i).toLowerCase();
    let j = skipSpace(html, i);
    let value: string | undefined;
    if (html[j] === '=') {
      j = skipSpace(html, j + 1);
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        const stop = close < 0 ? html.length : close;
        value = decodeEntities(html.slice(j + 1, stop));
        i = Math.min(html.length, stop + 1);
      } else {
        UNQUOTED_VALUE.lastIndex = j;
        const raw = UNQUOTED_VALUE.exec(html)![0];
        value = decodeEntities(raw);
        i = j + raw.length;
      }
    }
    if (name) attrs.push({ name, value, raw: html.slice(attrStart, i) });
  }
  return { tag: new StartTag(html.slice(start, i), rawName.toLowerCase(), attrs, selfClosing), end: i };
}

function findClosingTag(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}[\\s>/]`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decode the character references that appear in attribute values. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Escape a value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Escape text for an element's content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Which attributes hold a URL and how to rewrite one (src/lib/offline/html-urls.ts), for the callers of this rewriter.
export { URL_ATTRIBUTES, isNavigation, rewriteSrcset, rewriteRefresh, refreshTarget, rewriteCssUrls } from './html-urls.ts';
