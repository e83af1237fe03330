/**
 * Files the test servers serve beside the site (`TEST_FILES`, the `files` option of startStaticServer), under the
 * site's own headers:
 * - axe-core, which `runAxe` (tests/e2e/browser.ts) adds to a page from there, so that Chromium compiles it once and
 *   keeps the code for the pages after, where handing the source to each page costs several times as much;
 * - an empty page, where a browser test leaves a page it is done with. It has the site's origin and
 *   Cross-Origin-Opener-Policy, so the next test's first address on the site opens in the same renderer; from
 *   `about:blank`, which has neither, Chromium starts a new renderer process for every page the tests open.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Where the test servers serve these files, from the origin: a path no site has. */
export const TEST_FILES_PATH = '/__tests__/';

/** Where a page of a test server finds axe-core, from its origin. */
export const AXE_PATH = `${TEST_FILES_PATH}axe.min.js`;

/** The file of axe-core's script. */
export const AXE_FILE = require.resolve('axe-core/axe.min.js');

/** Where a test server serves the empty page, from its origin. */
export const BLANK_PATH = `${TEST_FILES_PATH}blank.html`;

/** The `files` option of a test server (see startStaticServer). */
export const TEST_FILES = {
  [AXE_PATH]: AXE_FILE,
  [BLANK_PATH]: fileURLToPath(new URL('blank.html', import.meta.url)),
};
