import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixture, ROOT } from '../support/build.ts';
import { unzipSync } from 'fflate';
import { OFFLINE_FOLDER, OFFLINE_ZIP_NAME } from '../../src/lib/offline/names.ts';
import { manifestName } from '../../src/lib/offline/manifest.ts';

/** "N pages rewritten, M unchanged since the last build" from the offline edition's log line. */
function rewrites(output: string): { rewritten: number; reused: number } {
  const m = /(\d+) pages rewritten, (\d+) unchanged since the last build/.exec(output);
  if (!m) throw new Error(`The build did not say how many offline pages it rewrote:\n${output.slice(-2000)}`);
  return { rewritten: Number(m[1]), reused: Number(m[2]) };
}

describe('the offline edition in a rebuild', () => {
  it('rewrites only the pages whose bytes changed, and gives the same ZIP and manifests as a build from scratch', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'pedoman-offline-rebuild-')), 'content');
    cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
    const env = { OG_IMAGES: 'off', PRINT_EDITIONS: 'off' };
    const first = buildFixture(content, env);
    expect(first.status, first.output).toBe(0);
    const cold = rewrites(first.output);
    expect(cold.reused).toBe(0);
    expect(cold.rewritten).toBeGreaterThan(10);

    // A sentence added to one chapter: only that page of the edition is rewritten.
    const chapter = join(content, 'chapters/id/tim.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('## Langkah {#langkah}', 'Kalimat baru untuk uji edisi luring.\n\n## Langkah {#langkah}'));
    const second = buildFixture(content, env, first.outDir);
    expect(second.status, second.output).toBe(0);
    expect(rewrites(second.output)).toEqual({ rewritten: 1, reused: cold.rewritten - 1 });

    // The same bytes as a build of the same content from scratch (which rewrites every page).
    const scratch = buildFixture(content, env);
    expect(scratch.status, scratch.output).toBe(0);
    expect(rewrites(scratch.output)).toEqual({ rewritten: cold.rewritten, reused: 0 });
    for (const file of [OFFLINE_ZIP_NAME, manifestName('id'), manifestName('en')]) {
      expect(readFileSync(join(first.outDir, file)).equals(readFileSync(join(scratch.outDir, file))), file).toBe(true);
    }
    // And the edition holds the edited page, not the one kept from the first build.
    const page = unzipSync(readFileSync(join(first.outDir, OFFLINE_ZIP_NAME)))[`${OFFLINE_FOLDER}/bab/tim/index.html`];
    expect(new TextDecoder().decode(page)).toContain('Kalimat baru untuk uji edisi luring.');
  });
});
