/**
 * Driving the search page in tests: wait until a given search is on screen (the page marks its results section with
 * the search's query string once the first page of results is drawn), and read its results.
 */
import type { Page } from 'playwright-core';
import { EMPTY_STATE, writeState, type SearchState } from '../../src/lib/search/search-state.ts';

/** A search as the page holds it; what is left out is not chosen. */
export type ExpectedSearch = Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> };

/** What the page showed for a search. */
export interface SearchResults {
  /** How many results in all. */
  count: number;
  /** Addresses of the results drawn so far (the first page), in order, without their query strings. */
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
  return { count, urls: await drawnResults(page) };
}

/** Types a query into the page's search box and waits for its results. */
export async function typeQuery(page: Page, query: string, rest: ExpectedSearch = {}): Promise<SearchResults> {
  await page.locator('[data-search-input]').fill(query);
  return waitForSearch(page, { ...rest, q: query.trim() });
}

/** Every result of the search on screen, showing more until all are drawn. */
export async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-more-button]');
  const count = Number(await page.locator('[data-search-results]').getAttribute('data-count'));
  while ((await drawnResults(page)).length < count) {
    const before = (await drawnResults(page)).length;
    await more.click();
    // Every new result drawn, none still loading.
    await page.waitForFunction(
      (drawn) =>
        document.querySelectorAll('[data-result-list] .bp-result__title a').length > drawn &&
        document.querySelectorAll('[data-result-list] [aria-busy]').length === 0,
      before,
    );
  }
  return drawnResults(page);
}
