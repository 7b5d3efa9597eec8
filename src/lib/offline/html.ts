/**
 * A byte-preserving HTML rewriter for built pages, on htmlparser2's Tokenizer.
 *
 * The tokenizer reports where each start tag, attribute and <script>/<style>
 * text stands in the source; a visitor reads and changes the tags' attributes
 * and the raw texts. Only what the visitor changed is written anew: every other
 * byte is copied from the source, so a rewritten page differs from the original
 * only where a URL (or an attribute) was changed. Text is never touched, so a
 * code sample that shows `href="/x/"` stays as written. README, "Offline
 * editions", says why a library does the tokenizing and what was measured.
 */
import { decodeHTMLAttribute } from 'entities/decode';
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

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
}

/**
 * Rewrite a page with a visitor. Comments, the doctype, end tags and text are
 * copied as they are; start tags are re-written only when the visitor changed them.
 */
export function transformHtml(html: string, visitor: HtmlVisitor): string {
  const walk = new PageWalk(html, visitor);
  // Character references are decoded by PageWalk in attribute values only: the text is copied, not read.
  const tokenizer = new Tokenizer({ decodeEntities: false }, walk);
  tokenizer.write(html);
  tokenizer.end();
  return walk.out + html.slice(walk.copied);
}

/** Collect every start tag of a page (read only), e.g. to find links. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  transformHtml(html, { tag: (t) => void tags.push(t) });
  return tags;
}

/** The tokenizer's events, turned into StartTags for the visitor; positions are offsets in the page. */
class PageWalk implements TokenizerCallbacks {
  /** The page as rewritten so far, up to `copied` in the source. */
  out = '';
  copied = 0;
  private readonly html: string;
  private readonly visitor: HtmlVisitor;
  private tagStart = 0;
  private tagName = '';
  private attrs: RawAttribute[] = [];
  private attrName = '';
  private attrStart = 0;
  private value = '';
  /** The open <script> or <style> whose text comes next, and where that text starts. */
  private rawTag: StartTag | undefined;
  private rawStart = 0;

  constructor(html: string, visitor: HtmlVisitor) {
    this.html = html;
    this.visitor = visitor;
  }

  /** Put `text` in place of the source from `start` to `end`. */
  private replace(start: number, end: number, text: string): void {
    this.out += this.html.slice(this.copied, start) + text;
    this.copied = end;
  }

  onopentagname(start: number, end: number): void {
    this.tagStart = start - 1; // the "<"
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attrs = [];
  }

  onattribname(start: number, end: number): void {
    this.attrStart = start;
    this.attrName = this.html.slice(start, end).toLowerCase();
    this.value = '';
  }

  onattribdata(start: number, end: number): void {
    this.value += this.html.slice(start, end);
  }

  onattribend(quote: QuoteType, end: number): void {
    const raw = this.value;
    const value = quote === QuoteType.NoValue ? undefined : raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
    this.attrs.push({ name: this.attrName, value, raw: this.html.slice(this.attrStart, end) });
  }

  onopentagend(end: number): void {
    this.startTag(end + 1, false);
  }

  onselfclosingtag(end: number): void {
    this.startTag(end + 1, true);
  }

  private startTag(end: number, selfClosing: boolean): void {
    const source = this.html.slice(this.tagStart, end);
    const tag = new StartTag(source, this.tagName, this.attrs, selfClosing);
    this.visitor.tag?.(tag);
    const written = tag.toString();
    if (written !== source) this.replace(this.tagStart, end, written);
    // The tokenizer reads <script> and <style> (and <title>, <textarea>) as raw text up to their end tag.
    if ((tag.name === 'script' || tag.name === 'style') && !selfClosing && this.visitor.rawText) {
      this.rawTag = tag;
      this.rawStart = end;
    }
  }

  onclosetag(start: number): void {
    if (this.rawTag) this.rawText(start - 2); // before the "</"
  }

  onend(): void {
    if (this.rawTag) this.rawText(this.html.length); // a script left open at the end of the page
  }

  private rawText(end: number): void {
    const text = this.html.slice(this.rawStart, end);
    const kept = this.visitor.rawText!(this.rawTag!, text);
    if (kept !== text) this.replace(this.rawStart, end, kept);
    this.rawTag = undefined;
  }

  // Text, comments, the doctype and end tags are copied as they stand.
  onattribentity(): void {}
  ontext(): void {}
  ontextentity(): void {}
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
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
