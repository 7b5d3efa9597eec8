import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, ROOT } from '../support/build.ts';

function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    try {
      files.set(f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'));
    } catch {
      /* a folder */
    }
  }
  return files;
}

describe('deterministic builds', () => {
  it('gives byte-identical output for two builds of the same commit', () => {
    const a = buildFixture(join(ROOT, 'tests/fixtures/basic'));
    const b = buildFixture(join(ROOT, 'tests/fixtures/basic'));
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    const [da, db] = [digest(a.outDir), digest(b.outDir)];
    expect([...da.keys()]).toEqual([...db.keys()]);
    const differing = [...da].filter(([f, h]) => db.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
    expect(da.size).toBeGreaterThan(30);
  });
});
