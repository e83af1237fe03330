/**
 * Driving the search page in tests: wait until a given search is on screen (the page marks its results section with
 * the search's query string once the first page of results is drawn), and read its results.
 */
import type { Page } from 'playwright-core';
import { EMPTY_STATE, writeState, type SearchState } from '../../src/lib/search/search-state.ts';

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
