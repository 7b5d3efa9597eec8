import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-checks.ts';
import { buildFixture, contentTreeWith, ROOT } from '../support/build.ts';

// Every component mistake is rendered in-process by tests/unit/mistakes-stop-the-check-and-the-build-alike.test.ts;
// this one runs Astro itself, so the plugins are proven to see the file, its lines and its source text in a real build.
describe('astro build on a page with a component mistake', () => {
  it('stops with the message and line npm run check gives', async () => {
    const tree = contentTreeWith(join(ROOT, 'tests/fixtures/mistakes/checklist-id-clashes-with-a-heading'));
    const [problem] = (await checkContent(tree)).filter((p) => p.message.includes('checklist id'));
    expect(problem, 'npm run check found nothing').toBeDefined();
    const build = buildFixture(tree, { OG_IMAGES: 'off', PRINT_EDITIONS: 'off' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${problem.file}:${problem.line}: ${problem.message}`);
  });
});
