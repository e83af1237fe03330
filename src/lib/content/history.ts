/**
 * The history of the record files: for each file, the date and message of every commit that changed it, newest
 * first, read from the repository with one `git log` per build (and per content folder), the way Starlight and
 * Astro's docs read their "last updated" dates. It is provenance, shown on each record page and given in its data.
 *
 * A build still works where there is no history to read: from a copy without `.git`, or where git is missing, the
 * history is `none`; from a shallow clone (the default of most CI checkouts) it is `shallow`, and lists only the
 * commits the clone holds, leaving out the boundary commits, which git shows as adding every file at once.
 *
 * Dates are the day each change was authored, in the author's own time zone as git records it (`%as`), so the same
 * repository gives the same history on every machine, in every time zone. A renamed file keeps the history of its
 * earlier names.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One change to a record file: a commit. */
export interface RecordChange {
  /** The day the change was made, YYYY-MM-DD. */
  date: string;
  /** The first line of the commit message: what changed. */
  message: string;
  /** The commit's full id (40 hexadecimal digits). */
  commit: string;
}

/**
 * How much history the build could read: `full` (the whole repository), `shallow` (a shallow clone: the commits it
 * holds) or `none` (no repository, or no git).
 */
export type HistoryStatus = 'full' | 'shallow' | 'none';

/** The history of every file under a folder. */
export interface HistoryReading {
  status: HistoryStatus;
  /** Changes by absolute path of a file as it is named now, newest first; a file with no commit has none. */
  changes: ReadonlyMap<string, readonly RecordChange[]>;
}

const NO_HISTORY: HistoryReading = { status: 'none', changes: new Map() };

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Reads the history of every file under a folder (one `git log`).
 * @param dir absolute path of the folder, e.g. `<project>/content/meetings`.
 * @returns status `none` and no changes when the folder is in no repository or git cannot run.
 */
export function readHistory(dir: string): HistoryReading {
  let top: string;
  let shallow: boolean;
  try {
    const [topLine, shallowLine] = git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']).split('\n');
    top = topLine!.trim();
    shallow = shallowLine?.trim() === 'true';
  } catch {
    return NO_HISTORY;
  }
  const boundary = new Set<string>();
  if (shallow) {
    const file = resolve(dir, git(dir, ['rev-parse', '--git-path', 'shallow']).trim());
    if (existsSync(file)) for (const line of readFileSync(file, 'utf8').split('\n')) boundary.add(line.trim());
  }
  let log: string;
  try {
    log = git(dir, ['log', '-M', '--name-status', '--format=%x1e%H%x1f%as%x1f%s', '--', '.']);
  } catch {
    return NO_HISTORY;
  }
  const changes = new Map<string, RecordChange[]>();
  // Newest first: the name each path has now. A path deleted in a newer commit names no file of today.
  const currentName = new Map<string, string | null>();
  const nameNow = (path: string) => (currentName.has(path) ? currentName.get(path)! : path);
  for (const block of log.split('\x1e').slice(1)) {
    const [header = '', ...lines] = block.split('\n');
    const [commit = '', date = '', message = ''] = header.split('\x1f');
    const counts = !boundary.has(commit);
    for (const line of lines) {
      const [status = '', path = '', renamedTo] = line.split('\t');
      if (!path) continue;
      if (status.startsWith('D')) {
        currentName.set(path, null);
        continue;
      }
      const now = nameNow(renamedTo ?? path);
      if (renamedTo !== undefined) currentName.set(path, now);
      if (now === null || !counts) continue;
      const key = join(top, now);
      changes.set(key, [...(changes.get(key) ?? []), { date, message, commit }]);
    }
  }
  return { status: shallow ? 'shallow' : 'full', changes };
}

/**
 * The readings of this process, by folder: like the content reading, kept on `globalThis` so that the module graphs
 * of one build share one `git log`.
 */
const HISTORIES_KEY = Symbol.for('bali-process-meeting-records.histories');
const histories: Map<string, HistoryReading> = ((globalThis as Record<symbol, unknown>)[HISTORIES_KEY] ??=
  new Map()) as Map<string, HistoryReading>;

/** The history of a folder, read once per process (see `readHistory`). */
export function getHistory(dir: string): HistoryReading {
  const key = resolve(dir);
  let reading = histories.get(key);
  if (!reading) {
    reading = readHistory(key);
    histories.set(key, reading);
  }
  return reading;
}

/**
 * The changes of one record file.
 * @param path the file's path, absolute or relative to `root`.
 */
export function getFileChanges(reading: HistoryReading, path: string, root: string = process.cwd()): RecordChange[] {
  return [...(reading.changes.get(resolve(root, path)) ?? [])];
}
