import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildFixture, digestTree, ROOT, sharedBuild } from '../support/build.ts';

describe('deterministic builds', () => {
  it('gives byte-identical output for two builds of the same commit', () => {
    // The first build may be the one other test files read; the second is always made here, from scratch.
    const a = sharedBuild(join(ROOT, 'tests/fixtures/basic'), { SITE_URL: '' });
    const b = buildFixture(join(ROOT, 'tests/fixtures/basic'), { SITE_URL: '' });
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    const [da, db] = [digestTree(a.outDir), digestTree(b.outDir)];
    expect([...da.keys()]).toEqual([...db.keys()]);
    const differing = [...da].filter(([f, h]) => db.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
    expect(da.size).toBeGreaterThan(30);
  });
});
