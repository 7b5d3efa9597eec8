import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { DIST } from '../support/build.ts';

describe('the built site', () => {
  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(DIST, page));
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('declares a strict Content-Security-Policy and no inline event handlers on every page', async () => {
    const { readFileSync } = await import('node:fs');
    for (const page of htmlFiles(DIST)) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self' 'wasm-unsafe-eval'/);
      expect(html, page).not.toMatch(/\son[a-z]+="/i);
      expect(html, page).not.toMatch(/<script[^>]+src="https?:/);
    }
  });
});
