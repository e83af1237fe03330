/** The builds the build and e2e tests run against: where each is written and how it is configured. */
import { fileURLToPath } from 'node:url';

const output = (name: string) => fileURLToPath(new URL(`../.output/${name}/`, import.meta.url));

export const SITES = {
  /** The real archive at the root of its origin. */
  main: { dir: output('main'), base: '/', env: { BASE_PATH: '', SITE_URL: 'https://records.example.org' } },
  /** The real archive under a sub-path, as on GitHub Pages (case C11), built from a fork (GITHUB_REPOSITORY). */
  records: {
    dir: output('records'),
    base: '/records/',
    env: { BASE_PATH: '/records', SITE_URL: 'https://records.example.org', GITHUB_REPOSITORY: 'example-org/records-fork' },
  },
} as const;

export type SiteName = keyof typeof SITES;

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
