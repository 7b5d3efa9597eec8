import { defineConfig } from 'vitest/config';
import BuildsTakeTurns from './tests/support/sequencer.ts';

// Two projects. Unit tests run first, their files in parallel. Then the build and browser tests, two files
// at a time: a browser test spends much of its time waiting for pages, so it runs well beside a build. Builds
// run one after another all the same (tests/support/build.ts holds a lock: builds from one project root
// share Astro's .astro/ folder), and the files that build take turns with those that do not
// (tests/support/sequencer.ts), so a build has a browser test beside it rather than a second, waiting build.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    globalSetup: ['tests/support/global-setup.ts'],
    sequence: { sequencer: BuildsTakeTurns },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // A test that builds may first wait for another file's build to finish (up to the corpus build, about
        // a minute and a half), and that wait counts in its time: 5 minutes, as for the set-up hooks.
        test: { name: 'build-and-browser', include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'], maxWorkers: 2, testTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
