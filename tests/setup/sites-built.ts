/**
 * Runs before every build and browser test file: waits until the sites of the global setup (tests/setup/site.ts) are
 * built, since each server answers only once its site is, and fails the file with the reason when one did not build.
 */
import { get } from 'node:http';
import { inject } from 'vitest';

/** The status of the site's home page, and the server's text when it is 503 (the site did not build). */
function askWhenBuilt(url: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    // node:http sets no time limit: a build on a busy machine can take minutes.
    get(url, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(response.statusCode === 503 ? text : undefined));
    }).on('error', reject);
  });
}

const problems = (await Promise.all(Object.values(inject('siteUrls')).map(askWhenBuilt))).filter(Boolean);
if (problems.length > 0) throw new Error(problems.join('\n'));
