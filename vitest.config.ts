import { defineConfig } from 'vitest/config';

// Two projects: unit tests run in parallel first; build and browser tests then run one file at a time,
// since each builds a site or drives Chromium and two at once would only fight over two cores
// (and builds from one project root share Astro's .astro/ folder).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'build-and-browser', include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'], fileParallelism: false, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
