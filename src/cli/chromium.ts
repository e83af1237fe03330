/**
 * Chromium for the browser tests and the search benchmark, driven by playwright-core, headless, with the flags a
 * machine without a display needs, and no network beyond the loopback address the site is served on.
 *
 * Two builds of Debian's Chromium serve: its headless shell (package `chromium-headless-shell`), Chromium's engine
 * without the browser's window and user interface, the build Playwright itself runs headless tests in, which loads a
 * page of this site with about a third less work and renders it with the same Blink; and the whole browser (package
 * `chromium`). `CHROMIUM_PATH` names another executable.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs each build. */
const INSTALLED = { shell: '/usr/bin/chromium-headless-shell', browser: '/usr/bin/chromium' } as const;

/**
 * Starts Chromium, or fails with how to install it.
 * @param prefer the build to start when both are installed: the headless shell for the tests, the whole browser for
 *   the benchmark, which times what a reader's browser does; the other one when only it is installed.
 */
export async function launchBrowser(prefer: keyof typeof INSTALLED = 'shell'): Promise<Browser> {
  const chosen = process.env['CHROMIUM_PATH'];
  const other = prefer === 'shell' ? 'browser' : 'shell';
  const executablePath = chosen || [INSTALLED[prefer], INSTALLED[other]].find((path) => existsSync(path));
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed${chosen ? ` at ${chosen} (CHROMIUM_PATH)` : ''}. Install it with "sudo apt-get install -y chromium-headless-shell" (Debian or Ubuntu; the package chromium works too), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every request to another host goes to a proxy that is not there, so it fails in the browser: the site under
      // test is served on the loopback address, which Chromium never sends through a proxy.
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
}
