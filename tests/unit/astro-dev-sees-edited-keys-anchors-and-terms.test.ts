// Under `astro dev` the server keeps running while an author edits: the content index (keys, anchors) and the
// glossary must show an edit on the next page render, not after a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findByKey, loadContentIndex } from '../../src/lib/content-index.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { ROOT } from '../support/build.ts';

let tree: string;
let nodeEnv: string | undefined;
beforeEach(() => {
  nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development'; // what `astro dev` sets
  tree = join(mkdtempSync(join(tmpdir(), 'pedoman-dev-')), 'content');
  cpSync(join(ROOT, 'tests/fixtures/basic'), tree, { recursive: true });
});
afterEach(() => {
  process.env.NODE_ENV = nodeEnv;
});

/** Save a file as an editor does, with a modification time that surely differs from the previous one. */
function save(file: string, text: string) {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
}

describe('while astro dev runs', () => {
  it('sees a new anchor and a new page (key) without a restart', () => {
    const file = join(tree, 'chapters/id/komitmen.mdx');
    expect(findByKey('id', 'komitmen', loadContentIndex(tree))?.anchors.has('baru')).toBe(false);
    save(file, `${readFileSync(file, 'utf8')}\n## Bagian baru {#baru}\n\nTeks.\n`);
    expect(findByKey('id', 'komitmen', loadContentIndex(tree))?.anchors.has('baru')).toBe(true);

    expect(findByKey('id', 'rapat', loadContentIndex(tree))).toBeUndefined();
    save(join(tree, 'chapters/id/rapat.mdx'), readFileSync(file, 'utf8').replace('key: komitmen', 'key: rapat'));
    expect(findByKey('id', 'rapat', loadContentIndex(tree))?.slug).toBe('rapat');
  });

  it('sees a new glossary term without a restart', () => {
    const file = join(tree, 'glossary/id.yaml');
    expect(loadGlossary('id', tree).some((e) => e.id === 'forum-baru')).toBe(false);
    appendFileSync(file, '\n- id: forum-baru\n  term: "Forum baru"\n  definition: "Definisi contoh untuk istilah baru."\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(loadGlossary('id', tree).some((e) => e.id === 'forum-baru')).toBe(true);
  });

  it('keeps the same page list while nothing changed', () => {
    expect(loadContentIndex(tree)).toBe(loadContentIndex(tree));
  });
});
