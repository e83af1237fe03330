/**
 * The order test files start in: the unit tests, which need no site and so run while the global setup builds the
 * sites, then the build and browser tests together, longest first (by their time in the last run where vitest has it
 * for every one, else by their size), so that no long file starts last and a file waiting for a build shares the
 * machine with one that drives Chromium.
 */
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Rank of each project; projects not named here come last. */
const RANK: Record<string, number> = { unit: 0, build: 1, e2e: 1 };

export class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => RANK[file.project.name] ?? 3;
    const durations = new Map(files.map((file) => [file, this.ctx.cache.getTestSpecificationResult(file)?.duration]));
    const timed = files.every((file) => durations.get(file) !== undefined);
    const cost = (file: TestSpecification) => (timed ? durations.get(file)! : statSync(file.moduleId).size);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b) || cost(b) - cost(a));
  }
}
