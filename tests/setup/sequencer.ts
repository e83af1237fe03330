/**
 * The order test files start in: the unit tests, which need no site and so run while the global setup builds the
 * sites; then the browser tests, which wait for the real archive's site only, so they start while the other three
 * build; then the build tests, which wait for all four. Within each, longest first (by their time in the last run
 * where vitest has it for every one, else by their size, as in a fresh clone), so that no long file starts last. A
 * worker given a build test file early would only wait for the sites while a browser test could run.
 */
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Rank of each project; projects not named here come last. */
const RANK: Record<string, number> = { unit: 0, e2e: 1, build: 2 };

export class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => RANK[file.project.name] ?? 3;
    const durations = new Map(files.map((file) => [file, this.ctx.cache.getTestSpecificationResult(file)?.duration]));
    const timed = files.every((file) => durations.get(file) !== undefined);
    const cost = (file: TestSpecification) => (timed ? durations.get(file)! : statSync(file.moduleId).size);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b) || cost(b) - cost(a));
  }
}
