// A page's HTML must not grow with the number of pages (issue 7): the navigation may not list every page on
// every page. Builds the synthetic corpus at 200 and 1,000 pages per language and compares the same chapter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { buildFixture, ROOT } from '../support/build.ts';
import { planCorpus } from '../support/corpus/plan.ts';
import { writeCorpus } from '../support/corpus/text.ts';

const SMALL = 200;
const LARGE = 1000;
const work = mkdtempSync(join(tmpdir(), 'pedoman-growth-'));
// Outputs inside the project (git-ignored .cache/): Astro shares one temporary folder between builds whose
// output is outside the project.
const outRoot = join(ROOT, '.cache', `growth-test-${process.pid}`);
const built: Record<number, { outDir: string; typicalPath: string; ms: number }> = {};

function build(pages: number) {
  const contentDir = join(work, String(pages));
  const { typicalPath } = writeCorpus(contentDir, planCorpus({ pages }));
  const outDir = join(outRoot, String(pages), 'dist');
  // Share images and the offline editions do not change a page's HTML; leaving them out makes the builds much shorter.
  const started = performance.now();
  const run = buildFixture(contentDir, { OG_IMAGES: 'off', OFFLINE_EDITION: 'off', PRINT_EDITIONS: 'off' }, outDir);
  if (run.status !== 0) throw new Error(`The ${pages}-page build failed:\n${run.output.split('\n').slice(-30).join('\n')}`);
  built[pages] = { outDir, typicalPath, ms: performance.now() - started };
}

const html = (pages: number) => readFileSync(join(built[pages].outDir, built[pages].typicalPath, 'index.html'), 'utf8');

beforeAll(() => {
  mkdirSync(outRoot, { recursive: true });
  // One after the other: builds from the same project root share Astro's .astro/ folder (its list of content
  // modules among others), so two at once can bundle each other's chapters.
  build(SMALL);
  build(LARGE);
}, 600_000);

afterAll(() => {
  for (const dir of [work, outRoot]) rmSync(dir, { recursive: true, force: true });
});

describe('a chapter in a handbook five times larger', () => {
  it('is the same chapter in both corpora', () => {
    expect(built[SMALL].typicalPath).toBe(built[LARGE].typicalPath);
    expect(load(html(SMALL))('h1').text()).toBe(load(html(LARGE))('h1').text());
  });

  it('has at most 1.2 times the HTML', () => {
    const small = Buffer.byteLength(html(SMALL));
    const large = Buffer.byteLength(html(LARGE));
    const links = (pages: number) => load(html(pages))('a[href]').length;
    expect(large / small, `${built[SMALL].typicalPath}: ${small} bytes and ${links(SMALL)} links at ${SMALL} pages, ${large} bytes and ${links(LARGE)} links at ${LARGE} pages (builds took ${Math.round(built[SMALL].ms / 1000)} s and ${Math.round(built[LARGE].ms / 1000)} s)`).toBeLessThanOrEqual(1.2);
  });
});
