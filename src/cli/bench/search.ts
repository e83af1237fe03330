/**
 * The first search, measured in Chromium against a local server, each run from a cold cache (a new browser context):
 * the search page is opened, and once it is ready the query is typed; the time runs from typing to the first result on
 * screen, and the bytes are everything the page fetched to show its first screen of results, page and search files
 * alike.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../chromium.ts';
import { startStaticServer } from '../../lib/tooling/static-server.ts';
import { sizeOf, type Bytes } from './page-weight.ts';

/** One cold search. */
export interface SearchRun {
  /** Milliseconds from opening the page to the first result on screen. */
  firstResultMs: number;
  /** Milliseconds from typing the query (the page ready) to the first result on screen. */
  searchToResultMs: number;
  /** Everything the page fetched for its first screen of results, as served (uncompressed) and as gzip would send. */
  total: Bytes;
  /** The part of it under /pagefind/ (the search engine, index and fragments). */
  pagefind: Bytes;
  requests: number;
}

/** Runs `runs` cold searches for `query` on the built site in `dist` and returns each run. */
export async function measureSearch(options: {
  dist: string;
  base: string;
  query: string;
  runs: number;
}): Promise<SearchRun[]> {
  const server = await startStaticServer({ dir: options.dist, base: options.base });
  const browser = await launchBrowser();
  const results: SearchRun[] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-result-list] .bp-result__title a')) {
            (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
            observer.disconnect();
          }
        });
        document.addEventListener('DOMContentLoaded', () =>
          observer.observe(document.body, { childList: true, subtree: true }),
        );
      });
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('requestfinished', (request) => fetched.push(request.url()));
      await page.goto(`${server.url}search/`);
      await page.waitForSelector('.bp-search--live', { timeout: 30_000 });
      const searchAt = await page.evaluate((query) => {
        const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
        input.value = query;
        const at = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return at;
      }, options.query);
      await page.waitForFunction(
        () => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined,
        null,
        {
          timeout: 30_000,
        },
      );
      const firstResultMs = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
      // The bytes of the first screen of results: the page marks the search done once its first results are drawn,
      // each with its excerpt (the rest load as the reader scrolls).
      await page.waitForSelector('[data-search-results][data-done]', { state: 'attached', timeout: 30_000 });
      let total: Bytes = { raw: 0, gzip: 0 };
      let pagefind: Bytes = { raw: 0, gzip: 0 };
      for (const url of fetched) {
        const path = new URL(url).pathname.slice(options.base.length);
        const candidates = [join(options.dist, path), join(options.dist, path, 'index.html')];
        const file = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
        if (!file) continue;
        const size = sizeOf(readFileSync(file));
        // Pagefind's index files are compressed already: a host sends them as they are.
        const sent = /\.pf_(?:fragment|index|meta|filter)$/.test(file) ? { raw: size.raw, gzip: size.raw } : size;
        total = { raw: total.raw + sent.raw, gzip: total.gzip + Math.min(sent.raw, sent.gzip) };
        if (path.startsWith('pagefind/')) {
          pagefind = { raw: pagefind.raw + sent.raw, gzip: pagefind.gzip + Math.min(sent.raw, sent.gzip) };
        }
      }
      results.push({
        firstResultMs,
        searchToResultMs: firstResultMs - searchAt,
        total,
        pagefind,
        requests: fetched.length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
