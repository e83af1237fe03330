import { describe, expect, inject, it } from 'vitest';
import type { MeetingView } from '../../src/lib/archive/archive.ts';
import { getCountryName } from '../../src/lib/domain/countries.ts';
import { getSiteArchive } from '../build/helpers.ts';
import { openPage, runAxe, useBrowser, type LoggedPage } from './browser.ts';
import { forgetSearches, recordResults, waitForSearch } from './search-page.ts';

const urls = inject('siteUrls');
const archive = await getSiteArchive('main');
const path = (meeting: MeetingView) => `/meetings/${meeting.id}/`;
const countryIn = (meeting: MeetingView, name: string) =>
  [...meeting.countryRoles.entries()].some(
    ([code, roles]) => getCountryName(code) === name && roles.some((role) => role !== 'venue'),
  );

const browser = useBrowser();
async function open(url: string): Promise<LoggedPage> {
  const logged = await openPage(browser(), new URL(url).origin);
  await recordResults(logged.context);
  await logged.page.goto(url);
  return logged;
}

describe('filters and sort on the search page', () => {
  it('narrows to the records of one kind, with the count the records give', async () => {
    const logged = await open(`${urls.main}search/?kind=Joint+Period+of+Action`);
    const results = await waitForSearch(logged.page, { q: '', filters: { kind: ['Joint Period of Action'] } });
    const expected = archive.meetings.filter((meeting) => meeting.kind === 'joint-period-of-action').map(path);
    expect(results.count).toBe(expected.length);
    expect(results.count).toBeGreaterThanOrEqual(4);
    expect(results.urls).toEqual(expected);
    await logged.context.close();
  });

  it('combines values of one filter with OR and different filters with AND', async () => {
    const logged = await open(`${urls.main}search/?country=Fiji&country=Canada`);
    const either = await waitForSearch(logged.page, { q: '', filters: { country: ['Fiji', 'Canada'] } });
    const expectedEither = archive.meetings.filter((m) => countryIn(m, 'Fiji') || countryIn(m, 'Canada'));
    expect(either.count).toBe(expectedEither.length);
    expect(either.count).toBeGreaterThan(archive.meetings.filter((m) => countryIn(m, 'Canada')).length);
    expect([...either.urls].sort()).toEqual(expectedEither.map(path).sort());

    await logged.page.goto(`${urls.main}search/?year=2016&country=Sri+Lanka&topic=Labour+exploitation`);
    const all = await waitForSearch(logged.page, {
      q: '',
      filters: { year: ['2016'], country: ['Sri Lanka'], topic: ['Labour exploitation'] },
    });
    const expectedAll = archive.meetings.filter(
      (m) => m.year === 2016 && countryIn(m, 'Sri Lanka') && m.topics.some((t) => t.label === 'Labour exploitation'),
    );
    expect(all.urls).toEqual(expectedAll.map(path));
    expect(all.count).toBeGreaterThan(0);
    await logged.context.close();
  });

  it('shows each filter value with the number of results it gives', async () => {
    const logged = await open(`${urls.main}search/?year=2016`);
    await waitForSearch(logged.page, { q: '', filters: { year: ['2016'] } });
    const yearCount = (year: number) => archive.meetings.filter((m) => m.year === year).length;
    await logged.page.locator('label[for="filter-year-2016"]').waitFor();
    expect(await logged.page.locator('label[for="filter-year-2016"]').textContent()).toBe(`2016 (${yearCount(2016)})`);
    // Another year of the same filter says how many it would add, since years combine with OR.
    expect(await logged.page.locator('label[for="filter-year-2019"]').textContent()).toBe(`2019 (${yearCount(2019)})`);
    expect(await logged.page.locator('#filter-year-2016').isChecked()).toBe(true);
    await logged.context.close();
  });

  it('sorts newest and oldest first by ISO date, with undated records last either way', async () => {
    const logged = await open(`${urls.main}search/?q=trafficking&sort=newest`);
    const newest = await waitForSearch(logged.page, { q: 'trafficking', sort: 'newest' });
    const sortDate = (url: string) => archive.byId.get(url.split('/')[2]!)!.sortDate;
    const dates = newest.urls.map(sortDate);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    // Undated records close the list: nothing dated comes after the first of them.
    const firstUndated = dates.includes('') ? dates.indexOf('') : dates.length;
    expect(dates.slice(firstUndated).filter(Boolean)).toEqual([]);
    expect(newest.urls).toContain('/meetings/undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok/');

    await logged.page.selectOption('#search-sort', 'oldest');
    const oldest = await waitForSearch(logged.page, { q: 'trafficking', sort: 'oldest' });
    const oldestDates = oldest.urls.map(sortDate);
    expect(oldestDates.filter(Boolean)).toEqual([...dated].sort());
    expect(oldestDates.at(-1)).toBe('');
    expect(oldestDates.slice(oldestDates.indexOf('')).filter(Boolean)).toEqual([]);
    expect(new URL(logged.page.url()).searchParams.get('sort')).toBe('oldest');
    await logged.context.close();
  });
});

describe('search state in the address', () => {
  it('writes the query, filters and sort to the address; reload, Back and Forward restore them', async () => {
    const logged = await open(`${urls.main}search/?q=trafficking`);
    const { page } = logged;
    const first = await waitForSearch(page, { q: 'trafficking' });

    await page.locator('details[data-filter="kind"] summary').click();
    await page.locator('label', { hasText: /^Workshop \(/ }).click();
    const narrowed = await waitForSearch(page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(narrowed.count).toBeLessThan(first.count);
    expect(page.url()).toBe(`${urls.main}search/?q=trafficking&kind=Workshop`);

    await page.reload();
    const reloaded = await waitForSearch(page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(reloaded.urls).toEqual(narrowed.urls);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('trafficking');
    expect(await page.getByLabel(/^Workshop \(/).isChecked()).toBe(true);

    await forgetSearches(page);
    await page.goBack();
    const back = await waitForSearch(page, { q: 'trafficking' });
    expect(back.urls).toEqual(first.urls);
    expect(page.url()).toBe(`${urls.main}search/?q=trafficking`);

    await forgetSearches(page);
    await page.goForward();
    const forward = await waitForSearch(page, { q: 'trafficking', filters: { kind: ['Workshop'] } });
    expect(forward.urls).toEqual(narrowed.urls);
    await logged.context.close();
  });

  it('opens a copied address with the same results', async () => {
    const shared = `${urls.main}search/?q=labour&sort=newest&year=2016&country=Sri+Lanka`;
    const one = await open(shared);
    const a = await waitForSearch(one.page, {
      q: 'labour',
      sort: 'newest',
      filters: { year: ['2016'], country: ['Sri Lanka'] },
    });
    const two = await open(shared);
    const b = await waitForSearch(two.page, {
      q: 'labour',
      sort: 'newest',
      filters: { year: ['2016'], country: ['Sri Lanka'] },
    });
    expect(b.urls).toEqual(a.urls);
    await one.context.close();
    await two.context.close();
  });
});

describe('from a result to the record', () => {
  it('highlights the searched words on the record page, and only when arriving from search', async () => {
    const logged = await open(`${urls.main}search/?q=sham+marriage`);
    await waitForSearch(logged.page, { q: 'sham marriage' });
    await logged.page.locator('pagefind-results a').first().click();
    await logged.page.waitForURL(/\/meetings\/2019-07-02-fifth-joint-period-of-action\/\?highlight=/);
    const marks = logged.page.locator('mark.pagefind-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((text) => text.toLowerCase())).toContain('sham');
    expect(logged.log.consoleErrors).toEqual([]);

    await logged.page.goto(`${urls.main}meetings/2019-07-02-fifth-joint-period-of-action/`);
    await logged.page.waitForLoadState('networkidle');
    expect(await logged.page.locator('mark.pagefind-highlight').count()).toBe(0);
    await logged.context.close();
  });

  it('goes from any page to a record with the keyboard alone: /, type, arrows, Enter', async () => {
    const logged = await open(`${urls.main}meetings/`);
    const { page } = logged;
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('forced marriage');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${urls.main}search/?q=forced+marriage`);
    await waitForSearch(page, { q: 'forced marriage' });
    await page.locator('pagefind-input input').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Fifth Joint Period of Action');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/meetings\/2019-07-02-fifth-joint-period-of-action\//);
    expect(await page.locator('h1').textContent()).toBe('Fifth Joint Period of Action');
    await logged.context.close();
  });
});

describe('long lists of results', () => {
  it('shows 30 results, then 30 more on request, moving focus to the first new one', async () => {
    const logged = await open(`${urls.main}search/?q=trafficking`);
    const results = await waitForSearch(logged.page, { q: 'trafficking' });
    expect(results.count).toBeGreaterThan(30);
    const items = logged.page.locator('pagefind-results li.pf-result');
    await expect.poll(() => items.count()).toBe(30);
    const more = logged.page.getByRole('button', { name: /^Show \d+ more results/ });
    expect(await more.textContent()).toBe(
      `Show ${Math.min(30, results.count - 30)} more results (${results.count} in all)`,
    );
    await more.click();
    await expect.poll(() => items.count()).toBe(Math.min(60, results.count));
    await expect
      .poll(() => logged.page.evaluate(() => document.activeElement?.getAttribute('href')?.replace(/\?.*$/, '')))
      .toBe(results.urls[30]);
    await logged.context.close();
  });
});

describe('words people search by', () => {
  it.each([
    ['JPoA', 'joint-period-of-action'],
    ['TIP', 'working-group-meeting'],
  ])('finds records by the other name %s', async (query, kind) => {
    const logged = await open(`${urls.main}search/?q=${query}`);
    const results = await waitForSearch(logged.page, { q: query });
    const first = archive.byId.get(results.urls[0]!.split('/')[2]!)!;
    expect(first.kind).toBe(kind);
    if (query === 'JPoA') {
      expect([...results.urls].sort()).toEqual(
        archive.meetings
          .filter((m) => m.kind === 'joint-period-of-action')
          .map(path)
          .sort(),
      );
    }
    await logged.context.close();
  });

  it.each([
    ['Ivoire', 'an elided word'],
    ['ค้ามนุษย์', 'a Thai word inside a longer run of Thai'],
    ['贩运', 'a Chinese word inside a longer run of Chinese'],
    ['mua bán người', 'Vietnamese words'],
    ['mua ban nguoi', 'Vietnamese words typed without diacritics'],
    ['Ha Noi', 'a Vietnamese place name typed without diacritics'],
  ])('finds %s, %s, from the search box', async (query) => {
    const logged = await open(`${urls.fixtures}search/`);
    await waitForSearch(logged.page, { q: '' });
    const input = logged.page.locator('pagefind-input input');
    await input.fill(query);
    const results = await waitForSearch(logged.page, { q: query });
    expect(results.urls.length).toBeGreaterThan(0);
    expect(results.urls).toContainEqual(
      expect.stringMatching(
        /\/meetings\/(2020-03-10-delegates-from-cote-divoire|2021-05-20-terms-in-other-scripts)\/$/,
      ),
    );
    await logged.context.close();
  });
});

describe('search is accessible', () => {
  it('has no axe findings with filters open and results shown', async () => {
    const logged = await open(`${urls.main}search/?q=trafficking&country=Thailand`);
    await waitForSearch(logged.page, { q: 'trafficking', filters: { country: ['Thailand'] } });
    await logged.page.locator('details[data-filter="topic"] summary').click();
    expect(await runAxe(logged.page)).toEqual([]);
    expect(logged.log.consoleErrors).toEqual([]);
    expect(logged.log.foreignRequests).toEqual([]);
    await logged.context.close();
  });
});
