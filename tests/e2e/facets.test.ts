/**
 * Browse pages in Chromium: axe finds nothing on the facet pages with pictures and quotes in the dark scheme; the
 * timeline and the participation matrix have accessible names and text alternatives that screen readers reach; the
 * matrix scrolls inside its own region on a 320 px screen; the pictures survive forced colours and print.
 */
import { describe, expect, inject, it } from 'vitest';
import { getBodyMeetings } from '../../src/lib/archive/facets.ts';
import { getParticipationMatrix, PARTICIPATION_ROLES, ROLE_CODES } from '../../src/lib/archive/participation.ts';
import { ROLE_LABELS } from '../../src/lib/domain/roles.ts';
import { describeTimeline, getTimeline } from '../../src/lib/archive/timeline.ts';
import { getSiteArchive } from '../build/helpers.ts';

const archive = await getSiteArchive('main');
import { expectClean, openPage, runAxe, useBrowser } from './browser.ts';

const urls = inject('siteUrls');
const origin = new URL(urls.main).origin;
const browser = useBrowser();

// The sweep (sweep.test.ts) runs axe on every kind of browse page in the light scheme. Dark is checked here, where
// the pictures and quoted passages are, since they bring their own colours; the rest share the site's tokens.
const PAGES = [
  ['topic, with what each meeting said', 'topics/forced-marriage/'],
  ['organisation', 'organizations/iom/'],
  ['body with timeline and matrix', 'bodies/ad-hoc-group/'],
  ['home with the timeline', ''],
] as const;

describe('accessibility of the browse pages (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(PAGES)('finds nothing on the %s page (/%s) in the dark scheme', async (_name, path) => {
    const logged = await openPage(browser(), origin, { colorScheme: 'dark' });
    await logged.page.goto(`${urls.main}${path}`);
    expect(await runAxe(logged.page), path).toEqual([]);
    expectClean(logged);
    await logged.close();
  });

  it('finds nothing on a body page 320 px wide', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 320, height: 800 } });
    await logged.page.goto(`${urls.main}bodies/technical-experts-group-returns-reintegration/`);
    expect(await runAxe(logged.page)).toEqual([]);
    expectClean(logged);
    await logged.close();
  });
});

describe('the timeline on the home page', () => {
  it('is a named figure whose text alternative lists every meeting with its kind, by year', async () => {
    const logged = await openPage(browser(), origin);
    const { page } = logged;
    await page.goto(urls.main);
    const figure = page.getByRole('figure', { name: 'Meetings by year and kind' });
    await expect.poll(() => figure.count()).toBe(1);
    const description = await figure.evaluate((element) => {
      const id = element.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent : null;
    });
    // What the page shows is the timeline of the records (its model is checked against the records in the unit tests).
    const timeline = getTimeline(archive.meetings);
    expect(description).toBe(describeTimeline(timeline));
    expect(description).toMatch(
      /^\d+ meetings: \d+ from 2002 to \d{4}, and \d+ with no recorded date, shown apart after \d{4}\.$/,
    );

    const years = figure.getByRole('list', { name: 'Meetings by year' });
    // The years with meetings and the column of records with no date; empty years are drawn but not read.
    const yearsWithMeetings = timeline.years.filter(({ meetings }) => meetings.length > 0);
    expect(await years.locator(':scope > li:not([aria-hidden="true"])').count()).toBe(yearsWithMeetings.length + 1);
    const snapshot = await years.ariaSnapshot();
    expect(snapshot).toContain('Joint Period of Action: Fifth Joint Period of Action');
    expect(snapshot).toContain('Ministerial conference: First Bali Regional Ministerial Conference');
    expect(snapshot).toContain('link "Date not recorded"');
    for (const { year } of timeline.years.filter(({ meetings }) => meetings.length === 0)) {
      expect(snapshot).not.toContain(`link "${year}"`);
    }
    // Each meeting is a list item with text; the year items hold a link and a list, no text of their own.
    expect((snapshot.match(/- listitem: \S/g) ?? []).length).toBe(timeline.total);

    expect(await figure.getByRole('link', { name: '2019', exact: true }).getAttribute('href')).toBe('/years/2019/');
    expect(await figure.getByRole('list', { name: 'Kinds of meeting' }).getByRole('listitem').count()).toBe(
      timeline.kinds.length,
    );
    expectClean(logged);
    await logged.close();
  });

  it('opens at its latest end on a 320 px screen, undated records in view, and scrolls inside its own region', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 320, height: 800 } });
    const { page } = logged;
    await page.goto(urls.main);
    const region = page.getByRole('region', { name: 'Meetings by year and kind' });
    const widths = await region.evaluate((element) => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      region: element.scrollWidth - element.clientWidth,
    }));
    expect(widths.page).toBe(0);
    expect(widths.region).toBeGreaterThan(0);
    const inView = (name: string) =>
      region.getByRole('link', { name, exact: true }).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.left >= 0 && box.right <= window.innerWidth;
      });
    expect(await inView('Date not recorded')).toBe(true);
    expect(await inView('2024')).toBe(true);
    expect(await inView('2002')).toBe(false);
    // Keyboard users scroll back to the earliest years from the focused region.
    await region.focus();
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => inView('2002')).toBe(true);
    await logged.close();
  });
});

describe('the participation matrix on a body page', () => {
  const name = 'Countries and organisations at each meeting: Ad Hoc Group';

  it('is a table named by its title, each cell read with its country, meeting and roles in words', async () => {
    const logged = await openPage(browser(), origin);
    const { page } = logged;
    await page.goto(`${urls.main}bodies/ad-hoc-group/`);
    const table = page.getByRole('table', { name });
    await expect.poll(() => table.count()).toBe(1);
    // The corner, one column per Ad Hoc Group meeting on record, and the count per row.
    const meetings = getBodyMeetings(archive, 'ad-hoc-group');
    expect(await table.getByRole('columnheader').count()).toBe(meetings.length + 2);
    expect(await table.getByRole('columnheader', { name: /^Third Meeting of the Ad Hoc Group/ }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: 'Sri Lanka' }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: 'Viet Nam' }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: 'IOM' }).count()).toBe(1);
    const indonesia = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Indonesia' }) });
    const cells = await indonesia.getByRole('cell').allTextContents();
    const third = getParticipationMatrix(meetings).meetings.findIndex(
      (meeting) => meeting.id === '2010-06-10-third-meeting-of-the-ad-hoc-group',
    );
    expect(cells[third]).toBe('CMCo-chair and meeting place');
    expect(await table.getByRole('cell', { name: 'Co-chair', exact: true }).count()).toBeGreaterThan(0);
    expect(await table.getByRole('cell', { name: 'Observer', exact: true }).count()).toBeGreaterThan(0);
    // The key lists, in their fixed order, each role some cell of this matrix holds.
    const matrix = getParticipationMatrix(meetings);
    const held = PARTICIPATION_ROLES.filter((role) =>
      [...matrix.countries, ...matrix.organizations].some((row) => row.cells.some((cell) => cell.includes(role))),
    );
    expect(held).toContain('coChair');
    expect(await page.getByRole('list', { name: 'Roles' }).getByRole('listitem').allTextContents()).toEqual(
      held.map((role) => `${ROLE_CODES[role]} ${ROLE_LABELS[role].one}`),
    );
    expectClean(logged);
    await logged.close();
  });

  it('shows a timeline of the body’s meetings, with year labels linking to the years below', async () => {
    const logged = await openPage(browser(), origin);
    const { page } = logged;
    await page.goto(`${urls.main}bodies/working-group-trafficking-in-persons/`);
    const figure = page.getByRole('figure', {
      name: 'Meetings by year and kind: Working Group on Trafficking in Persons',
    });
    const snapshot = await figure.getByRole('list', { name: 'Meetings by year' }).ariaSnapshot();
    const meetings = getBodyMeetings(archive, 'working-group-trafficking-in-persons');
    expect((snapshot.match(/- listitem: "?Working group meeting: /g) ?? []).length).toBe(
      meetings.filter((meeting) => meeting.kind === 'working-group-meeting').length,
    );
    await figure.getByRole('link', { name: 'Date not recorded' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#year-undated');
    expect(await page.locator('#year-undated').textContent()).toBe('Date not recorded');
    const matrix = page.getByRole('table', {
      name: 'Countries and organisations at each meeting: Working Group on Trafficking in Persons',
    });
    expect(await matrix.getByRole('columnheader').nth(meetings.length).textContent()).toContain('Date not recorded');
    await logged.close();
  });

  it('scrolls inside its own labelled region on a 320 px screen, never the page', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 320, height: 800 } });
    const { page } = logged;
    await page.goto(`${urls.main}bodies/ad-hoc-group/`);
    const region = page.getByRole('region', { name });
    const widths = await region.evaluate((element) => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      region: element.scrollWidth - element.clientWidth,
    }));
    expect(widths.page).toBe(0);
    expect(widths.region).toBeGreaterThan(0);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Names stay in view while the meetings scroll.
    const left = await page
      .getByRole('rowheader', { name: 'Sri Lanka' })
      .evaluate((element) => element.getBoundingClientRect().left);
    expect(left).toBeGreaterThanOrEqual(0);
    await logged.close();
  });
});

describe('the participation matrix on a 390 px phone', () => {
  const name = 'Countries and organisations at each meeting: Ad Hoc Group';

  it('scrolls inside a region no taller than the screen, keeping the dates and names in view, one line per row', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 390, height: 844 } });
    const { page } = logged;
    await page.goto(`${urls.main}bodies/ad-hoc-group/`);
    const region = page.getByRole('region', { name });
    const box = (await region.boundingBox())!;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeLessThanOrEqual(844);
    // However many roles a party had, its cell keeps them on one line: no letters stacked in a narrow column.
    const stacked = await region.evaluate(
      (element) =>
        [...element.querySelectorAll('.bp-matrix__roles')].filter((roles) => {
          const letters = [...roles.querySelectorAll('.bp-matrix__role')].map((letter) =>
            letter.getBoundingClientRect(),
          );
          return letters.some((letter) => Math.abs(letter.top - letters[0]!.top) > 1);
        }).length,
    );
    expect(stacked).toBe(0);
    expect(await region.locator('.bp-matrix__roles:has(.bp-matrix__role + .bp-matrix__role)').count()).toBeGreaterThan(
      0,
    );
    // Scrolled down and across, the meetings' dates stay at the top of the region and the names at its left.
    await region.evaluate((element) => {
      element.scrollTop = 400;
      element.scrollLeft = 300;
    });
    const after = await region.evaluate((element) => {
      const frame = element.getBoundingClientRect();
      const date = element.querySelector('thead .bp-matrix__meeting')!.getBoundingClientRect();
      const corner = element.querySelector('thead .bp-matrix__corner')!.getBoundingClientRect();
      const rows = [...element.querySelectorAll('tbody .bp-matrix__party')].map((cell) => cell.getBoundingClientRect());
      const visibleRow = rows.find((row) => row.top > corner.bottom && row.bottom < frame.bottom)!;
      return {
        scrolled: [element.scrollTop, element.scrollLeft],
        dateTop: date.top - frame.top,
        cornerLeft: corner.left - frame.left,
        rowLeft: visibleRow.left - frame.left,
      };
    });
    expect(after.scrolled[0]).toBeGreaterThan(0);
    expect(after.scrolled[1]).toBeGreaterThan(0);
    expect(Math.abs(after.dateTop)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.cornerLeft)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.rowLeft)).toBeLessThanOrEqual(2);
    expect(await runAxe(page)).toEqual([]);
    expectClean(logged);
    await logged.close();
  });
});

describe('what a topic page quotes', () => {
  it('links each quote to its paragraph in the record, which is marked when reached', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 390, height: 844 } });
    const { page } = logged;
    await page.goto(`${urls.main}topics/forced-marriage/`);
    const link = page.locator('.bp-said__source a').first();
    const quote = (await page.locator('.bp-said__quote').first().textContent())!.trim();
    const fragment = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${fragment}`);
    const target = page.locator(`#${fragment}`);
    expect((await target.textContent())!.replace(/\s+/g, ' ')).toContain(quote.split(' … ')[0]);
    await expect.poll(() => target.evaluate((element) => element.matches(':target'))).toBe(true);
    // Scrolling may be smooth: wait for the paragraph to come into view.
    await expect
      .poll(async () => {
        const place = (await target.boundingBox())!;
        return place.y >= 0 && place.y < 844;
      })
      .toBe(true);
    expect(await target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expectClean(logged);
    await logged.close();
  });
});

describe('the pictures without colour', () => {
  it('keep an outline round every mark and role letter in forced colours', async () => {
    const logged = await openPage(browser(), origin, { forcedColors: 'active' });
    const { page } = logged;
    await page.goto(`${urls.main}bodies/ad-hoc-group/`);
    const borders = await page.evaluate(() =>
      [...document.querySelectorAll('.bp-timeline__mark, .bp-matrix__role')].map((element) => {
        const style = getComputedStyle(element);
        return (
          style.borderTopStyle !== 'none' &&
          style.borderTopColor !== 'rgba(0, 0, 0, 0)' &&
          parseFloat(style.borderTopWidth) > 0
        );
      }),
    );
    expect(borders.length).toBeGreaterThan(0);
    expect(borders.every(Boolean)).toBe(true);
    await logged.close();
  });

  it('print the whole matrix and timeline, with nothing left to scroll', async () => {
    const logged = await openPage(browser(), origin);
    const { page } = logged;
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${urls.main}bodies/ad-hoc-group/`);
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('[role="region"]')].map((element) => getComputedStyle(element).overflowX),
    );
    expect(overflow).toEqual(['visible', 'visible']);
    await logged.close();
  });
});
