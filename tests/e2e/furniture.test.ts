/**
 * Page furniture in Chromium: the phone header's height, the footer at the bottom of a short page, print without
 * buttons and with the addresses of sources and documents, and no axe finding on the new pages and the phone layout.
 */
import { describe, expect, inject, it } from 'vitest';
import { listHtmlFiles, readSiteFile } from '../build/helpers.ts';
import { expectClean, openPage, runAxe, useBrowser } from './browser.ts';

const urls = inject('siteUrls');
const origin = new URL(urls.main).origin;
const RECORD = 'meetings/2019-07-02-fifth-joint-period-of-action/';
const PHONE = { width: 390, height: 844 };
const browser = useBrowser();

describe('the header on a 390 px phone', () => {
  it('is at most 120 px tall, with the site name on one line and every navigation link on one line', async () => {
    const logged = await openPage(browser(), origin, { viewport: PHONE });
    await logged.page.goto(`${urls.main}${RECORD}`);
    const header = await logged.page.evaluate(() => {
      const name = document.querySelector('.bp-header__name')!;
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
      return {
        height: document.querySelector('.bp-header')!.getBoundingClientRect().height,
        nameLines: Math.round(name.getBoundingClientRect().height / lineHeight),
        linkTops: [...document.querySelectorAll('.bp-header__nav a')].map((link) => link.getBoundingClientRect().top),
        links: [...document.querySelectorAll('.bp-header__nav a')].map((link) => link.textContent),
        search: document.querySelector<HTMLElement>('.bp-header__search-link')?.offsetParent !== null,
      };
    });
    expect(header.height).toBeLessThanOrEqual(120);
    expect(header.nameLines).toBe(1);
    expect(header.links).toEqual(['Meetings', 'Topics', 'Countries', 'Bodies', 'About']);
    expect(new Set(header.linkTops).size).toBe(1);
    expect(header.search).toBe(true);
    expectClean(logged);
    await logged.close();
  });
});

describe('a short page', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', PHONE],
  ] as const)(
    'ends with its footer at the bottom of the %s screen, with no blank band below it',
    async (_name, viewport) => {
      const logged = await openPage(browser(), origin, { viewport });
      await logged.page.goto(`${urls.main}404.html`);
      const layout = await logged.page.evaluate(() => ({
        footerBottom: document.querySelector('footer')!.getBoundingClientRect().bottom,
        pageHeight: document.documentElement.scrollHeight,
        screen: window.innerHeight,
      }));
      expect(layout.pageHeight).toBe(layout.screen);
      expect(Math.round(layout.footerBottom)).toBe(layout.screen);
      await logged.close();
    },
  );
});

describe('a record in print', () => {
  it('leaves out every button, the citation files, the breadcrumbs and the contents, and writes out the addresses of sources and documents', async () => {
    const logged = await openPage(browser(), origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = logged;
    await page.goto(`${urls.main}meetings/2023-02-08-eighth-bali-process-ministerial-conference/`);
    // On screen, with JavaScript and a clipboard, the copy button shows.
    expect(await page.getByRole('button', { name: 'Copy reference' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      visibleButtons: [...document.querySelectorAll('button, .bp-button')].filter(
        (element) => getComputedStyle(element).display !== 'none',
      ).length,
      hidden: ['.bp-cite details', '.bp-breadcrumbs', '.bp-contents', '.bp-header'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display,
      ),
      documents: [...document.querySelectorAll<HTMLAnchorElement>('#documents ~ ul a[href^="http"]')].map((link) => [
        link.href,
        getComputedStyle(link, '::after').content,
      ]),
      sourceText: document.querySelector('.bp-record__sources')!.textContent ?? '',
      sources: [...document.querySelectorAll<HTMLAnchorElement>('.bp-record__sources > li > a')].map(
        (link) => link.href,
      ),
    }));
    expect(print.visibleButtons).toBe(0);
    expect(print.hidden).toEqual(['none', 'none', 'none', 'none']);
    expect(print.documents.length).toBeGreaterThan(0);
    for (const [href, after] of print.documents) expect(after).toBe(`" (${href})"`);
    for (const href of print.sources) expect(print.sourceText).toContain(href);
    expect(await page.locator('#cite-text').isVisible()).toBe(true);
    expectClean(logged);
    await logged.close();
  });
});

describe('the new pages and the phone layout', () => {
  it.each([
    ['the glossary', 'light', 'glossary/', { width: 1280, height: 800 }],
    ['the glossary', 'dark', 'glossary/', PHONE],
    ['a record with breadcrumbs and contents', 'dark', RECORD, PHONE],
    ['a year page', 'light', 'years/2019/', PHONE],
  ] as const)('find nothing with axe on %s in the %s scheme', async (_name, colorScheme, path, viewport) => {
    const logged = await openPage(browser(), origin, { colorScheme, viewport });
    await logged.page.goto(`${urls.main}${path}`);
    expect(await runAxe(logged.page)).toEqual([]);
    expectClean(logged);
    await logged.close();
  });

  it('highlights the glossary entry a first use links to', async () => {
    // The first record page whose text links an abbreviation to the glossary, as built.
    const [file, term, title, anchor] = listHtmlFiles('main')
      .filter((candidate) => /^meetings\/[^/]+\/index\.html$/.test(candidate))
      .map((candidate) => {
        const found = /<a class="bp-term" href="[^"]*#(term-[^"]+)"><abbr title="([^"]+)">([^<]+)<\/abbr><\/a>/.exec(
          readSiteFile('main', candidate),
        );
        return found ? ([candidate, found[3]!, found[2]!, found[1]!] as const) : undefined;
      })
      .find((entry) => entry !== undefined)!;
    const logged = await openPage(browser(), origin);
    const { page } = logged;
    await page.goto(`${urls.main}${file.replace(/index\.html$/, '')}`);
    const link = page.locator('main a.bp-term', { hasText: term }).first();
    expect(await link.locator('abbr').getAttribute('title')).toBe(title);
    await link.click();
    await page.waitForURL(new RegExp(`/glossary/#${anchor}$`));
    expect(await page.locator(`#${anchor}`).evaluate((entry) => getComputedStyle(entry).outlineStyle)).toBe('solid');
    await logged.close();
  });
});
