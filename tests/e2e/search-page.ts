/**
 * Driving the search page in tests: wait until a given search is on screen (the page marks its results section with
 * the search's query string once the first page of results is drawn), and read its results.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { EMPTY_STATE, writeState, type SearchState } from '../../src/lib/search/search-state.ts';
import { openAt, type LoggedPage } from './browser.ts';

/** How many results the page draws as soon as a search is done; the others when they come near the screen. */
export const FIRST_DRAWN = 5;

/** A search as the page holds it; what is left out is not chosen. */
export type ExpectedSearch = Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> };

/** What the page showed for a search. */
export interface SearchResults {
  /** How many results in all. */
  count: number;
  /** Addresses of the first results, which the page draws at once (`FIRST_DRAWN`), without query strings. */
  urls: string[];
}

/** The query string the page writes for a search. */
export function queryString(expected: ExpectedSearch): string {
  return writeState({ ...EMPTY_STATE, ...expected, filters: { ...EMPTY_STATE.filters, ...expected.filters } });
}

/** The addresses of the results drawn on the page, in order. */
export async function drawnResults(page: Page): Promise<string[]> {
  return page
    .locator('[data-result-list] .bp-result__title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Waits until exactly this search is on screen and returns its results. */
export async function waitForSearch(page: Page, expected: ExpectedSearch): Promise<SearchResults> {
  const done = queryString(expected);
  await page.waitForFunction(
    (query) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['done'] === query,
    done,
    { timeout: 20_000 },
  );
  const count = Number(await page.locator('[data-search-results]').getAttribute('data-count'));
  return { count, urls: (await drawnResults(page)).slice(0, FIRST_DRAWN) };
}

/** Types a query into the page's search box and waits for its results. */
export async function typeQuery(page: Page, query: string, rest: ExpectedSearch = {}): Promise<SearchResults> {
  await page.locator('[data-search-input]').fill(query);
  return waitForSearch(page, { ...rest, q: query.trim() });
}

/** Brings each result still waiting for its excerpt near the screen, and waits until every one is drawn. */
async function drawWaiting(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('[data-result-list] > li[aria-busy]');
      waiting?.scrollIntoView({ block: 'center' });
      return waiting === null;
    },
    null,
    { polling: 100, timeout: 30_000 },
  );
}

/** Every result of the search on screen, in order, showing more and scrolling until all are drawn. */
export async function allResults(page: Page): Promise<string[]> {
  const count = Number(await page.locator('[data-search-results]').getAttribute('data-count'));
  const items = page.locator('[data-result-list] > li');
  await drawWaiting(page);
  while ((await items.count()) < count) {
    const before = await items.count();
    await page.locator('[data-more-button]').click();
    await page.waitForFunction((drawn) => document.querySelectorAll('[data-result-list] > li').length > drawn, before);
    await drawWaiting(page);
  }
  return drawnResults(page);
}

/**
 * The ids of every result of the search on screen, in order, from "Download these results": the whole list without
 * showing more results (the test of the download checks that it is the list drawn). The results shown are drawn
 * first: the button is below them, and one drawn as the click scrolls to it could move the button between the press
 * and the release.
 */
export async function downloadedResults(page: Page): Promise<string[]> {
  await drawWaiting(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-button]').click()]);
  const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, columns: true }) as Array<
    Record<string, string>
  >;
  return rows.map((row) => row['id']!);
}

/** Opens a site's search page at an address and waits until search has started (Pagefind loaded, box live). */
export async function openSearchPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<LoggedPage> {
  const logged = await openAt(browser, url, options);
  await logged.page.locator('.bp-search--live').waitFor();
  return logged;
}

/**
 * One search page for the tests that ask their queries by typing them into the box, as a reader does one after
 * another: search starts once for them all. Opened by the first test that asks for it, closed after the describe
 * block the call is in (after the file, called at its top). A test never closes it and puts back what it changes (a
 * colour scheme, a filter). Everything the page logged stays in its log, so a test that checks the log checks every
 * query before it.
 */
export function useSearchPage(browser: () => Browser, url: () => string): () => Promise<LoggedPage> {
  let opened: Promise<LoggedPage> | undefined;
  afterAll(async () => {
    await (await opened)?.close();
  });
  return () => (opened ??= openSearchPage(browser(), url()));
}
