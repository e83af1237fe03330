/**
 * Search results as researchers read them, in Chromium on the real archive (and the fixtures site for words in other
 * scripts): cards that quote only their record, matched words marked, answers before results, and the words people
 * search by. The queries are typed one after another into one search page, as a reader asks them. What a test
 * expects is read from the records (`getSiteArchive`), so it holds as the archive grows.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { getCountryMeetings, getCountryRoleCounts } from '../../src/lib/archive/facets.ts';
import { getSiteArchive, readSiteFile } from '../build/helpers.ts';
import { useBrowser } from './browser.ts';
import { downloadedResults, typeQuery, useSearchPage } from './search-page.ts';

const urls = inject('siteUrls');
const archive = await getSiteArchive('main');
const idOf = (url: string) => url.split('/')[2]!;

const browser = useBrowser();
const searchPage = useSearchPage(browser, () => `${urls.main}search/`);
const fixturesSearchPage = useSearchPage(browser, () => `${urls.fixtures}search/`);

/** The words of a record page's main text, lower case: what a card may quote. */
const recordWords = new Map<string, Set<string>>();
function wordsOf(id: string): Set<string> {
  let words = recordWords.get(id);
  if (!words) {
    // Every element's text apart, as a reader sees it: a tag never joins two words.
    const { document } = parseHTML(readSiteFile('main', `meetings/${id}/index.html`).replaceAll('<', ' <'));
    words = new Set(
      (document.querySelector('main')?.textContent ?? '').toLocaleLowerCase('en').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [],
    );
    recordWords.set(id, words);
  }
  return words;
}

describe('results that read well', () => {
  it.each([
    'scam centres',
    'forced marriage',
    'JPoA',
    'Thailand',
    'perdagangan orang',
    'การค้ามนุษย์',
    'human trafficking',
    'Vietnam',
    'Da Nang',
    'labor exploitation',
  ])('quote only the record’s own words for "%s", never a list of other names', async (query) => {
    const logged = await searchPage();
    const results = await typeQuery(logged.page, query);
    expect(results.count).toBeGreaterThan(0);
    const cards = await logged.page.locator('[data-result-list] .bp-result').evaluateAll((articles) =>
      articles.map((article) => ({
        url: new URL(article.querySelector('a')!.href).pathname,
        text: [...article.querySelectorAll('.bp-result__excerpt, .bp-result__topic, .bp-result__meta')]
          .map((part) => part.textContent)
          .join(' '),
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(Math.min(5, results.count));
    for (const card of cards) {
      expect(card.text).not.toMatch(/Also known as|;\s*scam centers|\u0335/u);
      const words = wordsOf(idOf(card.url));
      const quoted = card.text.toLocaleLowerCase('en').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
      const foreign = quoted.filter((word) => !words.has(word) && !/^topic$/.test(word));
      expect(foreign, `${card.url}: ${card.text}`).toEqual([]);
    }
    expect(logged.log.consoleErrors).toEqual([]);
  });

  it('marks the matched words with a visible background in light and dark schemes', async () => {
    const logged = await searchPage();
    await typeQuery(logged.page, 'forced marriage');
    for (const colorScheme of ['light', 'dark'] as const) {
      await logged.page.emulateMedia({ colorScheme });
      const mark = logged.page.locator('[data-result-list] mark').first();
      const [background, page] = await mark.evaluate((element) => [
        getComputedStyle(element).backgroundColor,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(background, colorScheme).not.toBe('rgba(0, 0, 0, 0)');
      expect(background, colorScheme).not.toBe(page);
    }
    await logged.page.emulateMedia({ colorScheme: 'light' });
  });

  it('links a result to the section of the record where the match is', async () => {
    const logged = await searchPage();
    await typeQuery(logged.page, 'Buckley');
    const where = logged.page.locator('[data-result-list] .bp-result__where a').first();
    const href = await where.getAttribute('href');
    expect(href).toMatch(/\/meetings\/[^/]+\/\?highlight=buckley#[a-z-]+$/);
    const id = new URL(href!, urls.main).hash.slice(1);
    const record = parseHTML(readSiteFile('main', `meetings/${idOf(new URL(href!, urls.main).pathname)}/index.html`));
    expect(record.document.getElementById(id), `#${id} on the record page`).not.toBeNull();
  });

  it('says when a record matches only through its topic, and shows its summary', async () => {
    const topic = archive.topics.get('scam-centres-and-forced-criminality')!;
    const logged = await searchPage();
    await typeQuery(logged.page, topic.label);
    const throughTopic = logged.page.locator('.bp-result__topic');
    if ((await throughTopic.count()) > 0) {
      expect(await throughTopic.first().textContent()).toBe(`Topic: ${topic.label}`);
      const card = throughTopic.first().locator('xpath=..');
      const id = idOf(new URL((await card.locator('a').first().getAttribute('href'))!, urls.main).pathname);
      expect(await card.locator('.bp-result__excerpt').textContent()).toBe(archive.byId.get(id)!.summary);
    }
  });
});

describe('answers before results', () => {
  it.each([
    ['Thailand', 'a country', '/countries/th/'],
    ['human trafficking', 'a topic alias', '/topics/trafficking-in-persons/'],
    ['AHG', 'an acronym', '/bodies/ad-hoc-group/'],
    ['การค้ามนุษย์', 'a Thai label', '/topics/trafficking-in-persons/'],
    ['perdagangan orang', 'an Indonesian label', '/topics/trafficking-in-persons/'],
  ])('link "%s", %s, to its page with its counts', async (query, _what, target) => {
    const logged = await searchPage();
    await typeQuery(logged.page, query);
    const answer = logged.page.locator('[data-answers] .bp-answer').first();
    expect(await answer.locator('a').getAttribute('href')).toBe(target);
    const text = (await answer.textContent())!;
    if (target === '/countries/th/') {
      const meetings = getCountryMeetings(archive, 'TH');
      const hosted = getCountryRoleCounts(meetings).find((count) => count.role === 'host')!.count;
      expect(text).toMatch(new RegExp(`^Thailand \\(country\\) — ${meetings.length} meetings: host of ${hosted}`));
    } else if (target.startsWith('/topics/')) {
      const count = archive.meetings.filter((m) => m.topics.some((t) => t.id === 'trafficking-in-persons')).length;
      expect(text).toBe(`Trafficking in persons (topic) — ${count} meetings`);
    } else {
      expect(text).toMatch(/^Ad Hoc Group \(body\) — \d+ meetings on record$/);
    }
  });
});

describe('words people search by', () => {
  it.each([
    ['Ivoire', 'an elided word'],
    ['ค้ามนุษย์', 'a Thai word inside a longer run of Thai'],
    ['贩运', 'a Chinese word inside a longer run of Chinese'],
    ['mua bán người', 'Vietnamese words'],
    ['mua ban nguoi', 'Vietnamese words typed without diacritics'],
    ['Ha Noi', 'a Vietnamese place name typed without diacritics'],
  ])('finds %s, %s, from the search box', async (query) => {
    const logged = await fixturesSearchPage();
    const results = await typeQuery(logged.page, query);
    expect(results.urls).toContainEqual(
      expect.stringMatching(
        /\/meetings\/(2020-03-10-delegates-from-cote-divoire|2021-05-20-terms-in-other-scripts)\/$/,
      ),
    );
  });

  it.each([
    ['Vietnam', 'Viet Nam'],
    ['Laos', 'Lao PDR'],
    ['East Timor', 'Timor-Leste'],
  ])('finds the same records for %s as for %s', async (one, other) => {
    const logged = await searchPage();
    await typeQuery(logged.page, one);
    const a = await downloadedResults(logged.page);
    await typeQuery(logged.page, other);
    const b = await downloadedResults(logged.page);
    expect([...a].sort()).toEqual([...b].sort());
    expect(a.length).toBeGreaterThan(0);
  });
});
