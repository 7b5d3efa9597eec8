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

/**
 * One page of each kind (layout), in each language: the first page of each first path segment, with or without
 * a slug after it (home, chapter, case study, glossary, search, 404, short link, ...).
 */
export function onePerLayout(paths: string[]): string[] {
  const chosen = new Map<string, string>();
  for (const path of paths) {
    const parts = path.replace(/index\.html$/, '').split('/').filter(Boolean);
    const lang = parts[0] === 'en' ? parts.shift() : 'id';
    const kind = `${lang}:${parts[0] ?? 'home'}${parts.length > 1 ? '/*' : ''}`;
    if (!chosen.has(kind)) chosen.set(kind, path);
  }
  return [...chosen.values()];
}

// Every page on a phone, where most readers are; one page per layout at desktop width and in dark mode,
// where the page chrome changes but each layout looks the same on all its pages.
const LAYOUTS = onePerLayout(PAGES);
const MODES = [
  { name: 'a 360 px phone, every page', viewport: { width: 360, height: 740 }, colorScheme: 'light' as const, pages: PAGES },
  { name: 'a desktop, one page per layout', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const, pages: LAYOUTS },
  { name: 'a desktop in dark mode, one page per layout', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const, pages: LAYOUTS },
];

describe.each(MODES)('axe-core on $name', ({ viewport, colorScheme, pages }) => {
  it('finds no WCAG 2.2 A or AA violation', async () => {
    // resultTypes: every rule still checks every element; only the passes are not collected node by node,
    // which halves the time of a page (the test reads only the violations).
    // bypassCSP lets the test inject axe; the site itself keeps its strict policy. A browser language the
    // handbook lacks keeps short links on their own page (otherwise they open the reader's language).
    const context = await site.browser.newContext({ viewport, colorScheme, bypassCSP: true, locale: 'fr-FR' });
    // axe goes in before each page's own scripts, compiled by the browser once for the whole run.
    await context.addInitScript(axeSource);
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(site.url + path.replace(/index\.html$/, ''));
      const result = await page.evaluate(async (tags) => {
        const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes[0]?.target)}`);
      }, TAGS);
      for (const v of result) violations.push(`${path}: ${v}`);
    }
    await context.close();
    expect(PAGES.length).toBeGreaterThan(50);
    // Both languages' home, chapter, case study, lists, search, 404 and short-link pages at least.
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(16);
    expect(violations, violations.slice(0, 15).join('\n')).toEqual([]);
  }, 600_000);
});
