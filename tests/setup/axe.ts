/**
 * axe-core for the browser tests: the servers of the tests serve its script beside the site (`AXE_SCRIPTS`), and
 * `runAxe` (tests/e2e/browser.ts) adds it to a page from there, so that Chromium compiles it once and keeps the code
 * for the pages after, where handing the source to each page costs several times as much.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where a page of a test server finds axe-core, from its origin. */
export const AXE_PATH = '/__tests__/axe.min.js';

/** The file of axe-core's script. */
export const AXE_FILE = require.resolve('axe-core/axe.min.js');

/** The `scripts` option of a test server (see startStaticServer). */
export const AXE_SCRIPTS = { [AXE_PATH]: AXE_FILE };
