/**
 * The link check (`npm run check:links`) on the real builds: every address inside the site leads to a file and its
 * #fragment to an element, every address on another site is well-formed https, nothing loads from elsewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem, type LinkReport } from '../../src/lib/tooling/link-check.ts';
import { SITES } from '../setup/sites.ts';
import { getSitemapUrls, listHtmlFiles } from './helpers.ts';

describe.each(['main', 'records'] as const)('every address in the %s site', (site) => {
  let report: LinkReport;
  beforeAll(() => {
    report = checkLinks({ dir: SITES[site].dir });
  });

  it('leads somewhere: no broken page, file, fragment or malformed address', () => {
    expect(report.problems.map(formatLinkProblem)).toEqual([]);
  });

  it('was checked on every page of the sitemap, and the not-found page', () => {
    const base = SITES[site].base;
    const sitemapPaths = getSitemapUrls(site).map((url) => new URL(url).pathname);
    expect(report.siteUrl).toBe(`https://records.example.org${base}`);
    expect(report.pages.slice(0, sitemapPaths.length)).toEqual(sitemapPaths);
    expect(report.pages).toContain(`${base}404.html`);
    // Every HTML file of the build was reached from the sitemap.
    expect([...report.pages].sort()).toEqual(
      listHtmlFiles(site)
        .map((file) => `${base}${file.replace(/index\.html$/, '')}`)
        .sort(),
    );
    expect(report.internalLinks).toBeGreaterThan(report.pages.length * 20);
    expect(report.externalLinks).toBeGreaterThan(200);
  });
});
