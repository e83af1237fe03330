/**
 * The relevance suite, in Chromium on the built sites. On the real archive each question asks only what stays true
 * as the archive grows: the expected record is among the first few results (a new record may fairly answer a question
 * too). On the frozen copy of real records in the fixtures site, the questions that pin a rank ask for it exactly.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, type LoggedPage } from '../browser.ts';
import { openSearchPage, typeQuery } from '../search-page.ts';
import { AMONG_FIRST, QUESTIONS } from './questions.ts';

const urls = inject('siteUrls');
const browser = useBrowser();

async function ask(logged: LoggedPage, query: string): Promise<string[]> {
  const results = await typeQuery(logged.page, query);
  return results.urls.map((url) => url.split('/')[2]!);
}

describe('relevance on the real archive, as it grows', () => {
  let logged: LoggedPage;
  beforeAll(async () => {
    logged = await openSearchPage(browser(), `${urls.main}search/`);
  });

  it.each(QUESTIONS.map((question) => [question.query, question] as const))('"%s"', async (query, question) => {
    const ids = await ask(logged, query);
    for (const id of question.expect) expect(ids.slice(0, AMONG_FIRST), `${id}: ${question.why}`).toContain(id);
  });
});

describe('relevance on a frozen copy of real records', () => {
  let logged: LoggedPage;
  beforeAll(async () => {
    logged = await openSearchPage(browser(), `${urls.fixtures}search/`);
  });

  it.each(QUESTIONS.filter((question) => question.first).map((question) => [question.query, question] as const))(
    '"%s" puts its answer first',
    async (query, question) => {
      const ids = await ask(logged, query);
      expect(ids[0], question.why).toBe(question.first);
    },
  );
});
