import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, waitForResults, type LoggedPage } from './browser.ts';

const urls = inject('siteUrls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  console.log(`Chromium ${browser.version()}`);
});

afterAll(async () => {
  await browser?.close();
});

function expectClean({ log }: LoggedPage): void {
  expect(log.consoleErrors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.failedRequests).toEqual([]);
  expect(log.httpErrors).toEqual([]);
  expect(log.foreignRequests).toEqual([]);
}

const resultLinks = (logged: LoggedPage) =>
  logged.page.$$eval('pagefind-results a[href]', (links) =>
    links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent?.trim() ?? '' })),
  );

describe('search in a real browser', () => {
  it('finds the Fifth Joint Period of Action first for "forced marriage" typed in the search box (case C17)', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await openPage(browser, origin);
    await logged.page.goto(`${urls.main}search/`);
    const input = logged.page.locator('pagefind-input input');
    await input.click();
    await input.pressSequentially('forced marriage', { delay: 20 });
    await waitForResults(logged.page, 'forced marriage');
    const [first] = await resultLinks(logged);
    expect(first?.text).toBe('Fifth Joint Period of Action');
    expect(first?.href).toBe('/meetings/2019-07-02-fifth-joint-period-of-action/');
    expect(new URL(logged.page.url()).searchParams.get('q')).toBe('forced marriage');
    expectClean(logged);
    await logged.context.close();
  });

  it('runs the search in a shared link, and the result opens the record', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await openPage(browser, origin);
    await logged.page.goto(`${urls.main}search/?q=forced+marriage`);
    await waitForResults(logged.page, 'forced marriage');
    expect(await logged.page.locator('pagefind-input input').inputValue()).toBe('forced marriage');
    await logged.page.locator('pagefind-results a').first().click();
    await logged.page.waitForURL(`${urls.main}meetings/2019-07-02-fifth-joint-period-of-action/`);
    expect(await logged.page.locator('h1').textContent()).toBe('Fifth Joint Period of Action');
    expectClean(logged);
    await logged.context.close();
  });

  it('finds only records with the exact phrase when it is quoted', async () => {
    const origin = new URL(urls.main).origin;
    const logged = await openPage(browser, origin);
    await logged.page.goto(`${urls.main}search/?q=${encodeURIComponent('"forced marriage"')}`);
    await waitForResults(logged.page, '"forced marriage"');
    const links = await resultLinks(logged);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const record = await logged.context.request.get(`${origin}${link.href}`);
      expect((await record.text()).toLowerCase()).toContain('forced marriage');
    }
    await logged.context.close();
  });

  it('works under a base path: scripts, index and result links carry /records/ (case C11)', async () => {
    const origin = new URL(urls.records).origin;
    const logged = await openPage(browser, origin);
    await logged.page.goto(`${urls.records}search/?q=forced+marriage`);
    await waitForResults(logged.page, 'forced marriage');
    const [first] = await resultLinks(logged);
    expect(first?.href).toBe('/records/meetings/2019-07-02-fifth-joint-period-of-action/');
    expectClean(logged);
    await logged.context.close();
  });
});
