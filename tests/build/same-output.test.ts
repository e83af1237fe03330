/**
 * Same output everywhere: dates are calendar days, never shifted by the build machine's clock. The fixtures site
 * (records at day, month and year precision, and undated) is built on a clock in New York (UTC−4/−5) by the test
 * setup, and here again on a clock in Auckland (UTC+12/+13), where midnight UTC falls on a different day; every page,
 * sitemap and data file must be byte-identical.
 *
 * The second build reads its own copy of the content (CONTENT_DIR), so it has its own Astro cache (see getCacheDir),
 * and starts from scratch (--force): it reuses nothing parsed or rendered under the other clock.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/lib/tooling/compare-builds.ts';
import { astroBuild } from '../setup/build.ts';
import { ROOT, SITES } from '../setup/sites.ts';

const output = (name: string) => join(ROOT, 'tests', '.output', name);
const content = output('fixture-content-auckland');
const auckland = output('fixtures-auckland');

beforeAll(async () => {
  rmSync(content, { recursive: true, force: true });
  rmSync(auckland, { recursive: true, force: true });
  cpSync(SITES.fixtures.contentDir, content, { recursive: true });
  await astroBuild(auckland, { env: { ...SITES.fixtures.env, CONTENT_DIR: content, TZ: 'Pacific/Auckland' } });
}, 600_000);

describe('the same records built in New York and in Auckland', () => {
  it('give byte-identical pages, sitemaps and data files', () => {
    const differences = compareBuilds(SITES.fixtures.dir, auckland, ['New York', 'Auckland']);
    expect(differences.map(({ file, problem }) => `${file} ${problem}`)).toEqual([]);
  });
});
