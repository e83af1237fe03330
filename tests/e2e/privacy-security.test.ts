/**
 * Private and safe to host: the test servers send exactly the headers of public/_headers, search works under that
 * Content-Security-Policy (Pagefind's worker and WebAssembly included) at the root and under a base path, and the
 * About page says what the site does with its readers' data.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getHeadersForPath, readHeaderRules, type HeaderRule } from '../../src/lib/tooling/security-headers.ts';
import { ROOT } from '../setup/sites.ts';
import { openPage, useBrowser } from './browser.ts';
import { waitForSearch } from './search-page.ts';

const urls = inject('siteUrls');
const browser = useBrowser();
let rules: HeaderRule[];

beforeAll(async () => {
  rules = await readHeaderRules(join(ROOT, 'public', '_headers'));
});

describe('the security headers', () => {
  it.each([
    ['a record page', 'main', 'meetings/2019-07-02-fifth-joint-period-of-action/'],
    ['Pagefind’s script', 'main', 'pagefind/pagefind.js'],
    ['a data file', 'main', 'data/meetings.json'],
    ['a page missing', 'main', 'no-such-page/'],
    ['the search page under /records/', 'records', 'search/'],
  ] as const)('come with %s, exactly as public/_headers gives them', async (_name, site, path) => {
    const response = await fetch(`${urls[site]}${path}`);
    const expected = getHeadersForPath(rules, new URL(`${urls[site]}${path}`).pathname);
    expect(Object.keys(expected)).toHaveLength(6);
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), name).toBe(value);
  });

  it.each(['main', 'records'] as const)(
    'let search run in the %s site: script, WebAssembly and results, with no worker',
    async (site) => {
      const logged = await openPage(browser(), new URL(urls[site]).origin);
      const workers: string[] = [];
      logged.page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
      await logged.page.goto(`${urls[site]}search/?q=forced+marriage`);
      const results = await waitForSearch(logged.page, { q: 'forced marriage' });
      const base = new URL(urls[site]).pathname;
      expect(results.urls).toContain(`${base}meetings/2019-07-02-fifth-joint-period-of-action/`);
      expect(workers).toEqual([]);
      expect(logged.log.policyViolations).toEqual([]);
      expect(logged.log.consoleErrors).toEqual([]);
      await logged.close();
    },
  );
});

describe('the privacy statement', () => {
  it('is on the About page, linked from every page’s footer, and says no request leaves the site', async () => {
    const logged = await openPage(browser(), new URL(urls.main).origin);
    await logged.page.goto(`${urls.main}meetings/`);
    await logged.page.getByRole('contentinfo').getByRole('link', { name: 'How this site treats your privacy' }).click();
    await logged.page.waitForURL(`${urls.main}about/#privacy`);
    const section = await logged.page.locator('#privacy ~ ul').first().textContent();
    for (const promise of [
      'Nothing comes from other sites',
      'No cookies, nothing stored',
      'Search runs in your browser',
      'The host',
    ]) {
      expect(section).toContain(promise);
    }
    await logged.page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
    await logged.page.waitForURL(`${urls.main}accessibility/`);
    expect(await logged.page.locator('h1').textContent()).toBe('Accessibility statement');
    const headings = await logged.page.locator('h2').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'Compliance status',
        'Known limitations',
        'How we test this website',
        'Report a problem',
      ]),
    );
    const report = await logged.page
      .getByRole('link', { name: 'report an accessibility problem' })
      .getAttribute('href');
    expect(report).toMatch(
      /^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new\?title=Accessibility%3A\+&body=Page\+address/,
    );
    await logged.close();
  });
});
