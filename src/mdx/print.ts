/**
 * What the print forms of the author components (the `print` of each src/mdx/<name>.ts) are given by the
 * PDF (Typst), Word and EPUB renderers in src/publications/, and the small helpers they share.
 */
import type { IParagraphOptions, Paragraph, ParagraphChild, Table } from 'docx';
import type { Lang } from '../lib/languages.ts';
import type { MdNode } from '../publications/mdast.ts';

/** What a Word form can ask of the renderer. */
export interface WordContext {
  lang: Lang;
  /** Inline content of nodes (text, emphasis, links …), with run options such as `bold` or `language`. */
  inline(nodes: MdNode[], style?: { bold?: boolean; italics?: boolean; language?: string }): ParagraphChild[];
  /** Block content of nodes (paragraphs, lists, tables …); `frame` adds paragraph options (shading, border) to each paragraph. */
  blocks(nodes: MdNode[], frame?: IParagraphOptions): Array<Paragraph | Table>;
}

/** What a Typst form can ask of the renderer. */
export interface TypstContext {
  lang: Lang;
  inline(nodes: MdNode[]): string;
  blocks(nodes: MdNode[]): string;
  /** The in-document label for an anchor of the current page. */
  label(anchor: string): string;
  /** Typst for a link to a glossary entry with the given content. */
  termLink(id: string, content: string): string;
  /** Heading markup at a level of the current document for a Markdown depth (2 or 3). */
  heading(depth: number, content: string, anchor?: string): string;
}

/** What an EPUB (XHTML) form can ask of the renderer. */
export interface XhtmlContext {
  lang: Lang;
  inline(nodes: MdNode[]): string;
  blocks(nodes: MdNode[]): string;
  /** The href of a glossary entry in the EPUB. */
  termHref(id: string): string;
}

/** Text escaped for XHTML. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The print forms of one author component. */
export interface PrintForm {
  /** Typst markup for the component. */
  typst(node: MdNode, ctx: TypstContext): string;
  /** Word paragraphs (block components) or runs (inline components). */
  word(node: MdNode, ctx: WordContext): Array<Paragraph | Table> | ParagraphChild[];
  /** XHTML for the EPUB edition. */
  xhtml(node: MdNode, ctx: XhtmlContext): string;
  /** Whether the component is inline (Term, Lang) rather than a block. */
  inline?: boolean;
}

/** A Typst string literal: safe for any text. */
export function typstString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/** The Word language tag for a language code (one definition, shared with the Word templates and the builder's export). */
export { wordLanguage } from '../publications/word-styles.ts';

/** The shading and rule of a boxed block (callout, commitment example) in Word, by callout type. */
export const WORD_BOX_FILL: Record<string, string> = { note: 'EEF3F8', tip: 'EEF6EE', warning: 'FFF4E0' };
