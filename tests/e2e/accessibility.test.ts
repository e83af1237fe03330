/**
 * Accessibility beyond the axe sweep (sweep.test.ts): a keyboard-only journey from the home page to a record found
 * by search, with the focus visible at every step; and the reader's display settings: light and dark colour schemes,
 * reduced motion, forced colours and print.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectClean, openPage, runAxe, useBrowser } from './browser.ts';
import { readFocus, type Focus } from './focus.ts';
import { waitForSearch } from './search-page.ts';
import { getSiteArchive } from '../build/helpers.ts';

const urls = inject('siteUrls');
const origin = new URL(urls.main).origin;
const RECORD = 'meetings/2019-07-02-fifth-joint-period-of-action/';
const archive = await getSiteArchive('main');
const browser = useBrowser();

/** Presses Tab and checks that the element reached shows its focus, in view (WCAG 2.4.7, 2.4.11). */
async function tab(page: Page): Promise<Focus> {
  await page.keyboard.press('Tab');
  const focus = await readFocus(page);
  expect(focus.indicated, `focus indicator on ${focus.description}`).toBe(true);
  expect(focus.inView, `${focus.description} in view`).toBe(true);
  return focus;
}

describe('a keyboard-only journey', () => {
  it('goes from the home page by the skip link to search, to the first result for "forced marriage" and its record, with focus always visible', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 1280, height: 800 } });
    const { page } = logged;
    await page.goto(urls.main);

    // The skip link is the first stop, and shows itself when focused.
    expect((await tab(page)).description).toBe('a "Skip to main content"');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('#main');

    // From the main content, the next stop is the home page's search box.
    expect((await tab(page)).description).toBe('input#home-search "Search the records"');
    await page.keyboard.type('forced marriage');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${urls.main}search/?q=forced+marriage`);
    const results = await waitForSearch(page, { q: 'forced marriage' });
    const first = archive.byId.get(results.urls[0]!.split('/')[2]!)!;

    // Arriving from another page's search, focus is on the results heading; the next stops are the answer for the
    // topic the query names, then the first result.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    const stops: string[] = [];
    let focus: Focus | undefined;
    for (let presses = 0; presses < 3 && !focus?.inResults; presses += 1) {
      focus = await tab(page);
      stops.push(focus.description);
    }
    expect(stops).toEqual(['a "Forced marriage"', `a "${first.title}"`]);

    // Enter opens the record, whose heading is in view at the top of the page.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === results.urls[0]);
    const heading = page.locator('h1');
    expect(await heading.textContent()).toBe(first.title);
    expect(
      await heading.evaluate(
        (element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= innerHeight,
      ),
    ).toBe(true);
    // The title names the record and its dates, as the record page writes them, then the site.
    expect(await page.title()).toBe(`${first.title} (${first.dateText}) · Bali Process Meeting Records`);
    expect((await tab(page)).description).toBe('a "Skip to main content"');
    expectClean(logged);
    await logged.close();
  });
});

describe('the figures of a record on a 320 px screen', () => {
  it('are laid out one figure after another, and are still a table with row and column headers for screen readers', async () => {
    const logged = await openPage(browser(), origin, { viewport: { width: 320, height: 640 } });
    const { page } = logged;
    await page.goto(`${urls.main}meetings/2023-02-08-eighth-bali-process-ministerial-conference/`);
    const table = page.getByRole('table', { name: 'Figures reported for this meeting, with their sources' });
    expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['What', 'Figure', 'Source']);
    expect(await table.getByRole('rowheader').count()).toBe(4);
    expect(await table.getByRole('row').count()).toBe(5);
    expect(await table.getByRole('cell').count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await logged.close();
  });
});

describe('the reader’s display settings', () => {
  /** The page's background and text colours. */
  const colours = (page: Page) =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { background: style.backgroundColor, text: style.color };
    });

  it('follow the light and dark colour schemes, with no axe finding on a record in either', async () => {
    const seen: Record<string, { background: string; text: string }> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const logged = await openPage(browser(), origin, { colorScheme });
      await logged.page.goto(`${urls.main}${RECORD}`);
      seen[colorScheme] = await colours(logged.page);
      expect(await runAxe(logged.page), colorScheme).toEqual([]);
      expectClean(logged);
      await logged.close();
    }
    expect(seen).toEqual({
      light: { background: 'rgb(251, 251, 249)', text: 'rgb(27, 31, 36)' },
      dark: { background: 'rgb(18, 22, 25)', text: 'rgb(232, 236, 239)' },
    });
  });

  it('scroll smoothly to a fragment only for readers who have not asked for reduced motion', async () => {
    const behaviour: Record<string, string> = {};
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const logged = await openPage(browser(), origin, { reducedMotion });
      await logged.page.goto(`${urls.main}${RECORD}`);
      behaviour[reducedMotion] = await logged.page.evaluate(
        () => getComputedStyle(document.documentElement).scrollBehavior,
      );
      await logged.close();
    }
    expect(behaviour).toEqual({ 'no-preference': 'smooth', reduce: 'auto' });
  });

  it('keep buttons, fields and the focus ring visible in forced colours, in system colours', async () => {
    const logged = await openPage(browser(), origin, { forcedColors: 'active' });
    const { page } = logged;
    await page.goto(urls.main);
    await page.keyboard.press('Tab');
    const styles = await page.evaluate(() => {
      const skip = getComputedStyle(document.activeElement!);
      const button = getComputedStyle(document.querySelector('#home-search + .bp-button')!);
      const field = getComputedStyle(document.querySelector('#home-search')!);
      const canvasText = getComputedStyle(document.body).color;
      return {
        focusRing: skip.outlineStyle !== 'none' && parseFloat(skip.outlineWidth) >= 2,
        buttonBorder:
          button.borderTopStyle !== 'none' &&
          parseFloat(button.borderTopWidth) >= 2 &&
          button.borderTopColor === canvasText,
        fieldBorder:
          field.borderTopStyle !== 'none' &&
          parseFloat(field.borderTopWidth) >= 2 &&
          field.borderTopColor === canvasText,
      };
    });
    expect(styles).toEqual({ focusRing: true, buttonBorder: true, fieldBorder: true });
    expectClean(logged);
    await logged.close();
  });

  it('print a record without navigation, with the address of each source written out', async () => {
    const logged = await openPage(browser(), origin);
    const { page } = logged;
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${urls.main}${RECORD}`);
    const print = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.bp-header')!).display,
      series: getComputedStyle(document.querySelector('.bp-record__series')!).display,
      text: getComputedStyle(document.documentElement).color,
    }));
    expect(print.header).toBe('none');
    expect(print.series).toBe('none');
    expect(print.text).toBe('rgb(0, 0, 0)');
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Sources' }).isVisible()).toBe(true);
    const firstSource = await page.locator('.bp-record__sources a').first().getAttribute('href');
    expect(await page.locator('.bp-record__sources').textContent()).toContain(firstSource);
    expectClean(logged);
    await logged.close();
  });
});
