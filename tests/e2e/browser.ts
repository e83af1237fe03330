/**
 * Chromium for the browser tests (src/cli/chromium.ts), started once per test worker by `useBrowser`. Every page opened
 * through `openPage` records console errors, page errors, failed requests, HTTP errors, Content-Security-Policy
 * violations and any request to another origin, so tests can assert they are all empty. Requests to other origins
 * and policy violations are also kept for `takeUnexpected`, which fails every browser test that saw one
 * (tests/setup/e2e-guard.ts).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { launchBrowser } from '../../src/cli/chromium.ts';
import { AXE_FILE, AXE_PATH, BLANK_PATH, TEST_FILES_PATH } from '../setup/test-files.ts';

/**
 * The Chromium of this test worker: started by the first test file that asks for it and kept for the files after it
 * (the e2e project keeps its modules from one file to the next), with the pages they gave back. Playwright closes it
 * when the worker exits.
 */
let running: Promise<Browser> | undefined;

/**
 * Gives the calling file the worker's Chromium (`running`), started before its tests if it is not running.
 * @returns a getter for the browser, to call inside tests and hooks; it throws if Chromium has not started.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (running && !(await running.catch(() => undefined))?.isConnected()) running = undefined;
    browser = await (running ??= launchBrowser());
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started: call the getter inside a test or hook.');
    return browser;
  };
}

/** What went wrong while a page was open. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  httpErrors: string[];
  foreignRequests: string[];
  /** What the Content-Security-Policy blocked: directive, then the address or `inline`. */
  policyViolations: string[];
}

/** Requests to other origins and policy violations of every guarded page since the last `takeUnexpected`. */
const unexpected: string[] = [];

/** Returns, and forgets, the requests to other origins and policy violations seen since the last call. */
export function takeUnexpected(): string[] {
  return unexpected.splice(0);
}

/** A page that records its problems. */
export interface LoggedPage {
  page: Page;
  context: BrowserContext;
  log: PageLog;
  /**
   * Done with the page: it is left on an empty page of its origin and kept for the next test that opens one with the
   * same context options.
   */
  close(): Promise<void>;
}

/** Asserts that the page logged no error, failed request, HTTP error, request to another origin or policy violation. */
export function expectClean({ log }: LoggedPage): void {
  expect([
    ...log.consoleErrors,
    ...log.pageErrors,
    ...log.failedRequests,
    ...log.httpErrors,
    ...log.foreignRequests,
    ...log.policyViolations,
  ]).toEqual([]);
}

/** Context options a page takes on, and is reset to, after it was made; any other option needs a context made with it. */
const LATE_OPTIONS = new Set(['viewport', 'colorScheme', 'reducedMotion', 'forcedColors']);
/** Playwright's defaults for the options a page is reset to when it is opened again. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

/** A page kept open between tests, and who reads what it reports now. */
interface KeptPage {
  page: Page;
  context: BrowserContext;
  /** The origin the test that has the page, or had it last, works on. */
  origin?: string;
  /** The policy-violation report of the test that has the page, if one has it. */
  report?: ((text: string) => void) | undefined;
}

/**
 * For each browser and each set of context options that a page cannot take on later, one context and the pages
 * closed in it, waiting to be opened again: starting a page costs Chromium several times what loading one does.
 */
const keptPages = new WeakMap<Browser, Map<string, { context: Promise<BrowserContext>; idle: KeptPage[] }>>();

/** A page for a test (kept or new) with these options, and how to give it back. */
async function takePage(
  browser: Browser,
  options: ContextOptions,
): Promise<{ kept: KeptPage; release: () => Promise<void> }> {
  const fixed = Object.fromEntries(Object.entries(options).filter(([option]) => !LATE_OPTIONS.has(option)));
  const key = JSON.stringify(fixed);
  let byOptions = keptPages.get(browser);
  if (!byOptions) keptPages.set(browser, (byOptions = new Map()));
  let kept = byOptions.get(key);
  if (!kept) byOptions.set(key, (kept = { context: browser.newContext(fixed), idle: [] }));
  let taken = kept.idle.pop();
  if (!taken) {
    const context = await kept.context;
    const made: KeptPage = { context, page: await context.newPage() };
    await made.page.exposeBinding('__reportPolicyViolation', (_source, text: string) => made.report?.(text));
    await made.page.addInitScript(() => {
      window.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportPolicyViolation(text: string): void }).__reportPolicyViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
      });
    });
    taken = made;
  }
  const { viewport, colorScheme, reducedMotion, forcedColors } = options;
  await taken.page.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
  await taken.page.emulateMedia({
    media: null,
    colorScheme: colorScheme ?? 'light',
    reducedMotion: reducedMotion ?? 'no-preference',
    forcedColors: forcedColors ?? 'none',
  });
  const { idle } = kept;
  const page = taken;
  const release = async () => {
    page.report = undefined;
    if (page.page.isClosed()) return;
    try {
      await page.page.removeAllListeners();
      await page.page.unrouteAll({ behavior: 'ignoreErrors' });
      // The test server's empty page, of the origin the test used (see tests/setup/test-files.ts), else about:blank.
      const blank = page.origin ? await page.page.goto(`${page.origin}${BLANK_PATH}`).catch(() => null) : null;
      if (!blank?.ok()) await page.page.goto('about:blank');
      idle.push(page);
    } catch {
      // A page that cannot be blanked (it crashed, or the browser is closing) is not kept.
    }
  };
  return { kept: page, release };
}

/**
 * Opens a page that logs problems; requests to any origin but `origin` are recorded (and refused by Chromium). The
 * page may have served an earlier test (see `LoggedPage.close`): it starts blank, with these options and nothing of
 * that test's listeners or routes, and with the browser's cache of what the site sent.
 * @param options passed to `browser.newContext` (viewport, colour scheme, reduced motion, ...).
 * @param guarded whether requests to other origins and policy violations also fail the test (see `takeUnexpected`);
 *   only the tests of the gates themselves, which load broken pages on purpose, pass `false`.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: ContextOptions = {},
  guarded = true,
): Promise<LoggedPage> {
  const { kept: taken, release } = await takePage(browser, options);
  taken.origin = origin;
  const { page, context } = taken;
  const log: PageLog = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    httpErrors: [],
    foreignRequests: [],
    policyViolations: [],
  };
  // Requests to other origins are recorded as they start; Chromium refuses them itself (see launchBrowser), so the
  // page needs no route, which would also turn off its cache. One the Content-Security-Policy stops never leaves the
  // browser: it is taken back when it fails (and the policy violation is recorded instead). The test servers' own
  // files are not the site's: the empty page a page was left on may still load its icon from its origin.
  const escapedOrigin = origin.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
  const elsewhere = new RegExp(
    `^(?!${escapedOrigin}(?:[/?#]|$)|data:|blob:|http://127\\.0\\.0\\.1:\\d+${TEST_FILES_PATH})`,
  );
  const foreign = (url: string) => `request to another origin: ${url}`;
  page.on('request', (request) => {
    const url = request.url();
    if (!elsewhere.test(url)) return;
    log.foreignRequests.push(url);
    if (guarded) unexpected.push(foreign(url));
  });
  const takeBack = (url: string) => {
    log.foreignRequests.splice(log.foreignRequests.indexOf(url), 1);
    if (guarded && unexpected.includes(foreign(url))) unexpected.splice(unexpected.indexOf(foreign(url)), 1);
  };
  taken.report = (text) => {
    log.policyViolations.push(text);
    if (guarded) unexpected.push(`Content-Security-Policy violation: ${text}`);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    const url = request.url();
    const error = request.failure()?.errorText ?? 'failed';
    // A request the browser gave up because the test moved on (a favicon still loading when the next page opens) is
    // not a fault of the site; a missing file shows as an HTTP error, a refused one as a foreign request.
    if (error === 'net::ERR_ABORTED') return;
    if (error === 'csp' && log.foreignRequests.includes(url)) takeBack(url);
    if (!log.foreignRequests.includes(url)) log.failedRequests.push(`${url} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  return { page, context, log, close: release };
}

/** Opens a logging page (`openPage`) at an address, guarded, with the given context options. */
export async function openAt(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<LoggedPage> {
  const logged = await openPage(browser, new URL(url).origin, options);
  await logged.page.goto(url);
  return logged;
}

/** axe-core's source, for a page whose server does not serve its script (see tests/setup/test-files.ts). */
const AXE_SOURCE = readFileSync(AXE_FILE, 'utf8');

/** The WCAG 2.2 A and AA rule tags axe runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page and returns its violations as short strings (rule, impact, first targets). */
export async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: AXE_PATH }).catch(() => page.evaluate(AXE_SOURCE));
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    // Only violations are read; leaving out the passes and incomplete results makes each run faster.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
  }, WCAG_TAGS);
  return violations;
}
