import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, type LoggedPage } from '../browser.ts';
import { recordResults, waitForSearch } from '../search-page.ts';
import { QUESTIONS } from './questions.ts';

const urls = inject('siteUrls');
const browser = useBrowser();
let logged: LoggedPage;

beforeAll(async () => {
  logged = await openPage(browser(), new URL(urls.main).origin);
  await recordResults(logged.context);
  await logged.page.goto(`${urls.main}search/`);
  await waitForSearch(logged.page, { q: '' });
});

describe('relevance of search on the real records', () => {
  it('has at least 20 questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(QUESTIONS.map((question) => [question.query, question] as const))('"%s"', async (_query, question) => {
    await logged.page.locator('pagefind-input input').fill(question.query);
    const results = await waitForSearch(logged.page, { q: question.query });
    const ids = results.urls.map((url) => url.split('/')[2]);
    if (question.first) expect(ids[0], question.why).toBe(question.first);
    if (question.topThree)
      expect(ids.slice(0, 3), question.why).toEqual(expect.arrayContaining([...question.topThree]));
  });
});
