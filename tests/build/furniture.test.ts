/**
 * Page furniture on the real build: breadcrumbs on record and facet pages, each crumb a page that exists; and
 * "On this page" contents on long records (three or more headings of their own), each link a section of the page, in
 * page order.
 */
import { describe, expect, it } from 'vitest';
import { ARCHIVE_SITES } from '../setup/sites.ts';
import { exists, getSiteArchive, listHtmlFiles, readPage } from './helpers.ts';

/** Topic, country, body, year, series and organisation pages, and the lists of a country's or organisation's role. */
const FACET_PAGE = /^(topics|countries|bodies|years|series|organizations)\/[^/]+\/(?:[^/]+\/)?index\.html$/;

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const archive = await getSiteArchive(site);
  const crumbsOf = (file: string) =>
    [...readPage(site, file).querySelectorAll('nav[aria-label="Breadcrumb"] a')].map((link) => [
      link.textContent,
      link.getAttribute('href'),
    ]);

  it('gives every record page the trail Home › Meetings › its year', () => {
    for (const meeting of archive.meetings) {
      expect(crumbsOf(`meetings/${meeting.id}/index.html`), meeting.id).toEqual([
        ['Home', '/'],
        ['Meetings', '/meetings/'],
        ...(meeting.year !== undefined ? [[String(meeting.year), `/years/${meeting.year}/`]] : []),
      ]);
    }
  });

  it('gives every topic, country, body, year, series and organisation page, and each role list, a trail of pages that exist', () => {
    const facets = listHtmlFiles(site).filter((file) => FACET_PAGE.test(file));
    expect(facets.length).toBeGreaterThan(50);
    for (const file of facets) {
      const crumbs = crumbsOf(file);
      expect(crumbs[0], file).toEqual(['Home', '/']);
      expect(crumbs.length, file).toBeGreaterThanOrEqual(2);
      for (const [, target] of crumbs)
        expect(exists(site, `${target!.slice(1)}index.html`), `${file}: ${target}`).toBe(true);
    }
    expect(crumbsOf('topics/forced-marriage/index.html').map(([label]) => label)).toEqual([
      'Home',
      'Topics',
      archive.topics.get(archive.topics.get('forced-marriage')!.broaderId!)?.label,
    ]);
    expect(crumbsOf('countries/th/index.html')).toEqual([
      ['Home', '/'],
      ['Countries', '/countries/'],
    ]);
    expect(crumbsOf('countries/th/participant/index.html')).toEqual([
      ['Home', '/'],
      ['Countries', '/countries/'],
      ['Thailand', '/countries/th/'],
    ]);
    expect(crumbsOf('organizations/iom/participant/index.html')).toEqual([
      ['Home', '/'],
      ['Organisations', '/organizations/'],
      ['IOM', '/organizations/iom/'],
    ]);
  });

  it('gives each long record contents linking every section of the page, in order, and a short record none', () => {
    let long = 0;
    for (const meeting of archive.meetings) {
      const page = readPage(site, `meetings/${meeting.id}/index.html`);
      const own = page.querySelectorAll('.bp-record__text > h2').length;
      const links = [...page.querySelectorAll('nav.bp-contents a')].map((link) => link.getAttribute('href')!.slice(1));
      if (own < 3) {
        expect(links, meeting.id).toEqual([]);
        continue;
      }
      long += 1;
      const sections = [...page.querySelectorAll('main h2[id]')]
        .map((heading) => heading.id)
        .filter((id) => id !== 'contents-heading');
      expect(sections.slice(0, links.length), meeting.id).toEqual(links);
      expect(links, meeting.id).toEqual(expect.arrayContaining(['sources', 'history', 'cite']));
    }
    expect(long).toBeGreaterThan(archive.meetings.length / 2);
  });
});
