import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const source = (file: TestSpecification) => readFileSync(file.moduleId, 'utf8');
/** Whether a test file builds a site of its own (and so takes the build lock in tests/support/build.ts). */
const builds = (file: TestSpecification) => /\b(buildFixture|sharedBuild)\(/.test(source(file));
/** Whether it builds the synthetic corpus (about a minute and a half: the longest build of the run). */
const buildsCorpus = (file: TestSpecification) => /\bwriteCorpus\(/.test(source(file));

/**
 * Vitest's order, arranged for two workers and builds that must run one at a time (they share Astro's
 * .astro/ folder, and tests/support/build.ts makes them wait for each other). The corpus build goes first;
 * the other files that build are spread evenly among the files that do not, so that while one worker builds
 * the other mostly runs a browser test rather than a second build that would only wait.
 */
export default class BuildsTakeTurns extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Vitest runs each project's group of files on its own (unit first), so each group is arranged apart:
    // spread over the whole list, the first builds would all land at the start of the build group.
    const groups = new Map<string, TestSpecification[]>();
    for (const file of sorted) groups.set(file.project.name, [...(groups.get(file.project.name) ?? []), file]);
    return [...groups.values()].flatMap(buildsTakeTurns);
  }
}

/** One group's files: the corpus build first, then the other files that build spread among those that do not. */
function buildsTakeTurns(sorted: TestSpecification[]): TestSpecification[] {
  const building = [...sorted.filter((f) => builds(f) && buildsCorpus(f)), ...sorted.filter((f) => builds(f) && !buildsCorpus(f))];
  const others = sorted.filter((f) => !builds(f));
  if (!building.length) return sorted;
  const order: TestSpecification[] = [building.shift()!];
  const every = Math.max(1, Math.ceil(others.length / (building.length + 1)));
  others.forEach((file, i) => {
    order.push(file);
    if ((i + 1) % every === 0 && building.length) order.push(building.shift()!);
  });
  return [...order, ...building];
}
