// Size budgets of the tools' scripts (src/lib/tools/bundles.ts), checked on dist/ as `npm test` builds it.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../support/build.ts';
import { TOOL_PAGE_SCRIPTS } from '../support/tools-pages.ts';
import { CLIENT_BUNDLES, DOCX_BUNDLE } from '../../src/lib/tools/bundles.ts';
import { inlineScripts } from '../support/page-weight.ts';
import { listFiles } from '../support/files.ts';

const KB = 1024;
const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe('the tools’ scripts', () => {
  it.each(CLIENT_BUNDLES.map((b) => [b.file, b] as const))('%s stays within its gzip budget', (file, bundle) => {
    expect(existsSync(join(DIST, file)), `${file} is missing: run "npm run build" first`).toBe(true);
    expect(gzip(file), `${file}: ${gzip(file)} B gzip, budget ${bundle.budgetGzip} B`).toBeLessThanOrEqual(bundle.budgetGzip);
  });

  it('load on the tool pages only, one script each, and the tool page’s first load of script stays within 10 KB gzip', () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html')).map((f) => f.slice(DIST.length + 1));
    const loading = pages.filter((p) => /<script\b[^>]*\bsrc=/.test(readFileSync(join(DIST, p), 'utf8'))).map((p) => p.replace(/index\.html$/, '')).sort();
    expect(loading).toEqual([...TOOL_PAGE_SCRIPTS.keys()].sort());
    for (const [page, script] of TOOL_PAGE_SCRIPTS) {
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
      expect(srcs, page).toEqual([script]);
      const inline = inlineScripts(html).reduce((n, s) => n + Buffer.byteLength(s), 0);
      expect(inline, `${page}: inline script`).toBeLessThanOrEqual(KB);
      expect(gzip(script.replace(/^\//, '')), page).toBeLessThanOrEqual(10 * KB);
    }
  });

  it('keep the Word writer out of every page: it is fetched only on export', () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
    const mentions = pages.filter((f) => readFileSync(f, 'utf8').includes(DOCX_BUNDLE.file));
    expect(mentions).toEqual([]);
  });
});
