import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildFixture, digestTree, readPage, ROOT } from '../support/build.ts';

/** The pages a build rendered and the pages it kept from the previous build, from Astro's "├─ /path" lines. */
function renderedAndKept(output: string): { rendered: string[]; kept: string[] } {
  const lines = output.split('\n').filter((l) => l.includes('├─') && l.includes('index.html'));
  const path = (l: string) => {
    const match = /├─\s+(\/\S+)/.exec(l);
    if (!match) throw new Error(`Astro's page line has an unexpected form: ${JSON.stringify(l)}`);
    return match[1];
  };
  return { rendered: lines.filter((l) => !/\((cached|restored)\)/.test(l)).map(path), kept: lines.filter((l) => /\((cached|restored)\)/.test(l)).map(path) };
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('rebuilds (Astro incremental build)', () => {
  it('renders only the edited chapter, renders every page after a title or image change, and always matches a build from scratch', async () => {
    const content = join(mkdtempSync(join(tmpdir(), 'pedoman-rebuild-')), 'content');
    cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
    const env = { OFFLINE_EDITION: 'off', OG_IMAGES: 'off' };
    const first = buildFixture(content, env);
    expect(first.status, first.output).toBe(0);

    // 1. A sentence added to one chapter: that page is rendered again, the other reader pages are kept.
    edit(join(content, 'chapters/id/tim.mdx'), (t) => t.replace('## Langkah {#langkah}', 'Kalimat baru untuk uji bangun ulang.\n\n## Langkah {#langkah}'));
    const second = buildFixture(content, env, first.outDir);
    expect(second.status, second.output).toBe(0);
    const pages = renderedAndKept(second.output);
    expect(pages.rendered.filter((p) => p.startsWith('/bab/') || p.startsWith('/en/'))).toEqual(['/bab/tim/index.html']);
    // The Indonesian print edition holds every Indonesian chapter, so it is rendered again too; the English one is kept.
    expect(pages.rendered).toContain('/cetak/index.html');
    expect(pages.kept).toContain('/en/print/index.html');
    expect(pages.kept.length).toBeGreaterThan(20);
    expect(readPage(first.outDir, '/bab/tim/')).toContain('Kalimat baru untuk uji bangun ulang.');

    // 2. Another chapter's title changes: it shows in the navigation of every page, so every page is rendered again.
    edit(join(content, 'chapters/id/dasar.mdx'), (t) => t.replace('title: "Memahami dasar"', 'title: "Memahami dasar-dasar OGP"'));
    const third = buildFixture(content, env, first.outDir);
    expect(third.status, third.output).toBe(0);
    expect(renderedAndKept(third.output).kept).toEqual([]);
    expect(readPage(first.outDir, '/bab/tim/')).toContain('Memahami dasar-dasar OGP');

    // 3. An image is replaced: the pages show the new WebP with its own size.
    writeFileSync(join(content, 'images/bagan-tim.png'), await sharp({ create: { width: 400, height: 200, channels: 3, background: '#0b57a4' } }).png().toBuffer());
    const fourth = buildFixture(content, env, first.outDir);
    expect(fourth.status, fourth.output).toBe(0);
    expect(renderedAndKept(fourth.output).kept).toEqual([]);
    expect(readPage(first.outDir, '/en/chapters/tim/')).toMatch(/<img src="\/_astro\/bagan-tim\.[\w-]+\.webp"[^>]* width="400" height="200"/);

    // 4. The rebuilt folder is the same, byte for byte, as a build of the same content from scratch.
    const scratch = buildFixture(content, env);
    expect(scratch.status, scratch.output).toBe(0);
    const [rebuilt, fresh] = [digestTree(first.outDir), digestTree(scratch.outDir)];
    expect([...rebuilt.keys()]).toEqual([...fresh.keys()]);
    expect([...rebuilt].filter(([f, h]) => fresh.get(f) !== h).map(([f]) => f)).toEqual([]);
  });
});
