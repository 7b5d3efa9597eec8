// Readers see where each fact comes from: the end of every chapter and case study lists every source of its
// frontmatter, each linked to its address (or cited with its date when it has none).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { loadContentIndex, splitFrontmatter } from '../../src/lib/content-index.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import { DIST, readPage, ROOT } from '../support/build.ts';

const pages = loadContentIndex(join(ROOT, 'content'), true);

describe('the sources at the end of a page', () => {
  it('list every source of the frontmatter on every chapter and case study, linked or cited', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) {
      const sources = splitFrontmatter(readFileSync(join(ROOT, p.file), 'utf8')).data.sources as Array<{ title: string; url?: string }>;
      const path = localizedPath(p.lang, p.kind, p.slug);
      const $ = load(readPage(DIST, path));
      const items = $('section.page-sources li');
      expect(items.length, `${path}: ${p.file} lists ${sources.length} sources`).toBe(sources.length);
      sources.forEach((s, i) => {
        const item = items.eq(i);
        if (s.url) expect(item.find('a').attr('href'), `${path}: source ${i + 1}`).toBe(s.url);
        else expect(item.find('cite').length, `${path}: source ${i + 1}`).toBe(1);
        expect(item.text().replace(/\s+/g, ' '), `${path}: source ${i + 1}`).toContain(s.title.replace(/\s+/g, ' '));
      });
    }
  });
});
