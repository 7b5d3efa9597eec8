import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent, formatProblems } from '../../src/lib/content-checks.ts';
import { contentTreeWith, digestTree, ROOT } from '../support/build.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const mistakes = readdirSync(join(FIXTURES, 'mistakes')).sort();
const expectedOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'mistakes', name, 'expected.json'), 'utf8')) as { exit: number; contains: string[]; absent?: string[] };

/** `npm run check` on a folder, as an editor runs it. */
function checkCommand(dir: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.mjs'), dir], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

// The rules run in this process (what the command prints is the same formatProblems text); the command
// itself is run below on the clean tree and on one mistake.
describe('the content check on a content tree with one mistake', () => {
  it.each(mistakes)('%s', async (name) => {
    const expected = expectedOf(name);
    const tree = contentTreeWith(join(FIXTURES, 'mistakes', name));
    const before = digestTree(tree);
    const problems = await checkContent(tree);
    const output = formatProblems(problems);
    expect(problems.some((p) => p.severity === 'error') ? 1 : 0, output).toBe(expected.exit);
    for (const text of expected.contains) expect(output).toContain(text);
    for (const text of expected.absent ?? []) expect(output).not.toContain(text);
    // The checker writes nothing.
    expect(digestTree(tree)).toEqual(before);
  });
});

describe('npm run check', () => {
  it('passes the clean fixture with no problems at all', () => {
    const run = checkCommand(join(FIXTURES, 'basic'));
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('0 error(s), 0 warning(s)');
  });

  it('fails on a mistake, printing the file, the line and the message', () => {
    const run = checkCommand(contentTreeWith(join(FIXTURES, 'mistakes', 'duplicate-anchor')));
    expect(run.status, run.output).toBe(1);
    for (const text of expectedOf('duplicate-anchor').contains) expect(run.output).toContain(text);
    expect(run.output).toMatch(/✗ content check: [1-9]\d* error\(s\), 0 warning\(s\)\./);
  });
});
