/**
 * `astro build` of this project as the tests run it: as `npm run build` would, without the variables vitest sets, in
 * production mode, into an output folder of the test's own, with the test's environment added.
 *
 * One build at a time reads and writes `.astro/` in the project root, across the test workers and the global setup:
 * Astro writes the imports of the content's images and modules there (whatever the cacheDir) and bundles them, so two
 * builds of different content bundling at once would each take the other's. A lock file in tests/.output makes the
 * others wait until the build that holds it has bundled, when Astro prints that it is generating the static routes;
 * from then on the build reads only its bundle and writes only its outDir (and its own cacheDir). A build into a
 * folder outside the project root keeps the lock to its end: Astro then puts its bundle in `.astro/` too.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lock } from 'proper-lockfile';
import { ROOT } from './sites.ts';

/** The lock every build of the project root holds until it has bundled. */
const BUILD_LOCK = join(ROOT, 'tests', '.output', 'astro-build.lock');

/** What Astro prints once it has bundled the site and starts writing its pages (core/build/generate.js). */
const BUNDLED = 'generating static routes';

/**
 * Variables vitest writes into the environment of its test workers to mirror `import.meta.env`; a build started from
 * a test would read DEV=1 from them and render the pages of the development server.
 */
const IMPORT_META_ENV_MIRROR = new Set(['BASE_URL', 'DEV', 'MODE', 'PROD', 'SSR']);

/** The environment without the variables vitest sets, for a command that runs as it would from npm. */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'TEST' && !IMPORT_META_ENV_MIRROR.has(name),
    ),
  );
}

/** A build that exited with an error: its exit code and everything it printed. */
export class BuildFailure extends Error {
  constructor(
    readonly code: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`astro build exited with code ${code}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  }
}

/** Options of `astroBuild`. */
export interface BuildOptions {
  /** Variables added to the environment (CONTENT_DIR, BASE_PATH, TZ...). */
  env?: Readonly<Record<string, string>>;
  /** From scratch (`--force`, the default), or reusing the pages and content of the build before. */
  fromScratch?: boolean;
}

/**
 * Builds the site into `outDir` once no other build of the project is bundling.
 * @returns what the build printed.
 * @throws BuildFailure when the build exits with an error.
 */
export async function astroBuild(outDir: string, options: BuildOptions = {}): Promise<{ stdout: string }> {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', ...(options.fromScratch === false ? [] : ['--force'])];
  const insideRoot = !relative(ROOT, outDir).startsWith('..');
  mkdirSync(join(BUILD_LOCK, '..'), { recursive: true });
  const release = await lock(ROOT, {
    lockfilePath: BUILD_LOCK,
    retries: { forever: true, minTimeout: 100, maxTimeout: 500 },
  });
  let released = false;
  const releaseOnce = async () => {
    if (released) return;
    released = true;
    await release();
  };
  try {
    const child = spawn(process.execPath, [...args, '--outDir', outDir], {
      cwd: ROOT,
      env: { ...withoutVitest(process.env), ...options.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let stdout = '';
    let stderr = '';
    let releasing: Promise<void> | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (insideRoot && !releasing && stdout.includes(BUNDLED)) releasing = releaseOnce();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => resolve(exitCode ?? 1));
    });
    if (code !== 0) throw new BuildFailure(code, stdout, stderr);
    return { stdout };
  } finally {
    await releaseOnce();
  }
}
