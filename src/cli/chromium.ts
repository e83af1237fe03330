/**
 * Chromium for the browser tests and the search benchmark: Debian's `/usr/bin/chromium` (or `CHROMIUM_PATH`) driven
 * by playwright-core, headless, with the flags a machine without a display needs, and no network beyond the loopback
 * address the site is served on.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Starts Chromium, or fails with how to install it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
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
