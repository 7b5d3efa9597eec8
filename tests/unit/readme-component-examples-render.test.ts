import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { AUTHOR_COMPONENTS } from '../../src/mdx/index.ts';
import { ROOT } from '../support/build.ts';
import { renderMdx } from '../support/render-mdx.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Author components'), readme.indexOf('### Images'));
/** Every ```mdx example in the README's "Author components" section. */
const examples = [...section.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]);
/** What each component becomes on a page: the element a reader's browser gets. */
const shown: Record<(typeof AUTHOR_COMPONENTS)[number], string> = {
  Callout: 'aside.callout',
  Steps: 'ol.steps > li.step h3[id]',
  Checklist: 'div.checklist li.checklist-item input[type=checkbox]',
  Term: 'a.term[href*="glosarium"], a.term[href*="glossary"]',
  Lang: 'span[lang]',
  Commitment: 'aside.commitment-card a[href]',
};

describe('the README examples of the author components', () => {
  it('show every component', () => {
    for (const name of AUTHOR_COMPONENTS) expect(examples.some((e) => e.includes(`<${name}`)), `no README example of <${name}>`).toBe(true);
  });

  it.each(examples.map((e) => [e.split('\n')[0], e]))('%s renders as the README says', async (_, example) => {
    const html = await renderMdx(example, join(ROOT, 'content/chapters/id/contoh.mdx'));
    const $ = load(html);
    const names = AUTHOR_COMPONENTS.filter((name) => example.includes(`<${name}`));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect($(shown[name]).length, `${name} in:\n${html}`).toBeGreaterThan(0);
    // No tag is left for the browser to guess at.
    expect(html).not.toMatch(new RegExp(`<(${AUTHOR_COMPONENTS.join('|')})\\b`));
  });
});
