/**
 * The main job in Chromium on the real archive: a search typed in the box finds its records, each named and linked; a
 * shared link runs its search; a quoted phrase finds only records with it; and search works under a base path.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getSiteArchive } from '../build/helpers.ts';
import { expectClean, openPage, useBrowser, type LoggedPage } from './browser.ts';
import { allResults, drawnResults, typeQuery, waitForSearch } from './search-page.ts';

const urls = inject('siteUrls');
const archive = await getSiteArchive('main');
/** The record of a result address, under any base path. */
const recordOf = (url: string) => archive.byId.get(url.split('/meetings/')[1]!.replace(/\/.*$/, ''))!;
const browser = useBrowser();

beforeAll(() => {
  console.log(`Chromium ${browser().version()}`);
});

/** Opens a page that logs errors and requests to other sites. */
async function open(origin: string): Promise<LoggedPage> {
  return openPage(browser(), origin);
}

describe('search in a real browser', () => {
  it('finds the records on "forced marriage" typed in the search box, each result named and linked', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.main}search/`);
    const input = logged.page.locator('[data-search-input]');
    await input.click();
    await input.pressSequentially('forced marriage', { delay: 20 });
    const results = await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(results.urls).toContain('/meetings/2019-07-02-fifth-joint-period-of-action/');
    const first = logged.page.locator('[data-result-list] li').first().locator('a').first();
    expect(await first.textContent()).toBe(recordOf(results.urls[0]!).title);
    expect(await first.getAttribute('href')).toBe(`${results.urls[0]}?highlight=forced&highlight=marriage`);
    expect(new URL(logged.page.url()).searchParams.get('q')).toBe('forced marriage');
    expectClean(logged);
    await logged.close();
  });

  it('runs the search in a shared link, and the result opens the record', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.main}search/?q=forced+marriage`);
    await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(await logged.page.locator('[data-search-input]').inputValue()).toBe('forced marriage');
    const results = await drawnResults(logged.page);
    await logged.page.locator('[data-result-list] li').first().locator('a').first().click();
    await logged.page.waitForURL((url) => url.pathname === results[0] && url.searchParams.has('highlight'));
    expect(await logged.page.locator('h1').textContent()).toBe(recordOf(results[0]!).title);
    expectClean(logged);
    await logged.close();
  });

  it('finds only records with the exact phrase when it is quoted', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.main}search/?q=${encodeURIComponent('"forced marriage"')}`);
    const quoted = await waitForSearch(logged.page, { q: '"forced marriage"' });
    expect(quoted.count).toBeGreaterThan(0);
    const all = await allResults(logged.page);
    expect(all).toHaveLength(quoted.count);
    for (const url of all) {
      const record = await logged.context.request.get(`${origin}${url}`);
      expect((await record.text()).toLowerCase()).toContain('forced marriage');
    }
    const unquoted = await typeQuery(logged.page, 'forced marriage');
    expect(quoted.count).toBeLessThanOrEqual(unquoted.count);
    await logged.close();
  });

  it('works under a base path: scripts, index and result links carry /records/', async () => {
    const origin = new URL(urls.records).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.records}search/?q=forced+marriage`);
    const results = await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(results.urls).toContain('/records/meetings/2019-07-02-fifth-joint-period-of-action/');
    for (const url of results.urls) expect(url).toMatch(/^\/records\/meetings\/[^/]+\/$/);
    const first = logged.page.locator('[data-result-list] li').first().locator('a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/records\/meetings\/[^/]+\/\?highlight=/);
    expectClean(logged);
    await logged.close();
  });
});
