import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whether a test file builds a site of its own (and so takes the build lock in tests/support/build.ts). */
function builds(file: TestSpecification): boolean {
  return /\b(buildFixture|sharedBuild)\(/.test(readFileSync(file.moduleId, 'utf8'));
}

/**
 * Vitest's order (slowest or largest files first), with the files that build a site taking turns with the
 * files that do not. The build and browser files run two at a time, and builds wait for each other (they
 * share Astro's .astro/ folder); taking turns lets a browser test run beside each build instead of a second
 * build that would only wait.
 */
export default class BuildsTakeTurns extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const building = sorted.filter(builds);
    const others = sorted.filter((f) => !building.includes(f));
    const order: TestSpecification[] = [];
    while (building.length || others.length) {
      if (building.length) order.push(building.shift()!);
      if (others.length) order.push(others.shift()!);
    }
    return order;
  }
}
