import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildFixture, digestTree, ROOT } from '../support/build.ts';

describe('deterministic builds', () => {
  it('gives byte-identical output for two builds of the same commit', () => {
    const a = buildFixture(join(ROOT, 'tests/fixtures/basic'));
    const b = buildFixture(join(ROOT, 'tests/fixtures/basic'));
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    const [da, db] = [digestTree(a.outDir), digestTree(b.outDir)];
    expect([...da.keys()]).toEqual([...db.keys()]);
    const differing = [...da].filter(([f, h]) => db.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
    expect(da.size).toBeGreaterThan(30);
  });
});
