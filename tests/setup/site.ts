/**
 * Global setup of the build and e2e projects: builds the real archive twice (at the root, and under
 * BASE_PATH=/records), serves both on 127.0.0.1 with the site's security headers, and hands their addresses to the
 * tests with `provide`. Builds run once per test run, however many projects ask for them.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type RunningServer } from '../../src/lib/static-server.ts';
import { SITES, type SiteName } from './sites.ts';

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
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site.dir], {
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

/** The environment without the variables vitest sets, for a build that runs as `npm run build` would. */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST'));
}

let servers: Promise<Record<SiteName, RunningServer>> | undefined;
let users = 0;

async function buildAndServe(): Promise<Record<SiteName, RunningServer>> {
  const running = {} as Record<SiteName, RunningServer>;
  // Sequential: builds share Astro's cache folders.
  for (const name of Object.keys(SITES) as SiteName[]) {
    await build(name);
    running[name] = await startStaticServer({ dir: SITES[name].dir, base: SITES[name].base });
  }
  return running;
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  users += 1;
  servers ??= buildAndServe();
  const running = await servers;
  project.provide(
    'siteUrls',
    Object.fromEntries(Object.entries(running).map(([name, server]) => [name, server.url])) as Record<SiteName, string>,
  );
  return async () => {
    users -= 1;
    if (users === 0) await Promise.all(Object.values(running).map((server) => server.close()));
  };
}
