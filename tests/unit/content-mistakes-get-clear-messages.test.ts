import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { contentTreeWith, digestTree, ROOT } from '../support/build.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const mistakes = readdirSync(join(FIXTURES, 'mistakes')).sort();

describe('npm run check on a content tree with one mistake', () => {
  it.each(mistakes)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'mistakes', name, 'expected.json'), 'utf8')) as { exit: number; contains: string[] };
    const tree = contentTreeWith(join(FIXTURES, 'mistakes', name));
    const before = digestTree(tree);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.mjs'), tree], { cwd: ROOT, encoding: 'utf8' });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(expected.exit);
    for (const text of expected.contains) expect(output).toContain(text);
    // The checker writes nothing.
    expect(digestTree(tree)).toEqual(before);
  });

  it('passes the clean fixture with no problems at all', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.mjs'), join(FIXTURES, 'basic')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('0 error(s), 0 warning(s)');
  });
});
