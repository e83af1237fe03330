import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, runAxe } from './browser.ts';
import { recordResults, waitForSearch } from './search-page.ts';

const urls = inject('siteUrls');
const origin = new URL(urls.main).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each([
    ['home', ''],
    ['list of meetings', 'meetings/'],
    ['record', 'meetings/2019-07-02-fifth-joint-period-of-action/'],
    ['record with disputed figures', 'meetings/2016-03-23-sixth-bali-process-ministerial-conference/'],
    ['undated record', 'meetings/undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok/'],
    ['about', 'about/'],
    ['not found', '404.html'],
  ])('finds nothing on the %s page, which loads with no errors and no request to another site', async (_name, path) => {
    const logged = await openPage(browser, origin);
    await logged.page.goto(`${urls.main}${path}`);
    expect(await runAxe(logged.page)).toEqual([]);
    expect(logged.log.consoleErrors).toEqual([]);
    expect(logged.log.pageErrors).toEqual([]);
    expect(logged.log.failedRequests).toEqual([]);
    expect(logged.log.foreignRequests).toEqual([]);
    expect(logged.log.httpErrors).toEqual([]);
    await logged.context.close();
  });

  it('finds nothing on the search page with results shown', async () => {
    const logged = await openPage(browser, origin);
    await recordResults(logged.context);
    await logged.page.goto(`${urls.main}search/?q=forced+marriage`);
    await waitForSearch(logged.page, { q: 'forced marriage' });
    await logged.page.locator('pagefind-results li').first().locator('a').waitFor();
    expect(await runAxe(logged.page)).toEqual([]);
    expect(logged.log.consoleErrors).toEqual([]);
    expect(logged.log.foreignRequests).toEqual([]);
    await logged.context.close();
  });
});
