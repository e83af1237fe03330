/**
 * Global setup of the build and e2e projects: builds the sites of tests/setup/sites.ts (the real archive at the root,
 * grown and under BASE_PATH=/records, and the fixture records), serves each on 127.0.0.1 with the security headers of
 * its `_headers` file, and hands their addresses to the tests with `provide`. Builds run once per test run, however many
 * projects ask for them.
 *
 * The setup returns as soon as the servers listen, while the sites build, so that the unit tests run meanwhile; a
 * server answers only once its site is built. Each build test file waits for every site first
 * (tests/setup/sites-built.ts), each browser test file for the real archive's (tests/setup/main-site-built.ts).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PHASE_REPORT_ENV } from '../../src/lib/tooling/build-phases.ts';
import { getHeadersForPath, readHeaderRules } from '../../src/lib/tooling/security-headers.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/tooling/static-server.ts';
import { TEST_FILES } from './test-files.ts';
import { astroBuild } from './build.ts';
import { prepareTestContent, SITES, type SiteName } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrls: Record<SiteName, string>;
  }
}

/**
 * Builds the site from scratch, and gives the headers its host would send. A failure is printed here, once, in full;
 * the tests that wait for the site are told where to read it.
 */
async function buildSite(name: SiteName): Promise<(pathname: string) => Readonly<Record<string, string>>> {
  const site = SITES[name];
  rmSync(site.dir, { recursive: true, force: true });
  // A report of an earlier build's phases is not this one's.
  const phaseReport = (site.env as Readonly<Record<string, string>>)[PHASE_REPORT_ENV];
  if (phaseReport) rmSync(phaseReport, { force: true });
  const started = Date.now();
  try {
    // From scratch: the sites under test never reuse pages of an earlier build; incremental builds are checked
    // against builds from scratch in tests/build/incremental.test.ts.
    await astroBuild(site.dir, { env: site.env });
  } catch (error) {
    console.error(`Building the ${name} site failed: ${(error as Error).message}`);
    throw new Error(`The ${name} site did not build: its build's output is printed before the test results.`);
  }
  console.log(`built the ${name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The headers of the built _headers file (a copy of public/_headers), as a host that reads it sends them.
  const rules = await readHeaderRules(join(site.dir, '_headers'));
  return (pathname) => getHeadersForPath(rules, pathname);
}

interface SiteServers {
  servers: Record<SiteName, RunningServer>;
  /** Settles once every build has ended. */
  built: Promise<unknown>;
}

async function buildAndServe(): Promise<SiteServers> {
  const building = {} as Record<SiteName, Promise<(pathname: string) => Readonly<Record<string, string>>>>;
  // The real archive first, alone, so that the browser tests, which wait for it only (main-site-built.ts), start
  // while the others build, side by side (taking turns to bundle, see astroBuild). It needs nothing prepared; the
  // others' content is written while it builds.
  building.main = buildSite('main');
  prepareTestContent();
  const mainEnded = building.main.then(
    () => undefined,
    () => undefined,
  );
  for (const name of Object.keys(SITES) as SiteName[]) building[name] ??= mainEnded.then(() => buildSite(name));
  const servers = {} as Record<SiteName, RunningServer>;
  for (const name of Object.keys(SITES) as SiteName[]) {
    let headersOf: ((pathname: string) => Readonly<Record<string, string>>) | undefined;
    const ready = building[name].then((headers) => (headersOf = headers));
    servers[name] = await startStaticServer({
      dir: SITES[name].dir,
      base: SITES[name].base,
      headers: (pathname) => headersOf!(pathname),
      ready,
      files: TEST_FILES,
    });
  }
  return { servers, built: Promise.allSettled(Object.values(building)) };
}

/**
 * One set of builds and servers per test run. Each project runs this setup in its own module instance, so the
 * shared state lives on `globalThis` of vitest's main process.
 */
interface SharedSites {
  sites: Promise<SiteServers>;
  users: number;
}
const shared = globalThis as typeof globalThis & { __baliProcessSites?: SharedSites };

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.__baliProcessSites ??= { sites: buildAndServe(), users: 0 };
  const shares = shared.__baliProcessSites;
  shares.users += 1;
  const { servers, built } = await shares.sites;
  project.provide(
    'siteUrls',
    Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, server.url])) as Record<SiteName, string>,
  );
  return async () => {
    shares.users -= 1;
    if (shares.users === 0) {
      delete shared.__baliProcessSites;
      await built;
      await Promise.all(Object.values(servers).map((server) => server.close()));
    }
  };
}
