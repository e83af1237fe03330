/**
 * Chromium for the browser tests (src/cli/chromium.ts), started once per test file by `useBrowser`. Every page opened
 * through `openPage` records console errors, page errors, failed requests, HTTP errors, Content-Security-Policy
 * violations and any request to another origin, so tests can assert they are all empty. Requests to other origins
 * and policy violations are also kept for `takeUnexpected`, which fails every browser test that saw one
 * (tests/setup/e2e-guard.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from '../../src/cli/chromium.ts';

/**
 * Starts Chromium before the tests of the calling file and closes it after them.
 * @returns a getter for the running browser, to call inside tests and hooks; it throws if Chromium has not started.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
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

/** Context options a page takes on after it was made; any other option needs a context made with it. */
const LATE_OPTIONS = new Set(['viewport', 'colorScheme', 'reducedMotion', 'forcedColors']);

/** For each browser, a context and page made ahead, while the test before runs: starting a page takes a while. */
const spares = new WeakMap<Browser, Promise<{ context: BrowserContext; page: Page }>>();

function makeSpare(browser: Browser): void {
  const made = browser.newContext().then(async (context) => ({ context, page: await context.newPage() }));
  // A spare still being made when the browser closes is never used.
  made.catch(() => undefined);
  spares.set(browser, made);
}

/** A fresh context and page with these options: the spare, set to them, when it can take them, or a new one. */
async function takePage(
  browser: Browser,
  options: NonNullable<Parameters<Browser['newContext']>[0]>,
): Promise<{ context: BrowserContext; page: Page }> {
  if (!Object.keys(options).every((option) => LATE_OPTIONS.has(option))) {
    const context = await browser.newContext(options);
    return { context, page: await context.newPage() };
  }
  if (!spares.has(browser)) makeSpare(browser);
  const taken = await spares.get(browser)!;
  makeSpare(browser);
  const { viewport, colorScheme, reducedMotion, forcedColors } = options;
  if (viewport) await taken.page.setViewportSize(viewport);
  await taken.page.emulateMedia({
    ...(colorScheme !== undefined ? { colorScheme } : {}),
    ...(reducedMotion !== undefined ? { reducedMotion } : {}),
    ...(forcedColors !== undefined ? { forcedColors } : {}),
  });
  return taken;
}

/**
 * Opens a new context and page that logs problems; requests to any origin but `origin` are recorded and blocked.
 * @param options passed to `browser.newContext` (viewport, colour scheme, reduced motion, ...).
 * @param guarded whether requests to other origins and policy violations also fail the test (see `takeUnexpected`);
 *   only the tests of the gates themselves, which load broken pages on purpose, pass `false`.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
  guarded = true,
): Promise<LoggedPage> {
  const { context, page } = await takePage(browser, options);
  const log: PageLog = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    httpErrors: [],
    foreignRequests: [],
    policyViolations: [],
  };
  // Only requests to other origins are routed (and refused); the site's own go straight to its server.
  const escapedOrigin = origin.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
  const elsewhere = new RegExp(`^(?!${escapedOrigin}(?:[/?#]|$)|data:|blob:)`);
  await context.route(elsewhere, async (route) => {
    const url = route.request().url();
    log.foreignRequests.push(url);
    if (guarded) unexpected.push(`request to another origin: ${url}`);
    await route.abort();
  });
  await context.exposeBinding('__reportPolicyViolation', (_source, text: string) => {
    log.policyViolations.push(text);
    if (guarded) unexpected.push(`Content-Security-Policy violation: ${text}`);
  });
  await context.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportPolicyViolation(text: string): void }).__reportPolicyViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    // A request the browser gave up because the test moved on (a favicon still loading when the next page opens) is
    // not a fault of the site; a missing file shows as an HTTP error, a refused one as a foreign request.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (!log.foreignRequests.includes(request.url())) {
      log.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  return { page, context, log };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rule tags axe runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page and returns its violations as short strings (rule, impact, first targets). */
export async function runAxe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
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
