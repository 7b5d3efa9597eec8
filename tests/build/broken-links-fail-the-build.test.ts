import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildFixture, contentTreeWith, ROOT } from '../support/build.ts';

describe('the built-site link checker', () => {
  // The content check (npm run check) already refuses path links; this proves the last line of defence on its own.
  it('fails the build on a link to a missing page, naming the source file and line', () => {
    // Share images, publications and the offline editions play no part in the link check.
    const build = buildFixture(contentTreeWith(join(ROOT, 'tests/fixtures/mistakes-built/broken-path-link')), { OG_IMAGES: 'off', PRINT_EDITIONS: 'off', OFFLINE_EDITION: 'off' });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/chapters\/id\/komitmen\.mdx:22: the link "bab yang hilang" → \/bab\/tidak-ada\/: no such page or file/);
  });

  it('fails the build on a bad frontmatter entry, naming the file and the field', () => {
    const build = buildFixture(contentTreeWith(join(ROOT, 'tests/fixtures/mistakes/missing-frontmatter-field')));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('chapters/id/tim.mdx');
    expect(build.output).toMatch(/description/);
  });
});
