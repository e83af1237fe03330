/**
 * The data page and "Cite this record" in Chromium: no axe finding in either colour scheme, the copy button and what
 * it tells screen readers, and the reference and citation files without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, runAxe, useBrowser } from './browser.ts';

const urls = inject('siteUrls');
const origin = new URL(urls.main).origin;
const record = 'meetings/2019-07-02-fifth-joint-period-of-action/';
const browser = useBrowser();

describe('the data page and citations in Chromium', () => {
  it.each([
    ['data page', 'light', 'data/'],
    ['data page', 'dark', 'data/'],
    ['record page with its citation', 'dark', record],
  ] as const)(
    'finds nothing with axe on the %s in the %s scheme, with no errors and no request to another site',
    async (_name, colorScheme, path) => {
      const logged = await openPage(browser(), origin, { colorScheme });
      await logged.page.goto(`${urls.main}${path}`);
      expect(await runAxe(logged.page)).toEqual([]);
      expect(logged.log.consoleErrors).toEqual([]);
      expect(logged.log.pageErrors).toEqual([]);
      expect(logged.log.failedRequests).toEqual([]);
      expect(logged.log.foreignRequests).toEqual([]);
      expect(logged.log.httpErrors).toEqual([]);
      await logged.close();
    },
  );

  it('finds nothing with axe on a record whose citation files are shown', async () => {
    const logged = await openPage(browser(), origin);
    await logged.page.goto(`${urls.main}${record}`);
    await logged.page.locator('.bp-cite summary').click();
    expect(await logged.page.locator('.bp-cite details').getAttribute('open')).toBe('');
    expect(await runAxe(logged.page)).toEqual([]);
    await logged.close();
  });

  it('copies the reference with the one copy button and says so to screen readers', async () => {
    const logged = await openPage(browser(), origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await logged.page.goto(`${urls.main}${record}`);
    expect(await logged.page.locator('.bp-cite').getByRole('button').count()).toBe(1);
    await logged.page.getByRole('button', { name: 'Copy reference' }).click();
    await expect.poll(() => logged.page.locator('.bp-cite [role="status"]').textContent()).toBe('Reference copied');
    const copied = await logged.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await logged.page.locator('#cite-text').textContent())?.trim());
    expect(copied).toMatch(
      /^Bali Process Meeting Records contributors\. \(\d{4}, \w+ \d+\)\. Fifth Joint Period of Action\./,
    );
    expect(logged.log.consoleErrors).toEqual([]);
    await logged.close();
  });

  it('offers the reference and, behind the disclosure, the files without JavaScript, with no copy button that would do nothing', async () => {
    const logged = await openPage(browser(), origin, { javaScriptEnabled: false });
    await logged.page.goto(`${urls.main}${record}`);
    expect(await logged.page.locator('#cite-text').textContent()).toContain('Fifth Joint Period of Action');
    expect(await logged.page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    const download = logged.page.getByRole('link', { name: 'RIS file' });
    expect(await download.isVisible()).toBe(false);
    await logged.page.locator('.bp-cite summary').click();
    expect(await download.isVisible()).toBe(true);
    const response = await logged.page.request.get(new URL((await download.getAttribute('href'))!, urls.main).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^TY {2}- ELEC\r\nID {2}- bpmr-2019-07-02-fifth-joint-period-of-action\r\n/);
    await logged.close();
  });
});
