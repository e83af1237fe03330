import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  getDeploySettings,
  getPublicAddressProblem,
  isLoopbackHost,
  isProductionBuild,
} from '../../src/lib/site/deploy.ts';
import { PUBLIC_ADDRESS, REPOSITORY } from '../../src/lib/site/site.ts';

describe('deploy settings', () => {
  it("default to the archive's public address, its path as the base path", () => {
    expect(getDeploySettings({}, 'https://example.github.io/records/')).toEqual({
      site: 'https://example.github.io',
      base: '/records/',
      isPublic: true,
    });
  });

  it('take the public address from the one setting, the GitHub Pages address of the repository', () => {
    const [owner, name] = REPOSITORY.split('/');
    expect(PUBLIC_ADDRESS).toBe(`https://${owner}.github.io/${name}/`);
    expect(getDeploySettings({})).toEqual({ site: `https://${owner}.github.io`, base: `/${name}/`, isPublic: true });
  });

  it('let SITE_URL override the public address, with BASE_PATH or the root as its path', () => {
    expect(getDeploySettings({ SITE_URL: 'https://example.org' }, 'https://example.github.io/records/')).toEqual({
      site: 'https://example.org',
      base: '/',
      isPublic: true,
    });
    expect(getDeploySettings({ BASE_PATH: '/other' }, 'https://example.github.io/records/').base).toBe('/other/');
  });

  it('fall back to the local server, and say it is not public, when there is no public address at all', () => {
    expect(getDeploySettings({}, '')).toEqual({ site: 'http://127.0.0.1:4321', base: '/', isPublic: false });
    expect(getDeploySettings({ SITE_URL: 'http://localhost:4321' }).isPublic).toBe(false);
  });

  it('normalise BASE_PATH with or without slashes', () => {
    expect(getDeploySettings({ SITE_URL: 'https://example.org', BASE_PATH: 'records' }).base).toBe('/records/');
    expect(getDeploySettings({ SITE_URL: 'https://example.org', BASE_PATH: '/records/' }).base).toBe('/records/');
    expect(getDeploySettings({ SITE_URL: 'https://example.org', BASE_PATH: '/a/b' }).base).toBe('/a/b/');
  });

  it('refuse a SITE_URL with a path, saying to move the path to BASE_PATH', () => {
    expect(() => getDeploySettings({ SITE_URL: 'https://example.github.io/records' })).toThrow(
      'SITE_URL "https://example.github.io/records" has a path. Give only the origin and put the path in BASE_PATH, e.g. SITE_URL=https://example.github.io BASE_PATH=/records',
    );
  });

  it('refuse a SITE_URL that is not a web address', () => {
    expect(() => getDeploySettings({ SITE_URL: 'records.example.org' })).toThrow(
      'SITE_URL "records.example.org" is not a web address. Set it like SITE_URL=https://example.org',
    );
  });
});

describe('a build to publish', () => {
  it('is a build in CI', () => {
    expect(isProductionBuild({ CI: 'true' })).toBe(true);
    expect(isProductionBuild({ CI: '1' })).toBe(true);
    expect(isProductionBuild({ CI: 'false' })).toBe(false);
    expect(isProductionBuild({})).toBe(false);
  });

  it('knows a loopback address', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'records.localhost', '[::1]', '0.0.0.0']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['example.org', '128.0.0.1', 'localhost.example.org']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('stops with one sentence when it has no public address, and not otherwise', () => {
    const sentence =
      'This build is for publishing (CI is set) but has no public address, so its pages, data files, feeds and citations would name http://127.0.0.1:4321: set SITE_URL to the origin the archive is published at and BASE_PATH to its path, if any (e.g. SITE_URL=https://example.org BASE_PATH=/records), or PUBLIC_ADDRESS in src/lib/site/site.ts.';
    expect(getPublicAddressProblem(getDeploySettings({}, ''), { CI: 'true' })).toBe(sentence);
    expect(getPublicAddressProblem(getDeploySettings({ SITE_URL: 'http://127.0.0.1:4321' }), { CI: 'true' })).toBe(
      sentence,
    );
    expect(getPublicAddressProblem(getDeploySettings({}, ''), {})).toBeUndefined();
    expect(getPublicAddressProblem(getDeploySettings({}), { CI: 'true' })).toBeUndefined();
  });
});

describe('the deploy workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, string>;
  }
  const workflow = parse(readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8')) as {
    jobs: { build: { steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;
  const cacheIndex = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
  const cache = steps[cacheIndex]!;
  const key = cache.with?.['key'] ?? '';
  const restoreKeys = (cache.with?.['restore-keys'] ?? '').split('\n').filter(Boolean);

  it("keeps Astro's cache folder between deploys", () => {
    expect(cacheIndex).toBeGreaterThan(-1);
    expect(cache.with?.['path']).toBe('node_modules/.astro');
  });

  it('restores it after npm ci, which empties node_modules, and before the build that uses it', () => {
    const install = steps.findIndex((step) => step.run === 'npm ci');
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(install).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(-1);
    expect(install).toBeLessThan(cacheIndex);
    expect(cacheIndex).toBeLessThan(build);
  });

  it('keys it by the lock file and by the code, so that a change to either starts clean', () => {
    const hashes = [...key.matchAll(/hashFiles\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(hashes.some((files) => files.includes("'package-lock.json'"))).toBe(true);
    expect(hashes.some((files) => files.includes("'src/**'") && files.includes("'astro.config.mjs'"))).toBe(true);
    // Content is not code: a changed record must reuse the cache, not start clean.
    expect(hashes.every((files) => !files.includes('content'))).toBe(true);
  });

  it('restores only a cache made with the same lock file and code: the key up to its run id', () => {
    expect(restoreKeys).toHaveLength(1);
    const [prefix] = restoreKeys;
    expect(key.endsWith('${{ github.run_id }}')).toBe(true);
    expect(key.slice(0, -'${{ github.run_id }}'.length)).toBe(prefix);
    for (const files of ["'package-lock.json'", "'src/**'"]) expect(prefix).toContain(files);
  });
});
