/**
 * Plain language: sentences over {@link LONG_SENTENCE_WORDS} words are warnings (the editorial test holds
 * the handbook itself to 25). The sentence splitter is shared with the register check.
 */
import { walk, textOf, type ContentModel, type MdNode, type Problem } from './model.ts';

/** Sentences longer than this are reported as warnings. */
export const LONG_SENTENCE_WORDS = 40;

/** Split text into sentences and count words, for the plain-language checks. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter((s) => /[a-zA-Z]/.test(s));
}

/** Word count of a sentence. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Prose paragraphs, list items and table cells of a page, one string per block. */
export function proseBlocks(tree: MdNode): Array<{ text: string; line?: number }> {
  const blocks: Array<{ text: string; line?: number }> = [];
  walk(tree, (n) => {
    if (n.type === 'paragraph' || n.type === 'tableCell') blocks.push({ text: textOf(n), line: n.position?.start.line });
  });
  return blocks;
}

/** A warning for every long sentence on every page. */
export function checkSentences(model: ContentModel, problems: Problem[]): void {
  for (const page of model.pages) {
    if (!page.tree) continue;
    for (const block of proseBlocks(page.tree)) {
      for (const s of sentences(block.text)) {
        const n = wordCount(s);
        if (n > LONG_SENTENCE_WORDS) problems.push({ file: page.file, line: block.line, severity: 'warning', message: `a sentence of ${n} words: "${s.slice(0, 60)}…". Split it; aim for 25 words or fewer.` });
      }
    }
  }
}
