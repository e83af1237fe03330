/**
 * One canonical address: a site built with a public address names no loopback address in any file it publishes
 * (pages, data files, feed, calendar, citations, sitemap, search index), and a build to publish (CI=true) without a
 * public address stops before building anything, with one sentence.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getDeploySettings, getPublicAddressProblem } from '../../src/lib/site/deploy.ts';
import { astroBuild, type BuildFailure } from '../setup/build.ts';
import { ARCHIVE_SITES, ROOT, SITES } from '../setup/sites.ts';

const LOOPBACK = /\b(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|0\.0\.0\.0)\b|\[::1\]/;

/** Every file of a built site as text (Pagefind's gzipped index files unzipped), by path. */
function* readFiles(dir: string): Generator<[string, string]> {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) {
    const path = join(dir, name);
    if (!existsSync(path) || !/\.[a-z0-9]+$/i.test(name) || /\.(png|jpe?g|webp|avif|gif|ico|wasm)$/i.test(name))
      continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    yield [relative(dir, path), text];
  }
}

describe.each(ARCHIVE_SITES)('the %s archive, built with a public address', (site) => {
  it('names no loopback address in any file', () => {
    const named: string[] = [];
    let files = 0;
    for (const [file, text] of readFiles(SITES[site].dir)) {
      files += 1;
      const found = LOOPBACK.exec(text);
      if (found) named.push(`${file}: ${text.slice(Math.max(0, found.index - 60), found.index + 40)}`);
    }
    expect(files).toBeGreaterThan(300);
    expect(named).toEqual([]);
  });
});

describe('a build to publish without a public address', () => {
  it('stops before building anything, with one sentence saying what to set', async () => {
    const outDir = join(ROOT, 'tests', '.output', 'no-public-address');
    rmSync(outDir, { recursive: true, force: true });
    const env = { SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: '', CI: 'true' };
    const failure = await astroBuild(outDir, { env, fromScratch: false }).then(
      () => undefined,
      (error: BuildFailure) => error,
    );
    expect(failure, 'the build should have failed').toBeDefined();
    expect(failure!.code).toBe(1);
    const sentence = getPublicAddressProblem(getDeploySettings(env), env)!;
    expect(sentence).toMatch(/^This build is for publishing \(CI is set\) but has no public address/);
    expect(`${failure!.stdout}${failure!.stderr}`).toContain(sentence);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 60_000);
});
