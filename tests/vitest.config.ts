/**
 * Test projects:
 * - unit: schemas and lib, no build (`npm test -- --project unit`);
 * - build: one real build of the archive (and one under BASE_PATH=/records), then assertions on dist;
 * - e2e: the same builds served on 127.0.0.1 and driven in Chromium.
 * The builds run once per test run (tests/setup/site.ts), with the project's pinned Node.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
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
          // Fails any browser test whose pages reached another origin or broke the Content-Security-Policy.
          setupFiles: ['tests/setup/e2e-guard.ts'],
          // Two test files at a time: a browser test mostly waits on Chromium and the server.
          fileParallelism: true,
          // A page's accessibility tree can take seconds to read on a busy machine; expect.poll waits up to 10 s.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
