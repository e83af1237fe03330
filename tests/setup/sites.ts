/**
 * The sites the build and e2e tests run against: where each is built, its content and its settings.
 *
 * `main` is the real archive. `growth` is the real archive plus the extra records of tests/fixtures/growth/ (and the
 * body and series they need): tests of the real archive run on both, read what they expect from each site's own
 * content, and pass both ways, so adding a correct record never needs a change to a test.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_REPORT_ENV } from '../../src/lib/tooling/build-phases.ts';

const output = (name: string) => fileURLToPath(new URL(`../.output/${name}/`, import.meta.url));

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Content of the fixtures site: the frozen entities with the records in tests/fixtures/site/ (made by the setup). */
export const FIXTURE_SITE_CONTENT = output('fixture-content');

/** Content of the growth site: content/ with tests/fixtures/growth/ added (made by the setup). */
export const GROWTH_CONTENT = output('growth-content');

/**
 * A shallow clone of the repository (its latest commit only, as most CI checkouts make it), with the content of the
 * working tree, so that the records site is built from a clone whose history is cut short (made by the setup).
 */
export const SHALLOW_CLONE = output('shallow-clone');

/**
 * Test output, as a ceiling above which git does not look for a repository: content copied under it (the fixtures
 * site's) is a copy without the repository's history, as a download of the files would be.
 */
const WITHOUT_HISTORY = { GIT_CEILING_DIRECTORIES: output('') };

const SITE_URL = 'https://records.example.org';

/**
 * The report of the phases of the main site's build (written where `BUILD_PHASES_FILE` says, outside the site), as
 * `npm run bench` reads it of the builds it times.
 */
export const MAIN_PHASE_REPORT = fileURLToPath(new URL('../.output/main-phases.json', import.meta.url));

export const SITES = {
  /** The real archive at the root of its origin, reporting the phases of its build. */
  main: {
    dir: output('main'),
    base: '/',
    contentDir: join(ROOT, 'content'),
    env: { BASE_PATH: '', SITE_URL, [PHASE_REPORT_ENV]: MAIN_PHASE_REPORT },
  },
  /** The real archive with the growth set added. */
  growth: {
    dir: output('growth'),
    base: '/',
    contentDir: GROWTH_CONTENT,
    env: { BASE_PATH: '', SITE_URL, CONTENT_DIR: GROWTH_CONTENT },
  },
  /**
   * The real archive under a sub-path, as on GitHub Pages, built from a fork (GITHUB_REPOSITORY) and from a shallow
   * clone of the repository.
   */
  records: {
    dir: output('records'),
    base: '/records/',
    contentDir: join(SHALLOW_CLONE, 'content'),
    env: {
      BASE_PATH: '/records',
      SITE_URL,
      GITHUB_REPOSITORY: 'example-org/records-fork',
      CONTENT_DIR: join(SHALLOW_CLONE, 'content'),
    },
  },
  /**
   * Fixture records for what the real ones do not cover (tests/fixtures/site/: other scripts, elided words;
   * tests/fixtures/valid/: every field, every date precision, text shown as written, a draft) and a frozen copy of
   * real records for relevance questions that pin a rank (tests/fixtures/relevance/), built on a machine clock in
   * New York, where midnight UTC is still the day before, from a copy without the repository's history.
   */
  fixtures: {
    dir: output('fixtures'),
    base: '/',
    contentDir: FIXTURE_SITE_CONTENT,
    env: {
      BASE_PATH: '',
      SITE_URL,
      CONTENT_DIR: FIXTURE_SITE_CONTENT,
      TZ: 'America/New_York',
      ...WITHOUT_HISTORY,
    },
  },
} as const;

export type SiteName = keyof typeof SITES;

/** The sites of the real archive, which tests of the archive run on both: as it is, and as it may grow. */
export const ARCHIVE_SITES = ['main', 'growth'] as const satisfies readonly SiteName[];
export type ArchiveSite = (typeof ARCHIVE_SITES)[number];

const ENTITY_FOLDERS = ['bodies', 'topics', 'organizations', 'series'] as const;

/** The README of a fixture folder explains it; it is not content. */
const notReadme = (path: string) => !path.endsWith('README.md');

/**
 * Writes the content folders of the growth and fixtures sites, and the shallow clone of the records site (the same
 * every time; safe to call again).
 */
export function prepareTestContent(): void {
  rmSync(SHALLOW_CLONE, { recursive: true, force: true });
  // A file:// address, since git ignores --depth for a plain local path.
  execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-checkout', `file://${ROOT}`, SHALLOW_CLONE], {
    stdio: 'ignore',
  });
  cpSync(join(ROOT, 'content'), join(SHALLOW_CLONE, 'content'), { recursive: true });
  for (const dir of [GROWTH_CONTENT, FIXTURE_SITE_CONTENT]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  cpSync(join(ROOT, 'content'), GROWTH_CONTENT, { recursive: true });
  for (const folder of ['meetings', ...ENTITY_FOLDERS]) {
    const extra = join(ROOT, 'tests/fixtures/growth', folder);
    if (existsSync(extra))
      cpSync(extra, join(GROWTH_CONTENT, folder), { recursive: true, force: false, filter: notReadme });
  }
  for (const folder of ENTITY_FOLDERS) {
    cpSync(join(ROOT, 'tests/fixtures/content', folder), join(FIXTURE_SITE_CONTENT, folder), { recursive: true });
  }
  for (const folder of ['site', 'valid', 'relevance']) {
    cpSync(join(ROOT, 'tests/fixtures', folder), join(FIXTURE_SITE_CONTENT, 'meetings'), {
      recursive: true,
      filter: notReadme,
    });
  }
}
