import { readFileSync } from 'node:fs';
import { loadContentIndex } from './content-index.ts';
import { loadGlossary } from './glossary.ts';
import type { Lang } from './languages.ts';
import { join } from 'node:path';

/**
 * A page's text after its frontmatter, which is not parsed again: the index has read it, and parsing YAML
 * for every page a second time took a fifth of a second of each build.
 */
function withoutFrontmatter(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(source);
  return m ? source.slice(m[0].length) : source;
}

/** Words shorter than this are not corrected (too many near neighbours). */
export const MIN_WORD = 4;

/**
 * The words of one language's pages (titles, text, glossary), most frequent first, for the search box's
 * "Maksud Anda: …?" suggestions. Taken from the sources, so it needs no network and works offline.
 * Markup (components, links, anchors) is left out; a word must occur twice, or in a title or the glossary.
 */
export function searchVocabulary(lang: Lang): string[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight = 1) => {
    for (const word of text.toLocaleLowerCase(lang).match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      if (word.length >= MIN_WORD) counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  for (const page of loadContentIndex().filter((p) => p.lang === lang)) {
    add(page.title, 2);
    const body = withoutFrontmatter(readFileSync(join(process.cwd(), page.file), 'utf8'));
    add(body.replace(/\{#[^}]*\}/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, ' '));
  }
  for (const entry of loadGlossary(lang)) add(`${entry.term} ${entry.term}`);
  return [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
