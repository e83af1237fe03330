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
      await logged.context.close();
    },
  );

  it('copies the BibTeX entry with the copy button and says so to screen readers', async () => {
    const logged = await openPage(browser(), origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await logged.page.goto(`${urls.main}${record}`);
    const button = logged.page.getByRole('button', { name: 'Copy BibTeX' });
    await button.click();
    await expect.poll(() => logged.page.locator('.bp-cite [role="status"]').textContent()).toBe('BibTeX copied');
    const copied = await logged.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await logged.page.locator('#cite-bibtex').textContent())?.trim());
    expect(copied).toMatch(/^@misc\{bpmr-2019-07-02-fifth-joint-period-of-action,/);
    expect(logged.log.consoleErrors).toEqual([]);
    await logged.context.close();
  });

  it('offers the citation and its downloads without JavaScript, and no copy button that would do nothing', async () => {
    const logged = await openPage(browser(), origin, { javaScriptEnabled: false });
    await logged.page.goto(`${urls.main}${record}`);
    expect(await logged.page.locator('#cite-text').textContent()).toContain('Fifth Joint Period of Action');
    expect(await logged.page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    const download = logged.page.getByRole('link', { name: 'Download the BibTeX entry for this record (.bib)' });
    const response = await logged.page.request.get(new URL((await download.getAttribute('href'))!, urls.main).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('@misc{bpmr-2019-07-02-fifth-joint-period-of-action,');
    await logged.context.close();
  });
});
