/**
 * Waiting for the sites of the global setup (tests/setup/site.ts), which builds them while the unit tests run: each
 * server answers only once its site is built, or with 503 and the reason once its build failed.
 */
import { get } from 'node:http';
import { inject } from 'vitest';
import type { SiteName } from './sites.ts';

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

/**
 * Resolves once these sites are built.
 * @throws Error naming each site that did not build, and where its build's output is.
 */
export async function waitForSites(names: readonly SiteName[]): Promise<void> {
  const urls = inject('siteUrls');
  const problems = (await Promise.all(names.map((name) => askWhenBuilt(urls[name])))).filter(Boolean);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
