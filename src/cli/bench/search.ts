/**
 * The first search, measured in Chromium against a local server: bytes fetched and time until the first result for a
 * query is on screen, each from a cold cache (a new browser context per run).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../chromium.ts';
import { startStaticServer } from '../../lib/tooling/static-server.ts';
import { sizeOf, type Bytes } from './page-weight.ts';

/** One cold search. */
export interface SearchRun {
  /** Milliseconds from navigation start to the first result link on screen. */
  firstResultMs: number;
  /** Milliseconds from the search being issued (the page is loaded and Pagefind ready) to the first result link. */
  searchToResultMs: number;
  /** Everything the page fetched, as served (uncompressed) and as gzip would send it. */
  total: Bytes;
  /** The part of it under /pagefind/ (the search runtime, index and fragments). */
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
      await context.addInitScript((query) => {
        document.addEventListener('DOMContentLoaded', () => {
          const instance = (
            window as unknown as {
              PagefindComponents?: {
                getInstanceManager(): {
                  getInstance(name: string): { on(event: string, callback: (term: string) => void): void };
                };
              };
            }
          ).PagefindComponents?.getInstanceManager().getInstance('default');
          instance?.on('search', (term) => {
            if (term === query) (window as unknown as { searchAt: number }).searchAt ??= performance.now();
          });
        });
        const observer = new MutationObserver(() => {
          if (document.querySelector('pagefind-results a')) {
            (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
            observer.disconnect();
          }
        });
        document.addEventListener('DOMContentLoaded', () =>
          observer.observe(document.body, { childList: true, subtree: true }),
        );
      }, options.query);
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('requestfinished', (request) => fetched.push(request.url()));
      await page.goto(`${server.url}search/?q=${encodeURIComponent(options.query)}`);
      await page.waitForFunction(
        () => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined,
        null,
        {
          timeout: 30_000,
        },
      );
      const [firstResultMs, searchAt] = await page.evaluate(() => {
        const w = window as unknown as { firstResultAt: number; searchAt?: number };
        return [w.firstResultAt, w.searchAt ?? Number.NaN] as const;
      });
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
