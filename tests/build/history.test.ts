/**
 * Record history: every record page and data file lists the changes to the record's file that the repository holds,
 * newest first, as git itself gives them; and the build still works, saying so, from a shallow clone (the records
 * site) and from a copy without the repository's history (the fixtures site).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory, type RecordChange } from '../../src/lib/content/history.ts';
import type { MeetingRecord } from '../../src/lib/data/open-data.ts';
import { ARCHIVE_SITES, SITES, type SiteName } from '../setup/sites.ts';
import { getSiteRecords, readPage } from './helpers.ts';

const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });

/** The boundary commits of the shallow clone a folder is in (none in a full clone), by folder. */
const boundaries = new Map<string, string[]>();
function boundaryOf(dir: string): string[] {
  let boundary = boundaries.get(dir);
  if (!boundary) {
    const shallowFile = join(dir, git(dir, ['rev-parse', '--git-path', 'shallow']).trim());
    boundary = existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n') : [];
    boundaries.set(dir, boundary);
  }
  return boundary;
}

/** The files git tracks in a folder (none outside a repository), by folder. */
const trackedFiles = new Map<string, Set<string>>();
function trackedIn(dir: string): Set<string> {
  let tracked = trackedFiles.get(dir);
  if (!tracked) {
    let listed = '';
    try {
      listed = git(dir, ['ls-files', '-z', '--', '.']);
    } catch {
      // Not in a repository: git tracks nothing here.
    }
    tracked = new Set(listed.split('\0').filter(Boolean));
    trackedFiles.set(dir, tracked);
  }
  return tracked;
}

/**
 * The commits git itself lists for a file, following renames, less a shallow clone's boundary commits; none for a
 * file git does not track (the growth site's added records, a copy without history).
 */
function gitChanges(file: string): RecordChange[] {
  const dir = join(file, '..');
  if (!trackedIn(dir).has(basename(file))) return [];
  let log: string;
  try {
    log = git(dir, ['log', '--follow', '--format=%H%x1f%as%x1f%s', '--', basename(file)]);
  } catch {
    return [];
  }
  const boundary = boundaryOf(dir);
  return log
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\x1f'))
    .filter(([commit]) => !boundary.includes(commit!))
    .map(([commit, date, message]) => ({ date: date!, message: message!, commit: commit! }));
}

// Built in the environment of the test run: on GitHub Actions, GITHUB_REPOSITORY names the repository.
const repository = process.env['GITHUB_REPOSITORY'] || 'bali-process-records/meeting-records';

const recordData = (site: SiteName, id: string) =>
  JSON.parse(readFileSync(join(SITES[site].dir, 'meetings', `${id}.json`), 'utf8')) as MeetingRecord;

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const records = await getSiteRecords(site);

  it('gives every record the changes git lists for its file, newest first, in its data and on its page', () => {
    let listed = 0;
    for (const record of records) {
      const expected = gitChanges(record.path);
      const data = recordData(site, record.id);
      expect(data.history, record.id).toEqual(expected);
      const page = readPage(site, `meetings/${record.id}/index.html`);
      const section = page.querySelector('section[aria-labelledby="history"]');
      expect(section?.querySelector('h2')?.textContent).toBe('Record history');
      const items = [...(section?.querySelectorAll('li') ?? [])];
      expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual(
        expected.map((change) => change.date),
      );
      items.forEach((item, index) => expect(item.textContent).toContain(expected[index]!.message));
      if (expected.length === 0) expect(section?.textContent).toContain('No change to this record');
      listed += expected.length;
    }
    // The archive's records are committed: their history is there to list (unless the test runs in a copy of it).
    if (site === 'main' && git(records[0]!.path.replace(/[^/]+$/, ''), ['ls-files', '.']).trim()) {
      expect(listed).toBeGreaterThan(0);
    }
  });
});

describe('a build from a shallow clone (the records site)', async () => {
  const records = await getSiteRecords('records');

  it('builds every record page, lists only the changes the clone holds, and says that earlier ones may be missing', () => {
    for (const record of records) {
      const data = recordData('records', record.id);
      expect(data.history).toEqual(gitChanges(record.path));
      const section = readPage('records', `meetings/${record.id}/index.html`).querySelector(
        'section[aria-labelledby="history"]',
      );
      expect(section?.textContent).toContain('This copy of the archive holds only part of that history');
      expect(
        section?.querySelector('a[href^="https://github.com/example-org/records-fork/commits/main/content/meetings/"]'),
      ).not.toBeNull();
    }
  });
});

describe('a build from a copy without history (the fixtures site)', async () => {
  const records = await getSiteRecords('fixtures');

  it('builds every record page, with no history in its data and a link to the history on GitHub', () => {
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) {
      expect(recordData('fixtures', record.id).history).toEqual([]);
      const section = readPage('fixtures', `meetings/${record.id}/index.html`).querySelector(
        'section[aria-labelledby="history"]',
      );
      expect(section?.textContent).toContain("This copy of the archive was built without the repository's history.");
      expect(section?.querySelector('a')?.getAttribute('href')).toBe(
        `https://github.com/${repository}/commits/main/content/meetings/${basename(record.path)}`,
      );
    }
  });
});

describe('reading the history of a folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'record-history-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const repo = join(work, 'repo');
  const meetings = join(repo, 'content', 'meetings');
  mkdirSync(meetings, { recursive: true });
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  /** A commit made at 05:00 on 16 January 2026 in UTC+14, which is still 15 January in UTC and in New York. */
  const commit = (message: string, day: number) =>
    git(repo, ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '--quiet', '-am', message], {
      GIT_AUTHOR_DATE: `2026-01-${String(day).padStart(2, '0')}T05:00:00+14:00`,
      GIT_COMMITTER_DATE: `2026-01-${String(day).padStart(2, '0')}T05:00:00+14:00`,
      TZ: 'America/New_York',
    });
  writeFileSync(join(meetings, 'a.mdx'), 'First text of a record, long enough for git to see a rename later.\n');
  writeFileSync(join(meetings, 'gone.mdx'), 'A record that is later deleted.\n');
  git(repo, ['add', '.']);
  commit('Add two records', 16);
  writeFileSync(join(meetings, 'a.mdx'), 'First text of a record, long enough for git to see a rename later.\nMore.\n');
  commit('Correct the first record', 17);
  renameSync(join(meetings, 'a.mdx'), join(meetings, 'b.mdx'));
  rmSync(join(meetings, 'gone.mdx'));
  git(repo, ['add', '-A']);
  commit('Rename the first record; delete the other', 18);
  writeFileSync(join(meetings, 'gone.mdx'), 'A new record under an old name.\n');
  git(repo, ['add', '-A']);
  commit('A new record under the name of a deleted one', 19);

  it('lists every change of each file as it is named now, with the day in the author’s time zone', () => {
    const reading = readHistory(meetings);
    expect(reading.status).toBe('full');
    const messages = (name: string) => reading.changes.get(join(meetings, name))?.map((change) => change.message);
    expect(messages('b.mdx')).toEqual([
      'Rename the first record; delete the other',
      'Correct the first record',
      'Add two records',
    ]);
    expect(messages('gone.mdx')).toEqual(['A new record under the name of a deleted one']);
    expect(reading.changes.has(join(meetings, 'a.mdx'))).toBe(false);
    expect(reading.changes.get(join(meetings, 'b.mdx'))?.map((change) => change.date)).toEqual([
      '2026-01-18',
      '2026-01-17',
      '2026-01-16',
    ]);
    expect(reading.changes.get(join(meetings, 'b.mdx'))?.[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('lists, in a shallow clone, only the commits after its boundary', () => {
    const clone = join(work, 'shallow');
    git(work, ['clone', '--quiet', '--depth', '2', `file://${repo}`, clone]);
    const reading = readHistory(join(clone, 'content', 'meetings'));
    expect(reading.status).toBe('shallow');
    expect(reading.changes.get(join(clone, 'content', 'meetings', 'gone.mdx'))?.map((c) => c.message)).toEqual([
      'A new record under the name of a deleted one',
    ]);
    // The boundary commit shows every file as added; it is not a change anyone made then.
    expect(reading.changes.get(join(clone, 'content', 'meetings', 'b.mdx'))).toBeUndefined();
  });

  it('reads no history, and does not fail, in a copy without .git', () => {
    const copy = join(work, 'copy');
    cpSync(meetings, copy, { recursive: true });
    expect(readHistory(copy)).toEqual({ status: 'none', changes: new Map() });
  });
});
