import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { DIST } from '../support/build.ts';
import { useSite } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Every reader page; redirect stubs (meta refresh) leave before anyone reads them.
const PAGES = htmlFiles(DIST).filter((p) => !/http-equiv="refresh"/.test(readFileSync(join(DIST, p), 'utf8')));

const site = useSite();

const MODES = [
  { name: 'a 360 px phone', viewport: { width: 360, height: 740 }, colorScheme: 'light' as const },
  { name: 'a desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
  { name: 'a desktop in dark mode', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const },
];

describe.each(MODES)('axe-core on $name', ({ viewport, colorScheme }) => {
  it('finds no WCAG 2.2 A or AA violation on any page', async () => {
    // bypassCSP lets the test inject axe; the site itself keeps its strict policy. A browser language the
    // handbook lacks keeps short links on their own page (otherwise they open the reader's language).
    const context = await site.browser.newContext({ viewport, colorScheme, bypassCSP: true, locale: 'fr-FR' });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of PAGES) {
      await page.goto(site.url + path.replace(/index\.html$/, ''));
      await page.evaluate(axeSource);
      const result = await page.evaluate(async (tags) => {
        const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes[0]?.target)}`);
      }, TAGS);
      for (const v of result) violations.push(`${path}: ${v}`);
    }
    await context.close();
    expect(PAGES.length).toBeGreaterThan(50);
    expect(violations, violations.slice(0, 15).join('\n')).toEqual([]);
  }, 600_000);
});
