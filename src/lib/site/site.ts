import { isAbsolute, relative, resolve, sep } from 'node:path';
import { getContentDir } from '../content/content-dir.ts';

/** The site's name and the one-line description used in the header, meta tags and feeds. */
export const SITE_NAME = 'Bali Process Meeting Records';

/** What the site is, in one sentence. */
export const SITE_DESCRIPTION =
  'An open archive of the meetings of the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime: who met, where, when and what they discussed, with sources.';

/**
 * The GitHub repository the site is built from, as `owner/name`: the one setting behind every record's "Edit this
 * record" and "Report a correction" links. The `GITHUB_REPOSITORY` environment variable, which GitHub Actions sets
 * to the repository being built, overrides it, so a fork's site links to the fork.
 */
export const REPOSITORY = 'bali-process-records/meeting-records';

/**
 * The archive's public address (origin and path): where readers find it, and the one address its canonical links,
 * sitemap, data files, feed, calendar and citations name, whichever machine builds it. It is the GitHub Pages address
 * of `REPOSITORY`, where `.github/workflows/deploy.yml` publishes the site. `SITE_URL` (the origin) and `BASE_PATH`
 * (the path) override it, e.g. for a copy published elsewhere (see `getDeploySettings` in `deploy.ts`). Left empty, a
 * build in CI fails rather than publish pages that name the local address of `npm start`.
 */
export const PUBLIC_ADDRESS = 'https://bali-process-records.github.io/meeting-records/';

/** The branch records are edited on. */
export const DEFAULT_BRANCH = 'main';

/** The issue form for proposing a record or a correction, in `.github/ISSUE_TEMPLATE/`. */
export const RECORD_ISSUE_FORM = 'record.yml';

/** Where the site's source lives on GitHub. */
export interface RepositorySettings {
  /** `owner/name`. */
  name: string;
  /** `https://github.com/owner/name`. */
  url: string;
  branch: string;
}

/**
 * The repository settings: `GITHUB_REPOSITORY` when set, otherwise `REPOSITORY`.
 * @example getRepositorySettings({ GITHUB_REPOSITORY: 'example-org/records' }).url ⇒ 'https://github.com/example-org/records'
 * @throws Error when the value is not of the form owner/name.
 */
export function getRepositorySettings(env: Record<string, string | undefined>): RepositorySettings {
  const name = env['GITHUB_REPOSITORY']?.trim() || REPOSITORY;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(name)) {
    throw new Error(
      `GITHUB_REPOSITORY "${name}" is not of the form owner/name, e.g. GITHUB_REPOSITORY=bali-process-records/meeting-records`,
    );
  }
  return { name, url: `https://github.com/${name}`, branch: DEFAULT_BRANCH };
}

/**
 * The page on GitHub where a record file is edited in the browser.
 * @param path the file's path in the repository, e.g. `content/meetings/2019-07-02-fifth-joint-period-of-action.mdx`.
 * @example getEditUrl(settings, 'content/meetings/a.mdx') ⇒ 'https://github.com/owner/name/edit/main/content/meetings/a.mdx'
 */
export function getEditUrl(settings: RepositorySettings, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${settings.url}/edit/${encodeURIComponent(settings.branch)}/${encoded}`;
}

/**
 * The history of a file on GitHub: every commit that changed it, on the default branch.
 * @example getHistoryUrl(settings, 'content/meetings/a.mdx') ⇒ 'https://github.com/owner/name/commits/main/content/meetings/a.mdx'
 */
export function getHistoryUrl(settings: RepositorySettings, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${settings.url}/commits/${encodeURIComponent(settings.branch)}/${encoded}`;
}

/** One commit on GitHub, by its full id. @example getCommitUrl(settings, 'a1b2…') ⇒ 'https://github.com/owner/name/commit/a1b2…' */
export function getCommitUrl(settings: RepositorySettings, commit: string): string {
  return `${settings.url}/commit/${encodeURIComponent(commit)}`;
}

/**
 * A new issue with the record form, already filled in with the record's id and title and marked as a correction.
 * The query parameters are the ids of the form's fields (GitHub fills issue-form fields from the URL).
 */
export function getCorrectionUrl(settings: RepositorySettings, record: { id: string; title: string }): string {
  const query = new URLSearchParams({
    template: RECORD_ISSUE_FORM,
    title: `Correction: ${record.title}`,
    request: 'A correction to a record',
    record: record.id,
  });
  return `${settings.url}/issues/new?${query.toString()}`;
}

/**
 * A new issue with the record form, already filled in with the title of a known meeting that has no record yet, for
 * the "Help add this record" links of series, body and coverage pages.
 */
export function getNewRecordUrl(settings: RepositorySettings, meeting: { title: string; dateText: string }): string {
  const query = new URLSearchParams({
    template: RECORD_ISSUE_FORM,
    title: `New record: ${meeting.title} (${meeting.dateText})`,
    request: 'A new record',
    'meeting-title': meeting.title,
  });
  return `${settings.url}/issues/new?${query.toString()}`;
}

/**
 * The path in the repository of a record file, from the path Astro gives its entry (relative to the project root).
 * Records live in `content/meetings/` in the repository even when a build reads them from elsewhere (`CONTENT_DIR`).
 * @example getRecordRepositoryPath('content/meetings/2016-05-second-joint-period-of-action.mdx') ⇒ the same path
 */
export function getRecordRepositoryPath(filePath: string, root: string = process.cwd()): string {
  const meetingsDir = resolve(getContentDir(root), 'meetings');
  const absolute = isAbsolute(filePath) ? filePath : resolve(root, filePath);
  return `content/meetings/${relative(meetingsDir, absolute).split(sep).join('/')}`;
}
