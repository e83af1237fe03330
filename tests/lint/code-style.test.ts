/**
 * The code style checks of `npm run lint`, run with the other tests: ESLint and Prettier, each over the whole project
 * as its config and ignore files say (eslint.config.js, .prettierrc.json, .prettierignore), find nothing to report. A
 * failure shows what the tool printed; `npm run format` fixes what it can.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/sites.ts';

const run = promisify(execFile);

/** What the tool printed when it found something, or '' when it exited cleanly. */
async function report(script: string, args: string[]): Promise<string> {
  return run(process.execPath, [script, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string; stderr?: string; message: string }) =>
      `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message,
  );
}

// The two tools run side by side.
describe.concurrent('the code style', () => {
  it('has nothing ESLint reports (npm run lint)', async () => {
    expect(await report('node_modules/eslint/bin/eslint.js', ['.'])).toBe('');
  });

  it('is formatted as Prettier formats it (npm run lint)', async () => {
    expect(await report('node_modules/prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.'])).toBe('');
  });
});
