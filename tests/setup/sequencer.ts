/**
 * The order test files start in: the lint tests, then the unit tests, which need no site and so run while the global
 * setup builds the sites, then the build tests, then the browser tests. Within a project, vitest's own order (files
 * that failed or took longest last time first).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECTS = ['lint', 'unit', 'build', 'e2e'];

export class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => PROJECTS.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
