/**
 * Global setup of the build and e2e projects: builds the real archive twice (at the root, and under
 * BASE_PATH=/records) and a site of fixture records, serves each on 127.0.0.1 with the security headers of its
 * `_headers` file, and hands their addresses to the tests with `provide`. Builds run once per test run, however many
 * projects ask for them.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { getHeadersForPath, readHeaderRules } from '../../src/lib/tooling/security-headers.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/tooling/static-server.ts';
import { astroBuild } from './build.ts';
import { prepareTestContent, SITES, type SiteName } from './sites.ts';

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
    // From scratch: the sites under test never reuse pages of an earlier build; incremental builds are checked
    // against builds from scratch in tests/build/incremental.test.ts.
    await astroBuild(site.dir, { env: site.env });
  } catch (error) {
    throw new Error(`Building the ${name} site failed: ${(error as Error).message}`);
  }
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function buildAndServe(): Promise<Record<SiteName, RunningServer>> {
  const running = {} as Record<SiteName, RunningServer>;
  prepareTestContent();
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
