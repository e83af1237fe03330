/**
 * Test projects, started in this order (tests/setup/sequencer.ts):
 * - unit: schemas and lib, no build (`npm test -- --project unit`);
 * - e2e: the sites of tests/setup/sites.ts (the real archive at the root, grown, under /records/, and the fixture
 *   records) served on 127.0.0.1 and driven in Chromium;
 * - build: assertions on the files of the same sites, and on builds of their own where a test needs one.
 * The builds run once per test run (tests/setup/site.ts), with the project's pinned Node, while the unit tests run.
 * The code style (`npm run lint`) is checked apart, by `.ci/run` and the CI workflow.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { ProjectOrder } from './setup/sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    reporters: ['default'],
    // As many test files at a time as the machine has cores (vitest's default leaves one core free). A build or browser
    // test spends part of its time waiting on a child process, Chromium or the server, which the other file fills.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: ProjectOrder },
    projects: [
      {
        extends: true,
        // A worker keeps its modules from one test file to the next: no unit test changes the environment, a module
        // or a global, so each file may start where the one before left off.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          setupFiles: ['tests/setup/sites-built.ts'],
          // A worker keeps its modules from one test file to the next: the archive each file reads from the built
          // sites and the modules under test are loaded once per worker. The files share no state they change.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          // Waits for the real archive's site only: the browser tests read no other site's files. Fails any browser
          // test whose pages reached another origin or broke the Content-Security-Policy.
          setupFiles: ['tests/setup/main-site-built.ts', 'tests/setup/e2e-guard.ts'],
          // A worker keeps its modules from one test file to the next, as in the build project.
          isolate: false,
          // A page's accessibility tree can take seconds to read on a busy machine; expect.poll waits up to 10 s.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
