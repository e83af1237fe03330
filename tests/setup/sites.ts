/** The builds the build and e2e tests run against: where each is written, its content and its settings. */
import { fileURLToPath } from 'node:url';

const output = (name: string) => fileURLToPath(new URL(`../.output/${name}/`, import.meta.url));

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Content of the fixtures site: the real entities with the records in tests/fixtures/site/ (made by the setup). */
export const FIXTURE_CONTENT = output('fixture-content');

export const SITES = {
  /** The real archive at the root of its origin. */
  main: { dir: output('main'), base: '/', env: { BASE_PATH: '', SITE_URL: 'https://records.example.org' } },
  /** The real archive under a sub-path, as on GitHub Pages (case C11), built from a fork (GITHUB_REPOSITORY). */
  records: {
    dir: output('records'),
    base: '/records/',
    env: {
      BASE_PATH: '/records',
      SITE_URL: 'https://records.example.org',
      GITHUB_REPOSITORY: 'example-org/records-fork',
    },
  },
  /**
   * Fixture records for cases the real ones do not cover (other scripts, elided words), built on a machine clock
   * in New York, where midnight UTC is still the day before (case C1).
   */
  fixtures: {
    dir: output('fixtures'),
    base: '/',
    env: {
      BASE_PATH: '',
      SITE_URL: 'https://records.example.org',
      CONTENT_DIR: FIXTURE_CONTENT,
      TZ: 'America/New_York',
    },
  },
} as const;

export type SiteName = keyof typeof SITES;
