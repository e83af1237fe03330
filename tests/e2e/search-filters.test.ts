/**
 * The search page's controls, in Chromium on the real archive: filters with chips and counts, sorting, the address,
 * the phone and keyboard, failure and no results, the CSV download and accessibility. Each test opens the page at the
 * address that sets up its search. What a test expects is read from the records (`getSiteArchive`), so it holds as
 * the archive grows.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { MeetingView } from '../../src/lib/archive/archive.ts';
import { getCountryMeetings, getCountryRoleCounts } from '../../src/lib/archive/facets.ts';
import { getCountryName } from '../../src/lib/domain/countries.ts';
import { ROLE_FILTERS } from '../../src/lib/search/search-config.ts';
import { getSiteArchive, readSiteFile } from '../build/helpers.ts';
import { openAt, openPage, runAxe, useBrowser } from './browser.ts';
import { readFocus } from './focus.ts';
import { allResults, downloadedResults, queryString, waitForSearch } from './search-page.ts';

const urls = inject('siteUrls');
const archive = await getSiteArchive('main');
const path = (meeting: MeetingView) => `/meetings/${meeting.id}/`;
const idOf = (url: string) => url.split('/')[2]!;
const countryIn = (meeting: MeetingView, name: string) =>
  [...meeting.countryRoles.entries()].some(
    ([code, roles]) => getCountryName(code) === name && roles.some((role) => role !== 'venue'),
  );

const browser = useBrowser();

describe('filters', () => {
  it('narrows to one kind with the count the records give, and combines values with OR, filters with AND', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?kind=Joint+Period+of+Action`);
    const results = await waitForSearch(logged.page, { filters: { kind: ['Joint Period of Action'] } });
    const expected = archive.meetings.filter((meeting) => meeting.kind === 'joint-period-of-action').map(path);
    expect(results.count).toBe(expected.length);
    expect((await downloadedResults(logged.page)).map((id) => `/meetings/${id}/`)).toEqual(expected);

    await logged.page.goto(`${urls.main}search/?country=Fiji&country=Canada&topic=Trafficking+in+persons`);
    const both = await waitForSearch(logged.page, {
      filters: { country: ['Fiji', 'Canada'], topic: ['Trafficking in persons'] },
    });
    const expectedBoth = archive.meetings.filter(
      (m) =>
        (countryIn(m, 'Fiji') || countryIn(m, 'Canada')) && m.topics.some((t) => t.id === 'trafficking-in-persons'),
    );
    expect(both.count).toBe(expectedBoth.length);
    expect((await downloadedResults(logged.page)).sort()).toEqual(expectedBoth.map((m) => m.id).sort());
    await logged.close();
  });

  it('gives each country the count of the country pages for a role, and keeps the chosen one first', async () => {
    const logged = await openPage(browser(), new URL(urls.main).origin);
    for (const { role, name } of ROLE_FILTERS) {
      await logged.page.goto(`${urls.main}search/?country=Thailand&role=${name}`);
      const results = await waitForSearch(logged.page, { filters: { country: ['Thailand'] }, role: name });
      const counts = (code: string) =>
        getCountryRoleCounts(getCountryMeetings(archive, code)).find((count) => count.role === role)!.count;
      expect(results.count, name).toBe(counts('TH'));
      const labels = logged.page.locator('details[data-filter="country"] .bp-filter__option label');
      await expect.poll(() => labels.count()).toBeGreaterThan(0);
      const shown = await labels.allTextContents();
      expect(shown[0]).toBe(`Thailand (${counts('TH')})`);
      for (const label of shown.slice(1)) {
        const [, country, count] = /^(.+) \((\d+)\)$/.exec(label)!;
        const code = [...new Set(archive.meetings.flatMap((m) => [...m.countryRoles.keys()]))].find(
          (candidate) => getCountryName(candidate) === country,
        )!;
        // Another country adds to the results (OR): its count is its own, in this role.
        expect(Number(count), `${country} ${name}`).toBe(counts(code));
      }
    }
    await logged.close();
  });

  it('narrows to a range of years, either end open', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?from=2016&to=2018`);
    const range = await waitForSearch(logged.page, { from: 2016, to: 2018 });
    const inRange = archive.meetings.filter((m) => m.year !== undefined && m.year >= 2016 && m.year <= 2018);
    expect(range.count).toBe(inRange.length);
    await logged.page.locator('[data-to]').fill('');
    await logged.page.locator('[data-to]').dispatchEvent('change');
    const open2016 = await waitForSearch(logged.page, { from: 2016 });
    expect(open2016.count).toBe(archive.meetings.filter((m) => m.year !== undefined && m.year >= 2016).length);
    expect(await logged.page.locator('#results-heading').textContent()).toMatch(/ · from 2016, newest first$/);
    await logged.close();
  });

  it('shows chosen filters as chips that remove them, names them in the count, and round-trips the address', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?q=trafficking`);
    const { page } = logged;
    const first = await waitForSearch(page, { q: 'trafficking' });
    expect(await page.locator('[data-clear]').isVisible()).toBe(false);

    await page.locator('details[data-filter="kind"] summary').click();
    await page.locator('details[data-filter="kind"] label', { hasText: /^Workshop \(/ }).click();
    const narrowed = await waitForSearch(page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(narrowed.count).toBeLessThan(first.count);
    expect(page.url()).toBe(`${urls.main}search/?q=trafficking&kind=Workshop`);
    expect(await page.locator('#results-heading').textContent()).toBe(
      `${narrowed.count} results for trafficking · Workshop`,
    );
    expect(await page.locator('[data-clear]').isVisible()).toBe(true);
    const chip = page.getByRole('button', { name: 'Remove filter Kind of meeting: Workshop' });
    expect(await chip.textContent()).toBe('Workshop ×');

    await page.reload();
    const reloaded = await waitForSearch(page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(reloaded.urls).toEqual(narrowed.urls);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('trafficking');
    expect(await page.getByLabel(/^Workshop \(/).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Remove filter Kind of meeting: Workshop' }).click();
    const removed = await waitForSearch(page, { q: 'trafficking' });
    expect(removed.urls).toEqual(first.urls);
    expect(page.url()).toBe(`${urls.main}search/?q=trafficking`);

    await page.goBack();
    const back = await waitForSearch(page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(back.urls).toEqual(narrowed.urls);
    await page.goForward();
    await waitForSearch(page, { q: 'trafficking' });
    await logged.close();
  });

  it('opens a copied address with the same results', async () => {
    const expected = {
      q: 'labour',
      sort: 'newest',
      filters: { country: ['Sri Lanka'] },
      from: 2010,
      to: 2020,
    } as const;
    const shared = `${urls.main}search/?${queryString(expected)}`;
    const one = await openAt(browser(), shared);
    const a = await waitForSearch(one.page, expected);
    const two = await openAt(browser(), shared);
    const b = await waitForSearch(two.page, expected);
    expect(b.urls).toEqual(a.urls);
    await one.close();
    await two.close();
  });

  it('sorts newest and oldest first by ISO date, with undated records last either way', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?q=trafficking&sort=newest`);
    const { count } = await waitForSearch(logged.page, { q: 'trafficking', sort: 'newest' });
    const sortDate = (id: string) => archive.byId.get(id)!.sortDate;
    const dates = (await downloadedResults(logged.page)).map(sortDate);
    expect(dates).toHaveLength(count);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dates.includes('') ? dates.indexOf('') : dates.length).filter(Boolean)).toEqual([]);

    await logged.page.locator('#search-sort').selectOption('oldest');
    await waitForSearch(logged.page, { q: 'trafficking', sort: 'oldest' });
    const oldest = (await downloadedResults(logged.page)).map(sortDate);
    expect(oldest.filter(Boolean)).toEqual([...dated].sort());
    expect(oldest.slice(oldest.includes('') ? oldest.indexOf('') : oldest.length).filter(Boolean)).toEqual([]);
    await logged.close();
  });

  it('loads the filter indexes only when the filters are opened or the address has one', async () => {
    const logged = await openPage(browser(), new URL(urls.main).origin);
    const fetched: string[] = [];
    logged.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await logged.page.goto(`${urls.main}search/?q=forced+marriage`);
    await waitForSearch(logged.page, { q: 'forced marriage' });
    expect(fetched.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
    await logged.page.locator('details[data-filter="topic"] summary').click();
    await expect.poll(() => fetched.filter((url) => url.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
    await logged.close();
  });
});

describe('on a phone and with the keyboard', () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

  it('puts the first result on the first screen, and the filters behind a "Filters" button', async () => {
    const logged = await openPage(browser(), new URL(urls.main).origin, phone);
    for (const [index, query] of ['trafficking', 'Thailand', 'scam centres'].entries()) {
      await logged.page.goto(`${urls.main}search/?q=${encodeURIComponent(query)}&kind=Workshop`);
      await waitForSearch(logged.page, { q: query, filters: { kind: ['Workshop'] } });
      const top = await logged.page
        .locator('[data-result-list] li')
        .first()
        .evaluate((item) => item.getBoundingClientRect().top);
      expect(top, query).toBeLessThan(844 - 60);
      expect(await logged.page.locator('[data-filters]').isVisible()).toBe(false);
      const button = logged.page.getByRole('button', { name: 'Filters (1)' });
      await button.click();
      const dialog = logged.page.getByRole('dialog', { name: 'Filter and sort' });
      expect(await dialog.isVisible()).toBe(true);
      // The dialog is the same whatever the search: axe reads it once.
      if (index === 0) expect(await runAxe(logged.page)).toEqual([]);
      await logged.page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
      expect(await logged.page.evaluate(() => document.activeElement?.textContent)).toBe('Filters (1)');
    }
    await logged.close();
  });

  it.each([
    ['a desktop', { viewport: { width: 1280, height: 800 } }],
    ['a phone', phone],
  ])(
    'takes at most 3 Tab presses from the search box to the first result on %s, each with a focus ring',
    async (_screen, options) => {
      const logged = await openAt(browser(), `${urls.main}search/?q=${encodeURIComponent('forced marriage')}`, options);
      const { page } = logged;
      const results = await waitForSearch(page, { q: 'forced marriage' });
      await page.locator('[data-search-input]').focus();
      let presses = 0;
      let focus = await readFocus(page);
      while (!focus.inResults && presses < 5) {
        await page.keyboard.press('Tab');
        presses += 1;
        focus = await readFocus(page);
        expect(focus.indicated, focus.description).toBe(true);
      }
      expect(presses).toBeLessThanOrEqual(3);
      expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(
        results.urls[0],
      );
      await logged.close();
    },
  );

  it('puts focus on the results heading after a search from the header box', async () => {
    const logged = await openAt(browser(), `${urls.main}topics/`);
    await logged.page.locator('[data-site-search]').fill('forced marriage');
    await logged.page.keyboard.press('Enter');
    await waitForSearch(logged.page, { q: 'forced marriage' });
    await expect.poll(() => logged.page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    await logged.close();
  });

  it('shows ten results, then ten more on request, moving focus to the first new one', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?q=trafficking`);
    const results = await waitForSearch(logged.page, { q: 'trafficking' });
    expect(results.count).toBeGreaterThan(10);
    const items = logged.page.locator('[data-result-list] > li');
    expect(await items.count()).toBe(10);
    await logged.page.locator('[data-more-button]').click();
    await expect.poll(() => items.count()).toBe(Math.min(20, results.count));
    await expect
      .poll(() => logged.page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? ''))
      .toMatch(/\/meetings\/[^/]+\//);
    expect(await items.nth(10).evaluate((item) => item.contains(document.activeElement))).toBe(true);
    await logged.close();
  });
});

describe('when search cannot help', () => {
  it('says in one sentence that search cannot start under a policy without wasm-unsafe-eval, and links to browsing', async () => {
    const logged = await openPage(browser(), new URL(urls.main).origin, {}, false);
    await logged.page.route(`${urls.main}search/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      headers['content-security-policy'] = headers['content-security-policy']!.replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({ response, headers });
    });
    await logged.page.goto(`${urls.main}search/?q=forced+marriage`);
    const failure = logged.page.locator('[data-search-failure]');
    await failure.waitFor();
    expect((await failure.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      "Search cannot start here because this site's security settings do not let the browser run it; every record is also reachable from all meetings, topics, countries, bodies and years.",
    );
    expect(await failure.getByRole('link').count()).toBe(5);
    await logged.close();
  });

  it('suggests removing a filter and the closest spelling from the index when nothing matches', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?q=traficking&kind=Workshop`);
    await waitForSearch(logged.page, { q: 'traficking', filters: { kind: ['Workshop'] } });
    const empty = logged.page.locator('[data-empty]');
    await expect.poll(() => empty.textContent()).toMatch(/Did you mean trafficking\?/);
    expect(await empty.textContent()).toMatch(/^No record matches “traficking” with these filters\./);
    await logged.page.getByRole('link', { name: 'trafficking' }).click();
    const corrected = await waitForSearch(logged.page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(corrected.count).toBeGreaterThan(0);

    await logged.page.goto(`${urls.main}search/?q=Buckley&kind=Workshop`);
    await waitForSearch(logged.page, { q: 'Buckley', filters: { kind: ['Workshop'] } });
    const remove = logged.page.getByRole('button', { name: /^Remove Kind of meeting: Workshop \(1 result\)$/ });
    await remove.click();
    expect((await waitForSearch(logged.page, { q: 'Buckley' })).count).toBe(1);
    await logged.close();
  });
});

describe('Download these results', () => {
  it('gives the result list as CSV with the columns and rows of /data/meetings.csv', async () => {
    // Playwright's contexts accept downloads unless told not to.
    const logged = await openAt(browser(), `${urls.main}search/?q=trafficking&country=Thailand`);
    const results = await waitForSearch(logged.page, { q: 'trafficking', filters: { country: ['Thailand'] } });
    const list = (await allResults(logged.page)).map(idOf);
    expect(list).toHaveLength(results.count);
    const [download] = await Promise.all([
      logged.page.waitForEvent('download'),
      logged.page.locator('[data-download-button]').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row['id'])).toEqual(list);
    const all = parse(readSiteFile('main', 'data/meetings.csv'), { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows).toEqual(list.map((id) => all.find((row) => row['id'] === id)));
    expect(csv.split('\r\n')[0]).toBe(readSiteFile('main', 'data/meetings.csv').split('\r\n')[0]);
    expect(await logged.page.locator('[data-download-status]').textContent()).toBe(
      `Downloaded ${list.length} records as CSV.`,
    );
    await logged.close();
  });
});

describe('search is accessible', () => {
  it('has no axe findings with filters open and results shown, in light and dark', async () => {
    const logged = await openAt(browser(), `${urls.main}search/?q=trafficking&country=Thailand`);
    await waitForSearch(logged.page, { q: 'trafficking', filters: { country: ['Thailand'] } });
    await logged.page.locator('details[data-filter="topic"] summary').click();
    await logged.page.locator('details[data-filter="topic"] .bp-filter__option').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await logged.page.emulateMedia({ colorScheme });
      expect(await runAxe(logged.page), colorScheme).toEqual([]);
    }
    expect(logged.log.consoleErrors).toEqual([]);
    expect(logged.log.foreignRequests).toEqual([]);
    await logged.close();
  });
});
