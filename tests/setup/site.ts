/**
 * Global setup of the build and e2e projects: builds the real archive twice (at the root, and under
 * BASE_PATH=/records) and a site of fixture records, serves each on 127.0.0.1 with the security headers of its
 * `_headers` file, and hands their addresses to the tests with `provide`. Builds run once per test run, however many
 * projects ask for them.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { getHeadersForPath, readHeaderRules } from '../../src/lib/tooling/security-headers.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/tooling/static-server.ts';
import { prepareTestContent, SITES, type SiteName } from './sites.ts';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrls: Record<SiteName, string>;
  }
}

async function build(name: SiteName): Promise<void> {
  const site = SITES[name];
  rmSync(site.dir, { recursive: true, force: true });
  const started = Date.now();
  try {
    // From scratch (--force): the sites under test never reuse pages of an earlier build; incremental builds are
    // checked against builds from scratch in tests/build/incremental.test.ts.
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', site.dir], {
      // A clean production environment: vitest sets NODE_ENV=test, which would make Vite build in development mode.
      env: { ...withoutVitest(process.env), ...site.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building the ${name} site failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  }
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Variables vitest writes into the environment of its test workers to mirror `import.meta.env`; a build started from
 * a test would read DEV=1 from them and render the pages of the development server.
 */
const IMPORT_META_ENV_MIRROR = new Set(['BASE_URL', 'DEV', 'MODE', 'PROD', 'SSR']);

/** The environment without the variables vitest sets, for a build that runs as `npm run build` would. */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'TEST' && !IMPORT_META_ENV_MIRROR.has(name),
    ),
  );
}

async function buildAndServe(): Promise<Record<SiteName, RunningServer>> {
  const running = {} as Record<SiteName, RunningServer>;
  prepareTestContent();
  // Sequential: builds share Astro's cache folders.
  for (const name of Object.keys(SITES) as SiteName[]) {
    await build(name);
    // The headers of the built _headers file (a copy of public/_headers), as a host that reads it sends them.
    const rules = await readHeaderRules(join(SITES[name].dir, '_headers'));
    running[name] = await startStaticServer({
      dir: SITES[name].dir,
      base: SITES[name].base,
      headers: (pathname) => getHeadersForPath(rules, pathname),
    });
  }
  return running;
}

/**
 * One set of builds and servers per test run. Each project runs this setup in its own module instance, so the
 * shared state lives on `globalThis` of vitest's main process.
 */
interface SharedSites {
  servers: Promise<Record<SiteName, RunningServer>>;
  users: number;
}
const shared = globalThis as typeof globalThis & { __baliProcessSites?: SharedSites };

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.__baliProcessSites ??= { servers: buildAndServe(), users: 0 };
  const sites = shared.__baliProcessSites;
  sites.users += 1;
  const running = await sites.servers;
  project.provide(
    'siteUrls',
    Object.fromEntries(Object.entries(running).map(([name, server]) => [name, server.url])) as Record<SiteName, string>,
  );
  return async () => {
    sites.users -= 1;
    if (sites.users === 0) {
      delete shared.__baliProcessSites;
      await Promise.all(Object.values(running).map((server) => server.close()));
    }
  };
}
