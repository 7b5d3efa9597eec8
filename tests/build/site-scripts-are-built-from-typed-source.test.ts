// The site's scripts are built from src/client/ (src/lib/site-scripts.ts); checked on dist/ as `npm test` builds it.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT } from '../support/build.ts';
import { listFiles } from '../support/files.ts';
import { SITE_SCRIPTS, SERVICE_WORKER_SCRIPT } from '../../src/lib/site-scripts.ts';
import { bundleClient } from '../../src/integrations/client-bundles.ts';
import { searchIndexNames } from '../../src/integrations/search-index.ts';

const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe('the site’s scripts', () => {
  it.each(SITE_SCRIPTS.map((s) => [s.file, s] as const))('%s is built from its source (with the search index’s file names) and stays within its gzip budget', async (file, script) => {
    expect(existsSync(join(DIST, file)), `${file} is missing: run "npm run build" first`).toBe(true);
    expect(readFileSync(join(DIST, file), 'utf8'), `${file} is what ${script.entry} bundles to`).toBe(await bundleClient(ROOT, script, searchIndexNames(DIST)));
    expect(gzip(file), `${file}: ${gzip(file)} B gzip, budget ${script.budgetGzip} B`).toBeLessThanOrEqual(script.budgetGzip);
  });

  it('puts the service worker at the site root as a classic script, so its scope is the whole site', () => {
    expect(SERVICE_WORKER_SCRIPT.file).not.toContain('/');
    const code = readFileSync(join(DIST, SERVICE_WORKER_SCRIPT.file), 'utf8');
    expect(code).not.toMatch(/\bexport\s*\{|\bimport\s*[{*]/);
  });

  it('builds every script the boot script loads: each data-act and data-mount of a page, and search', () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
    const names = new Set(['search']);
    for (const page of pages) for (const m of readFileSync(page, 'utf8').matchAll(/\bdata-(?:act|mount)="([^"]+)"/g)) names.add(m[1]);
    expect(names.size).toBeGreaterThan(4);
    const built = new Set(SITE_SCRIPTS.map((s) => s.file));
    expect([...names].map((n) => `assets/${n}.js`).filter((f) => !built.has(f))).toEqual([]);
  });

  it('leaves no hand-written JavaScript in public/', () => {
    const scripts = listFiles(join(ROOT, 'public')).filter((f) => /\.(m?js|cjs)$/.test(f));
    expect(scripts).toEqual([]);
  });
});
