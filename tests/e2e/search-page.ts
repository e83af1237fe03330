/**
 * Driving the search page in tests: wait for the results of a given search (Pagefind answers partial queries while
 * typing, so only results whose term, filters and sort match count), and read them.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** A search as the page holds it: term, filter values (OR within a filter) and sort. */
export interface ExpectedSearch {
  q: string;
  filters?: Record<string, string[]>;
  sort?: 'relevance' | 'newest' | 'oldest';
}

/** What the page showed for a search. */
export interface SearchResults {
  count: number;
  /** Result addresses in order, without the highlight parameter. */
  urls: string[];
}

/** Installs, before any page script runs, a listener that records every set of results the page receives. */
export async function recordResults(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w['__searches'] = [];
    document.addEventListener('DOMContentLoaded', () => {
      type Instance = {
        on(event: string, handler: (result: { results: Array<{ data(): Promise<{ url: string }> }> }) => void): void;
        searchTerm: string;
        searchFilters: unknown;
        searchSort: unknown;
      };
      const instance = (
        w['PagefindComponents'] as { getInstanceManager(): { getInstance(n: string): Instance } } | undefined
      )
        ?.getInstanceManager()
        .getInstance('default');
      instance?.on('results', async (result) => {
        const urls = await Promise.all(result.results.map(async (item) => (await item.data()).url));
        (w['__searches'] as unknown[]).push({
          term: instance.searchTerm,
          filters: instance.searchFilters,
          sort: instance.searchSort,
          urls: urls.map((url) => url.replace(/\?.*$/, '')),
        });
      });
    });
  });
}

/** Waits for the results of exactly this search and returns them. */
export async function waitForSearch(page: Page, expected: ExpectedSearch): Promise<SearchResults> {
  const filters = Object.fromEntries(
    Object.entries(expected.filters ?? {}).map(([name, values]) => [name, { any: [...values].sort() }]),
  );
  const sort =
    expected.sort === 'newest' || (expected.sort !== 'oldest' && !expected.q)
      ? { newest: 'desc' }
      : expected.sort === 'oldest'
        ? { oldest: 'asc' }
        : {};
  const handle = await page.waitForFunction(
    ([term, wantFilters, wantSort]) => {
      const searches =
        (
          window as unknown as {
            __searches?: Array<{
              term: string;
              filters: Record<string, { any: string[] }>;
              sort: object;
              urls: string[];
            }>;
          }
        ).__searches ?? [];
      const last = searches.at(-1);
      if (!last || last.term !== term) return false;
      const got = Object.fromEntries(
        Object.entries(last.filters).map(([name, value]) => [name, { any: [...value.any].sort() }]),
      );
      if (JSON.stringify(got) !== JSON.stringify(wantFilters) || JSON.stringify(last.sort) !== JSON.stringify(wantSort))
        return false;
      return last.urls;
    },
    [expected.q, filters, sort] as const,
    { timeout: 20_000 },
  );
  const urls = (await handle.jsonValue()) as string[];
  return { count: urls.length, urls };
}

/** Forgets the results seen so far, so that the next wait sees only what happens after this call. */
export async function forgetSearches(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __searches: unknown[] }).__searches = [];
  });
}
