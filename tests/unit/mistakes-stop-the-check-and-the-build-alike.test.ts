import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from '../../src/lib/content-checks.ts';
import { AUTHOR_COMPONENTS } from '../../src/mdx/index.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { contentTreeWith, ROOT } from '../support/build.ts';
import { renderMdx } from '../support/render-mdx.ts';

const MISTAKES = join(ROOT, 'tests/fixtures/mistakes');
const expectedOf = (name: string) => JSON.parse(readFileSync(join(MISTAKES, name, 'expected.json'), 'utf8')) as { exit: number; contains: string[] };
const tag = new RegExp(`<(${AUTHOR_COMPONENTS.join('|')})\\b|unknown component|checklist|^the link "page:|names no \\w+ page|points to #|has no anchor|may use only lowercase`);
/** The mistakes the build's plugins refuse too (author components, page: links, heading anchors): their expected message names one. */
const componentMistakes = readdirSync(MISTAKES).sort().filter((name) => expectedOf(name).exit === 1 && expectedOf(name).contains.some((text) => tag.test(text)));

const savedDir = process.env.CONTENT_DIR;
afterEach(() => {
  if (savedDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedDir;
});

describe('a mistake the build also refuses (an author component, a page: link, a heading without anchor)', () => {
  it('is found among the fixtures for every kind of rule', () => {
    expect(componentMistakes).toEqual(expect.arrayContaining(['heading-without-anchor', 'link-to-missing-page', 'link-to-missing-anchor', 'link-to-missing-register-section', 'unknown-component', 'steps-without-a-step-heading', 'checklist-without-a-task-list', 'checklist-id-clashes-with-a-heading', 'lang-on-a-line-of-its-own', 'commitment-component-unknown-id', 'unknown-glossary-term', 'component-attribute-unknown']));
  });

  it.each(componentMistakes)('%s fails npm run check and the build with the same message', async (name) => {
    const tree = contentTreeWith(join(MISTAKES, name));
    const problems = (await checkContent(tree)).filter((p) => p.severity === 'error');
    const reported = problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    // The files of the mistake, rendered as the build renders them (Sätteri with the handbook's plugins).
    process.env.CONTENT_DIR = tree;
    const overlay = join(MISTAKES, name, 'content');
    const thrown: string[] = [];
    for (const file of filesUnder(overlay).filter((f) => f.endsWith('.mdx'))) {
      const path = join(tree, file);
      await renderMdx(readFileSync(path, 'utf8'), relative(process.cwd(), path)).then(
        () => undefined,
        (e: Error) => thrown.push(e.message),
      );
    }
    expect(thrown, `the build accepted ${name}`).toHaveLength(1);
    expect(reported, `npm run check does not report what the build says: ${thrown[0]}`).toContain(thrown[0]);
    for (const text of expectedOf(name).contains) expect(thrown[0]).toContain(text);
  });
});
