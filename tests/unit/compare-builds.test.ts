import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/lib/tooling/compare-builds.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bp-compare-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * A tiny "build" made by a separate Node process on a machine clock in `timeZone`: a page and a data file with the
 * meeting day 2019-07-02, formatted by `format` (JavaScript run in that process, with `day` a Date at UTC midnight).
 */
function buildIn(name: string, timeZone: string, format: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'meetings'), { recursive: true });
  const script = `
    const fs = require('node:fs');
    const day = new Date('2019-07-02');
    const shown = ${format};
    fs.writeFileSync(process.argv[1] + '/index.html', '<!doctype html>\\n<h1>Fifth Joint Period of Action</h1>\\n<p>' + shown + '</p>\\n');
    fs.writeFileSync(process.argv[1] + '/meetings/data.json', JSON.stringify({ startDate: shown }));
    fs.writeFileSync(process.argv[1] + '/sitemap-0.xml', '<urlset><url><loc>https://example.org/</loc></url></urlset>');
  `;
  execFileSync(process.execPath, ['-e', script, dir], { env: { ...process.env, TZ: timeZone } });
  return dir;
}

const NAIVE = `day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })`;
const IN_UTC = `day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })`;

describe('comparing two builds of the same commit', () => {
  it('catches a date formatted in the machine time zone, naming the file, the line and both texts', () => {
    const newYork = buildIn('naive-new-york', 'America/New_York', NAIVE);
    const auckland = buildIn('naive-auckland', 'Pacific/Auckland', NAIVE);
    expect(compareBuilds(newYork, auckland, ['America/New_York', 'Pacific/Auckland'])).toEqual([
      {
        file: 'index.html',
        problem:
          'differs from line 3: "<p>1 July 2019</p>" in America/New_York, "<p>2 July 2019</p>" in Pacific/Auckland.',
      },
      {
        file: 'meetings/data.json',
        problem:
          'differs from line 1: "{\\"startDate\\":\\"1 July 2019\\"}" in America/New_York, "{\\"startDate\\":\\"2 July 2019\\"}" in Pacific/Auckland.',
      },
    ]);
  });

  it('finds no difference when dates are formatted in UTC, as the site does', () => {
    const newYork = buildIn('utc-new-york', 'America/New_York', IN_UTC);
    const auckland = buildIn('utc-auckland', 'Pacific/Auckland', IN_UTC);
    expect(compareBuilds(newYork, auckland)).toEqual([]);
  });

  it('reports a file that only one build has, and refuses a folder with nothing built', () => {
    const one = buildIn('one', 'UTC', IN_UTC);
    const other = buildIn('other', 'UTC', IN_UTC);
    writeFileSync(join(other, 'feed.xml'), '<rss/>');
    expect(compareBuilds(one, other, ['first', 'second'])).toEqual([
      { file: 'feed.xml', problem: 'is only in the second build.' },
    ]);
    mkdirSync(join(work, 'empty'));
    expect(() => compareBuilds(one, join(work, 'empty'))).toThrow(
      `${join(work, 'empty')} has no pages or data files: build the site there before comparing.`,
    );
  });

  it('compares every file, styles, scripts and the search index too, when asked for all of them', () => {
    const one = buildIn('all-one', 'UTC', IN_UTC);
    const other = buildIn('all-other', 'UTC', IN_UTC);
    for (const [dir, colour] of [
      [one, 'navy'],
      [other, 'teal'],
    ] as const) {
      mkdirSync(join(dir, '_astro'));
      writeFileSync(join(dir, '_astro', 'site.css'), `a{color:${colour}}`);
    }
    mkdirSync(join(other, 'pagefind'));
    writeFileSync(join(other, 'pagefind', 'pagefind-entry.json'), '{}');
    expect(compareBuilds(one, other, ['first', 'second'])).toEqual([]);
    expect(compareBuilds(one, other, ['first', 'second'], 'all')).toEqual([
      {
        file: '_astro/site.css',
        problem: 'differs from line 1: "a{color:navy}" in first, "a{color:teal}" in second.',
      },
      { file: 'pagefind/pagefind-entry.json', problem: 'is only in the second build.' },
    ]);
  });
});
