/**
 * Compares two builds of the same commit byte for byte: the same records must give the same pages, sitemaps and
 * data files on any machine, in any time zone (dates are calendar days, never shifted by the clock), and an
 * incremental build must give the same site, every file of it, as a build from scratch.
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files compared: pages, sitemaps, the feed and every data file. Scripts, styles and the search index are not. */
export const COMPARED_FILE = /\.(html|xml|json|csv|ics|bib|txt)$/;

/** One file that differs between the two builds. */
export interface BuildDifference {
  /** Path inside the build, with forward slashes, e.g. `meetings/2019-07-02-fifth-joint-period-of-action/index.html`. */
  file: string;
  /** What differs, as a plain sentence naming the two builds. */
  problem: string;
}

/** Which files to compare: pages, sitemaps and data files (the default), or every file of the build. */
export type ComparedFiles = 'pages-and-data' | 'all';

/** The compared files of a build folder, as sorted paths with forward slashes. */
function listCompared(dir: string, files: ComparedFiles): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => files === 'all' || (COMPARED_FILE.test(file) && !file.startsWith('pagefind/')))
    .sort();
}

/** The line (1-based) of the first byte where two files differ, and that line in each, cut to 40 bytes either side. */
function firstDifference(a: Buffer, b: Buffer): { line: number; a: string; b: string } {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const line = a.subarray(0, at).toString('utf8').split('\n').length;
  const around = (text: Buffer) => {
    const lineStart = text.lastIndexOf(0x0a, at - 1) + 1;
    const nextBreak = text.indexOf(0x0a, at);
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    return JSON.stringify(text.subarray(Math.max(lineStart, at - 40), Math.min(lineEnd, at + 40)).toString('utf8'));
  };
  return { line, a: around(a), b: around(b) };
}

/**
 * Lists the pages, sitemaps and data files (or, with `files: 'all'`, the files of every kind, scripts, styles and the
 * search index included) that are not byte-identical in two builds, or exist in only one.
 * @param a the first build's folder, and `labels[0]` its name in messages (e.g. its time zone).
 * @param b the second build's folder, and `labels[1]` its name.
 * @returns an empty list when the builds agree.
 * @throws Error when a folder does not exist or holds no compared file (a failed build must not pass as equal).
 * @example compareBuilds('a', 'b', ['America/New_York', 'Pacific/Auckland']) ⇒ [{ file: 'index.html', problem:
 *   'differs from line 3: "<p>1 July 2019</p>" in America/New_York, "<p>2 July 2019</p>" in Pacific/Auckland.' }]
 */
export function compareBuilds(
  a: string,
  b: string,
  labels: readonly [string, string] = [a, b],
  files: ComparedFiles = 'pages-and-data',
): BuildDifference[] {
  for (const dir of [a, b]) {
    if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the site there before comparing.`);
  }
  const filesA = listCompared(a, files);
  const filesB = listCompared(b, files);
  if (filesA.length === 0 || filesB.length === 0) {
    throw new Error(
      `${filesA.length === 0 ? a : b} has no pages or data files: build the site there before comparing.`,
    );
  }
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const differences: BuildDifference[] = [];
  for (const file of filesA) {
    if (!inB.has(file)) {
      differences.push({ file, problem: `is only in the ${labels[0]} build.` });
      continue;
    }
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (bytesA.equals(bytesB)) continue;
    const { line, a: textA, b: textB } = firstDifference(bytesA, bytesB);
    differences.push({
      file,
      problem: `differs from line ${line}: ${textA} in ${labels[0]}, ${textB} in ${labels[1]}.`,
    });
  }
  for (const file of filesB) {
    if (!inA.has(file)) differences.push({ file, problem: `is only in the ${labels[1]} build.` });
  }
  return differences;
}
