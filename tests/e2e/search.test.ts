import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectClean, openPage, useBrowser, type LoggedPage } from './browser.ts';
import { recordResults, waitForSearch } from './search-page.ts';

const urls = inject('siteUrls');
const browser = useBrowser();

beforeAll(() => {
  console.log(`Chromium ${browser().version()}`);
});

/** Opens a page that records every set of search results it receives. */
async function open(origin: string): Promise<LoggedPage> {
  const logged = await openPage(browser(), origin);
  await recordResults(logged.context);
  return logged;
}

describe('search in a real browser', () => {
  it('finds the Fifth Joint Period of Action first for "forced marriage" typed in the search box', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.main}search/`);
    await waitForSearch(logged.page, { q: '' });
    const input = logged.page.locator('pagefind-input input');
    await input.click();
    await input.pressSequentially('forced marriage', { delay: 20 });
    const results = await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(results.urls[0]).toBe('/meetings/2019-07-02-fifth-joint-period-of-action/');
    const first = logged.page.locator('pagefind-results li').first().locator('a');
    await first.waitFor();
    expect(await first.textContent()).toBe('Fifth Joint Period of Action');
    expect(await first.getAttribute('href')).toMatch(
      /^\/meetings\/2019-07-02-fifth-joint-period-of-action\/\?highlight=forced/,
    );
    expect(new URL(logged.page.url()).searchParams.get('q')).toBe('forced marriage');
    expectClean(logged);
    await logged.context.close();
  });

  it('runs the search in a shared link, and the result opens the record', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.main}search/?q=forced+marriage`);
    await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(await logged.page.locator('pagefind-input input').inputValue()).toBe('forced marriage');
    await logged.page.locator('pagefind-results li').first().locator('a').click();
    await logged.page.waitForURL(/\/meetings\/2019-07-02-fifth-joint-period-of-action\/\?highlight=/);
    expect(await logged.page.locator('h1').textContent()).toBe('Fifth Joint Period of Action');
    expectClean(logged);
    await logged.context.close();
  });

  it('finds only records with the exact phrase when it is quoted', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.main}search/?q=${encodeURIComponent('"forced marriage"')}`);
    const quoted = await waitForSearch(logged.page, { q: '"forced marriage"' });
    const unquoted = await (async () => {
      await logged.page.locator('pagefind-input input').fill('forced marriage');
      return waitForSearch(logged.page, { q: 'forced marriage' });
    })();
    expect(quoted.urls.length).toBeGreaterThan(0);
    for (const url of quoted.urls) {
      const record = await logged.context.request.get(`${origin}${url}`);
      expect((await record.text()).toLowerCase()).toContain('forced marriage');
    }
    expect(quoted.urls.length).toBeLessThanOrEqual(unquoted.urls.length);
    await logged.context.close();
  });

  it('works under a base path: scripts, index and result links carry /records/', async () => {
    const origin = new URL(urls.records).origin;
    const logged = await open(origin);
    await logged.page.goto(`${urls.records}search/?q=forced+marriage`);
    const results = await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(results.urls[0]).toBe('/records/meetings/2019-07-02-fifth-joint-period-of-action/');
    const first = logged.page.locator('pagefind-results li').first().locator('a');
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(
      /^\/records\/meetings\/2019-07-02-fifth-joint-period-of-action\/\?highlight=/,
    );
    expectClean(logged);
    await logged.context.close();
  });
});
