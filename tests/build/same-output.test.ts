/**
 * Same output everywhere (case C1): the real archive built twice from the same commit, on a machine clock in New
 * York (UTC−4/−5) and one in Auckland (UTC+12/+13), where midnight UTC falls on different days, gives byte-identical
 * pages, sitemaps and data files; so does the main build, made on this machine's own clock.
 *
 * Each build reads its own copy of content/ (CONTENT_DIR), so that each has its own Astro cache (see getCacheDir) and
 * neither reuses records parsed under the other's clock.
 */
import { execFile } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/lib/tooling/compare-builds.ts';
import { withoutVitest } from '../setup/site.ts';
import { ROOT, SITES } from '../setup/sites.ts';

const run = promisify(execFile);
const TIME_ZONES = ['America/New_York', 'Pacific/Auckland'] as const;
const output = (name: string) => join(ROOT, 'tests', '.output', name);
const folder = (timeZone: string) => timeZone.split('/')[1]!.toLowerCase().replace('_', '-');

/** Builds the real archive with the main site's settings on a clock in `timeZone`; returns the build folder. */
async function buildIn(timeZone: string): Promise<string> {
  const content = output(`tz-content-${folder(timeZone)}`);
  const dir = output(`tz-${folder(timeZone)}`);
  rmSync(content, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  try {
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir], {
      cwd: ROOT,
      env: {
        ...withoutVitest(process.env),
        ...SITES.main.env,
        CONTENT_DIR: content,
        TZ: timeZone,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building in ${timeZone} failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  }
  return dir;
}

const dirs: string[] = [];
beforeAll(async () => {
  // One after the other: the machine has two cores, and other tests run meanwhile.
  for (const timeZone of TIME_ZONES) dirs.push(await buildIn(timeZone));
}, 600_000);

describe('two builds of the same commit in different time zones', () => {
  it('give byte-identical pages, sitemaps and data files', () => {
    expect(compareBuilds(dirs[0]!, dirs[1]!, TIME_ZONES).map(({ file, problem }) => `${file} ${problem}`)).toEqual([]);
  });

  it('agree with the main build, made on this machine’s clock', () => {
    expect(
      compareBuilds(SITES.main.dir, dirs[0]!, ['main', TIME_ZONES[0]]).map(({ file, problem }) => `${file} ${problem}`),
    ).toEqual([]);
  });
});
