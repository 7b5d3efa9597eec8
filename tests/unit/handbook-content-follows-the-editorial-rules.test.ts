import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { checkContent, formatProblems, maskHeadingAnchors, proseBlocks, sentences, wordCount } from '../../src/lib/content-checks.ts';
import { loadContentIndex, splitFrontmatter } from '../../src/lib/content-index.ts';
import { ROOT } from '../support/build.ts';

const CONTENT = join(ROOT, 'content');
const pages = loadContentIndex(CONTENT, true);
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function prose(file: string): string[] {
  const tree = parser.parse(maskHeadingAnchors(readFileSync(join(ROOT, file), 'utf8')));
  return proseBlocks(tree as never).map((b) => b.text);
}

describe('the handbook content', () => {
  // The build stops on any error of the content check already; what it lets through are the warnings
  // (sentences over 40 words), which the handbook's plain-language rule does not allow either.
  it('has no content-check warning either (no sentence over 40 words)', async () => {
    const problems = await checkContent(CONTENT);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('has every page the handbook plan promises, in both languages', () => {
    const keys = ['ogp', 'lanskap', 'pelajaran', 'jadwal', 'peran', 'penggerak', 'mitra', 'kesiapan', 'mendaftar', 'dokumen-resmi', 'pendanaan', 'forum', 'ko-kreasi', 'visi', 'komitmen', 'contoh-komitmen', 'pelaksanaan', 'pemantauan', 'pemantauan-lokal', 'kanal-warga', 'komunikasi', 'keberlanjutan', 'pergantian-pimpinan', 'templat-komitmen', 'templat-rencana-aksi', 'templat-forum', 'templat-kesiapan', 'tanya-jawab', 'bojonegoro', 'semarang', 'daerah-lain'];
    for (const lang of ['id', 'en'] as const) for (const key of keys) expect(pages.some((p) => p.lang === lang && p.key === key), `${lang}/${key}`).toBe(true);
  });

  it('keeps at least 95% of sentences at 25 words or fewer, in each language', () => {
    for (const lang of ['id', 'en'] as const) {
      const all = pages.filter((p) => p.lang === lang).flatMap((p) => prose(p.file).flatMap(sentences));
      const short = all.filter((s) => wordCount(s) <= 25).length;
      const share = short / all.length;
      console.log(`${lang}: ${short} of ${all.length} sentences have 25 words or fewer (${(share * 100).toFixed(1)}%)`);
      expect(share).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('gives every Indonesian chapter of parts 1 to 4 at least 900 words', () => {
    const short: string[] = [];
    for (const p of pages.filter((x) => x.lang === 'id' && x.kind === 'chapter')) {
      const { data } = splitFrontmatter(readFileSync(join(ROOT, p.file), 'utf8'));
      if (Number(data.part) > 4) continue;
      const words = prose(p.file).reduce((n, text) => n + wordCount(text), 0);
      if (words < 900) short.push(`${p.file}: ${words} words`);
    }
    expect(short).toEqual([]);
  });
});
