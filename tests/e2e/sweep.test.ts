/**
 * The accessibility sweep: axe-core (WCAG 2.2 A and AA) on the pages of the built sitemap that between them hold every
 * kind of element the site has (every page of a route of its own, and a covering sample of each route with a page per
 * record, topic, country…: `sweep-sample.ts`) and the not-found page, in one browser and under the site's security
 * headers; each page loads with no error and asks no other site for anything (the search page with results and its
 * filters open is swept in search-filters.test.ts, in both colour schemes). Record pages, whose text is their own,
 * are also read on a 320 px wide screen and with text at 200 %, where nothing may scroll sideways (WCAG 1.4.10
 * Reflow, 1.4.4 Resize Text): those that between them hold every kind of element, the one where each kind holds its
 * longest word, and the three with the least text (`sampleByText`).
 *
 * The pages are swept once, two at a time, in `beforeAll`; each test then asserts one part of what was found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getSitemapUrls, listRecordFiles } from '../build/helpers.ts';
import { SITES } from '../setup/sites.ts';
import { openPage, runAxe, useBrowser, type LoggedPage, type PageLog } from './browser.ts';
import { elementKinds, measureText, routeOf, sampleByText, samplePages } from './sweep-sample.ts';

const origin = new URL(inject('siteUrls').main).origin;
/** Every page of the sitemap, as paths on the test server, and the not-found page, which no sitemap lists. */
const PATHS = [...getSitemapUrls('main').map((url) => new URL(url).pathname), '/404.html'];
const fileOf = (path: string) => join(SITES.main.dir, path.endsWith('.html') ? path : `${path}index.html`);
const { chosen: AXE_PATHS, kindsByRoute } = samplePages(PATHS.map((path) => ({ path, file: fileOf(path) })));
const isRecord = (path: string) => /^\/meetings\/[^/]+\/$/.test(path);
const RECORD_PATHS = PATHS.filter(isRecord);
/** How many of the record pages with the least text are read. */
const LEAST_TEXT = 3;
/** The record pages read on a narrow screen, with large text, and for the height of "Cite this record". */
const READ_PATHS = sampleByText(
  RECORD_PATHS.map((path) => ({ path, file: fileOf(path) })),
  LEAST_TEXT,
);
const isRead = (path: string) => READ_PATHS.includes(path);
const DESKTOP = { width: 1280, height: 800 };
/** Two pages at a time: the machine has two cores, and a page waits on the server while the other runs axe. */
const TABS = 2;
/** The whole sweep's time limit: two seconds a page it opens, never less than 200 s. */
const SWEEP_TIMEOUT = Math.max(200_000, new Set([...AXE_PATHS, ...READ_PATHS]).size * 2_000);

const browser = useBrowser();
const tabs: LoggedPage[] = [];
const swept: string[] = [];
const axeFindings: string[] = [];
const reflow: string[] = [];
const textResize: string[] = [];
/** Per record page read, on a desktop screen: the height of "Cite this record" and of the whole page, in CSS pixels. */
const citationHeights: Array<{ path: string; block: number; page: number }> = [];
let bodyTextAtDouble = '';

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
const sidewaysScroll = (tab: LoggedPage) =>
  tab.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function sweep(tab: LoggedPage, queue: string[]): Promise<void> {
  const axe = new Set(AXE_PATHS);
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const { page } = tab;
    await page.setViewportSize(DESKTOP);
    // The search page starts loading its index at once; let it finish, so that leaving it aborts no request.
    await page.goto(`${origin}${path}`, { waitUntil: path === '/search/' ? 'networkidle' : 'load' });
    if (axe.has(path)) for (const violation of await runAxe(page)) axeFindings.push(`${path}: ${violation}`);
    swept.push(path);
    if (!isRead(path)) continue;
    citationHeights.push({
      path,
      ...(await page.evaluate(() => ({
        block: document.querySelector('.bp-cite')?.getBoundingClientRect().height ?? 0,
        page: document.documentElement.scrollHeight,
      }))),
    });
    await page.setViewportSize({ width: 320, height: 640 });
    const narrow = await sidewaysScroll(tab);
    if (narrow > 0) reflow.push(`${path} scrolls ${narrow} px sideways at 320 px`);
    await page.setViewportSize(DESKTOP);
    // The reader's own text size is the root font size, which every size on the site is relative to.
    bodyTextAtDouble = await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
      return getComputedStyle(document.body).fontSize;
    });
    const large = await sidewaysScroll(tab);
    if (large > 0) textResize.push(`${path} scrolls ${large} px sideways with text at 200 %`);
  }
}

beforeAll(async () => {
  for (let index = 0; index < TABS; index += 1) tabs.push(await openPage(browser(), origin, { viewport: DESKTOP }));
  const queue = PATHS.filter((path) => AXE_PATHS.includes(path) || isRead(path));
  await Promise.all(tabs.map((tab) => sweep(tab, queue)));
}, SWEEP_TIMEOUT);

describe('the accessibility sweep of the sitemap', () => {
  it('runs axe on every page of a route of its own and on pages of each other route that hold all its kinds of element', () => {
    expect(PATHS.length).toBeGreaterThan(150);
    expect(PATHS).toEqual(
      expect.arrayContaining(['/', '/meetings/', '/search/', '/about/', '/accessibility/', '/data/', '/404.html']),
    );
    const routes = new Set(PATHS.map(routeOf));
    expect(routes).toEqual(new Set(kindsByRoute.keys()));
    for (const route of routes) {
      const sampled = AXE_PATHS.filter((path) => routeOf(path) === route);
      const pages = PATHS.filter((path) => routeOf(path) === route);
      if (pages.length === 1) expect(sampled).toEqual(pages);
      const found = new Set(sampled.flatMap((path) => [...elementKinds(readFileSync(fileOf(path), 'utf8'))]));
      expect(
        [...kindsByRoute.get(route)!].filter((kind) => !found.has(kind)),
        route,
      ).toEqual([]);
    }
    expect(swept.filter((path) => AXE_PATHS.includes(path)).sort()).toEqual([...AXE_PATHS].sort());
  });

  it('reads the record pages that hold every kind of element, the longest word of each, and the least text', () => {
    expect(RECORD_PATHS).toHaveLength(listRecordFiles('main').length);
    const measured = new Map(RECORD_PATHS.map((path) => [path, measureText(readFileSync(fileOf(path), 'utf8'))]));
    const widest = (paths: string[]) => {
      const longest = new Map<string, number>();
      for (const path of paths) {
        for (const [kind, length] of measured.get(path)!.longestWord) {
          longest.set(kind, Math.max(length, longest.get(kind) ?? 0));
        }
      }
      return longest;
    };
    expect(widest(READ_PATHS)).toEqual(widest(RECORD_PATHS));
    const byText = [...RECORD_PATHS].sort((a, b) => measured.get(a)!.characters - measured.get(b)!.characters);
    expect(READ_PATHS).toEqual(expect.arrayContaining(byText.slice(0, LEAST_TEXT)));
    const kinds = (paths: string[]) =>
      new Set(paths.flatMap((path) => [...elementKinds(readFileSync(fileOf(path), 'utf8'))]));
    expect(kinds(READ_PATHS)).toEqual(kinds(RECORD_PATHS));
    expect(swept.filter(isRead).sort()).toEqual([...READ_PATHS].sort());
  });

  it('finds no axe violation on any page it runs on', () => {
    expect(axeFindings).toEqual([]);
  });

  it('meets no page error, failed request or request to another site on any page', () => {
    const problems = (log: PageLog) => [
      ...log.consoleErrors,
      ...log.pageErrors,
      ...log.failedRequests,
      ...log.httpErrors,
      ...log.foreignRequests,
      ...log.policyViolations,
    ];
    expect(tabs.flatMap((tab) => problems(tab.log))).toEqual([]);
  });
});

describe('"Cite this record" on a desktop screen', () => {
  it('takes at most a sixth of the height of each record page read', () => {
    expect(citationHeights).toHaveLength(READ_PATHS.length);
    expect(citationHeights.every(({ block }) => block > 0)).toBe(true);
    const tall = citationHeights.filter(({ block, page }) => block > page / 6);
    expect(tall.map(({ path, block, page }) => `${path}: ${block} of ${page} px`)).toEqual([]);
  });
});

describe('record pages on small screens and with large text', () => {
  it('fit a 320 px wide screen with nothing to scroll sideways (WCAG 1.4.10 Reflow)', () => {
    expect(reflow).toEqual([]);
  });

  it('keep every line in view with text at 200 % (WCAG 1.4.4 Resize Text)', () => {
    // Body text is 1.0625 rem: 17 px at the default size, 34 px at 200 %.
    expect(bodyTextAtDouble).toBe('34px');
    expect(textResize).toEqual([]);
  });
});
