/**
 * Browsing without the search box: topic, country, body, organisation and year pages on the real build, checked
 * against what the record files say (read here straight from their fields, not through the archive the pages use).
 */
import { describe, expect, it } from 'vitest';
import type { RecordFile } from '../../src/lib/content/reader.ts';
import { getCountryName } from '../../src/lib/domain/countries.ts';
import type { Party } from '../../src/schemas/meeting.ts';
import { ARCHIVE_SITES } from '../setup/sites.ts';
import { exists, getSiteArchive, getSitemapUrls, listHtmlFiles, readPage, readSiteContent } from './helpers.ts';

type CheckedRecord = RecordFile;

/** What each record says, from its own fields. */
const startYear = (record: CheckedRecord) =>
  record.data.startDate ? Number(record.data.startDate.iso.slice(0, 4)) : undefined;
const bodiesOf = (record: CheckedRecord) => [record.data.body.id, ...record.data.jointBodies.map((body) => body.id)];
const topicsOf = (record: CheckedRecord) => record.data.topics.map((topic) => topic.id);
const countryCode = (party: Party) => (party.type === 'country' ? [party.code] : []);
const ROLE_FIELDS = [
  ['host', 'hosts'],
  ['co-chair', 'coChairs'],
  ['participant', 'participants'],
  ['observer', 'observers'],
] as const;
/** The roles of a country in a record, in words as its page writes them: host, co-chair, ..., meeting place. */
function countryRolesIn(record: CheckedRecord, code: string): string[] {
  const roles: string[] = ROLE_FIELDS.filter(([, field]) =>
    record.data[field].some((party) => countryCode(party).includes(code)),
  ).map(([role]) => role);
  if (record.data.location.country === code) roles.push('meeting place');
  return roles;
}
const organizationOf = (party: Party) => (party.type === 'organization' ? [party.organization.id] : []);
const organizationsOf = (record: CheckedRecord) => [
  ...new Set(ROLE_FIELDS.flatMap(([, field]) => record.data[field].flatMap(organizationOf))),
];
/** The roles of an organisation in a record, in words. */
const organizationRolesIn = (record: CheckedRecord, id: string) =>
  ROLE_FIELDS.filter(([, field]) => record.data[field].some((party) => organizationOf(party).includes(id))).map(
    ([role]) => role,
  );
const countriesOf = (record: CheckedRecord) =>
  [
    ...new Set([
      ...ROLE_FIELDS.flatMap(([, field]) => record.data[field].flatMap(countryCode)),
      ...(record.data.location.country ? [record.data.location.country] : []),
    ]),
  ].sort();

const idsOf = (list: readonly CheckedRecord[]) => list.map((record) => record.id).sort();
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The records a page lists as cards, by id, in page order. */
function listedRecords(page: Document): string[] {
  return [...page.querySelectorAll('.bp-meeting-list .bp-card__title a')].map((link) =>
    recordId(link.getAttribute('href')),
  );
}

function recordId(href: string | null): string {
  const match = /^\/meetings\/([^/]+)\/$/.exec(href ?? '');
  if (!match) throw new Error(`not a record link: ${href}`);
  return match[1]!;
}

/** `(12)` or `(12 records)` after a link, as a number. */
function countAfter(link: Element): number {
  const match = /\((\d+)(?: records?)?\)/.exec(text(link.parentElement));
  if (!match) throw new Error(`no count next to ${link.getAttribute('href')}`);
  return Number(match[1]);
}

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const reading = await readSiteContent(site);
  const records = reading.records;
  const byId = new Map(records.map((record) => [record.id, record]));
  const archive = await getSiteArchive(site);
  const entityIds = (collection: 'topics' | 'bodies' | 'series' | 'organizations') =>
    reading.entities[collection].map((entity) => entity.id).sort();
  const topicIds = entityIds('topics');
  const bodyIds = entityIds('bodies');
  const organizationIds = entityIds('organizations');
  const seriesIds = entityIds('series').filter((series) => records.some((record) => record.data.series?.id === series));
  const countryCodes = [...new Set(records.flatMap(countriesOf))].sort();
  const years = [...new Set(records.flatMap((record) => startYear(record) ?? []))].sort();

  describe('topic pages', () => {
    it('there is a page for each of the topics in content/topics', () => {
      const pages = listHtmlFiles(site).filter((file) => /^topics\/[^/]+\/index\.html$/.test(file));
      expect(pages.map((file) => file.split('/')[1]).sort()).toEqual(topicIds);
    });

    it.each(topicIds)('topics/%s lists exactly the records filed under it', (id) => {
      const page = readPage(site, `topics/${id}/index.html`);
      const expected = idsOf(records.filter((record) => topicsOf(record).includes(id)));
      const listed = [...page.querySelectorAll('.bp-said__entry .bp-card__title a')].map((link) =>
        recordId(link.getAttribute('href')),
      );
      expect(listed.sort()).toEqual(expected);
      if (expected.length > 0) {
        expect(text(page.querySelector('#said + p'))).toMatch(
          new RegExp(`^${plural(expected.length, 'meeting', 'meetings')} on record, oldest first`),
        );
      }
    });

    it('the topic index links every topic once, with its number of records', () => {
      const page = readPage(site, 'topics/index.html');
      const links = [...page.querySelectorAll('main a[href^="/topics/"]')];
      expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(topicIds.map((id) => `/topics/${id}/`));
      for (const link of links) {
        const id = link.getAttribute('href')!.split('/')[2]!;
        expect(countAfter(link), id).toBe(records.filter((record) => topicsOf(record).includes(id)).length);
      }
    });
  });

  describe('country pages', () => {
    it('there is a page for every country a record names, and no other', () => {
      const pages = listHtmlFiles(site).filter((file) => /^countries\/[^/]+\/index\.html$/.test(file));
      expect(pages.map((file) => file.split('/')[1]).sort()).toEqual(
        countryCodes.map((code) => code.toLowerCase()).sort(),
      );
      expect(countryCodes).toContain('LK');
    });

    it.each(countryCodes)('countries/%s lists every meeting naming it, with its roles in each', (code) => {
      const page = readPage(site, `countries/${code.toLowerCase()}/index.html`);
      const name = getCountryName(code);
      expect(text(page.querySelector('h1'))).toBe(name);
      const naming = records.filter((record) => countriesOf(record).includes(code));
      expect(listedRecords(page).sort()).toEqual(idsOf(naming));
      for (const card of page.querySelectorAll('.bp-meeting-list .bp-card')) {
        const record = naming.find(
          (candidate) => candidate.id === recordId(card.querySelector('a')!.getAttribute('href')),
        )!;
        expect(text(card.querySelector('.bp-card__note'))).toBe(`${name}: ${countryRolesIn(record, code).join(', ')}`);
      }
      const rows = [...page.querySelectorAll('.bp-role-counts tbody tr')];
      const counts = new Map(
        rows.map((row) => [text(row.querySelector('th')), parseInt(text(row.querySelector('td')), 10)]),
      );
      const inRole = (role: string) => naming.filter((record) => countryRolesIn(record, code).includes(role));
      const count = (role: string) => inRole(role).length;
      expect(counts).toEqual(
        new Map([
          ['Host', count('host')],
          ['Co-chair', count('co-chair')],
          ['Participant', count('participant')],
          ['Observer', count('observer')],
          ['Meeting place', count('meeting place')],
        ]),
      );
      // Each count links to the list of those meetings, newest first as on the country page; a zero links nowhere.
      const order = listedRecords(page);
      for (const row of rows) {
        const role = text(row.querySelector('th')).toLowerCase();
        const slug = role.replace(' ', '-');
        const link = row.querySelector('td a');
        const file = `countries/${code.toLowerCase()}/${slug}/index.html`;
        if (count(role) === 0) {
          expect(link, `${code} ${role}`).toBeNull();
          expect(exists(site, file)).toBe(false);
          continue;
        }
        expect(link?.getAttribute('href')).toBe(`/${file.replace(/index\.html$/, '')}`);
        const expected = idsOf(inRole(role));
        expect(listedRecords(readPage(site, file)), `${code} ${role}`).toEqual(
          order.filter((id) => expected.includes(id)),
        );
      }
    });

    it('names countries in the region’s usage, never in the spellings of the sources', () => {
      expect(text(readPage(site, 'countries/vn/index.html').querySelector('h1'))).toBe('Viet Nam');
      expect(text(readPage(site, 'countries/la/index.html').querySelector('h1'))).toBe('Lao PDR');
    });

    it('shows Sri Lanka as co-chair of exactly the meetings whose records say so', () => {
      const page = readPage(site, 'countries/lk/index.html');
      const coChaired = [...page.querySelectorAll('.bp-meeting-list .bp-card')]
        .filter((card) => text(card.querySelector('.bp-card__note')).includes('co-chair'))
        .map((card) => recordId(card.querySelector('a')!.getAttribute('href')))
        .sort();
      const expected = idsOf(
        records.filter((record) => record.data.coChairs.some((party) => countryCode(party).includes('LK'))),
      );
      expect(coChaired).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });

    it('the country index links every country once, with its number of records', () => {
      const page = readPage(site, 'countries/index.html');
      const links = [...page.querySelectorAll('main a[href^="/countries/"]')];
      expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
        countryCodes.map((code) => `/countries/${code.toLowerCase()}/`).sort(),
      );
      for (const link of links) {
        const code = link.getAttribute('href')!.split('/')[2]!.toUpperCase();
        expect(countAfter(link), code).toBe(records.filter((record) => countriesOf(record).includes(code)).length);
      }
    });
  });

  describe('body pages', () => {
    it('there is a page for each body in content/bodies', () => {
      const pages = listHtmlFiles(site).filter((file) => /^bodies\/[^/]+\/index\.html$/.test(file));
      expect(pages.map((file) => file.split('/')[1]).sort()).toEqual(bodyIds);
    });

    it.each(bodyIds)('bodies/%s lists exactly the meetings it held, alone or jointly', (id) => {
      const page = readPage(site, `bodies/${id}/index.html`);
      const held = records.filter((record) => bodiesOf(record).includes(id));
      expect(listedRecords(page).sort()).toEqual(idsOf(held));
      expect(text(page.querySelector('#meetings'))).toBe(plural(held.length, 'meeting', 'meetings'));
    });

    it.each(bodyIds)('bodies/%s draws one timeline mark and one matrix column per meeting', (id) => {
      const page = readPage(site, `bodies/${id}/index.html`);
      const held = records.filter((record) => bodiesOf(record).includes(id));
      const marks = page.querySelectorAll('.bp-timeline__years .bp-timeline__mark');
      expect(marks.length).toBe(held.length);
      const undatedMarks = page.querySelectorAll('.bp-timeline__year--undated .bp-timeline__mark').length;
      expect(undatedMarks).toBe(held.filter((record) => startYear(record) === undefined).length);
      const columns = [...page.querySelectorAll('.bp-matrix thead .bp-matrix__meeting a')].map((link) =>
        recordId(link.getAttribute('href')),
      );
      expect([...columns].sort()).toEqual(idsOf(held));
      // Oldest first; a record with no date comes last.
      const starts = columns.map(
        (column) => records.find((record) => record.id === column)!.data.startDate?.iso ?? '~',
      );
      expect(starts).toEqual([...starts].sort());
    });

    it('the body index links every body once, with its number of meetings', () => {
      const page = readPage(site, 'bodies/index.html');
      const links = [...page.querySelectorAll('main h2 a[href^="/bodies/"]')];
      expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(bodyIds.map((id) => `/bodies/${id}/`));
      for (const link of links) {
        const id = link.getAttribute('href')!.split('/')[2]!;
        expect(countAfter(link), id).toBe(records.filter((record) => bodiesOf(record).includes(id)).length);
      }
    });
  });

  describe('year pages', () => {
    it('there is a page for every year a record starts in, and no other', () => {
      const pages = listHtmlFiles(site).filter((file) => /^years\/[^/]+\/index\.html$/.test(file));
      expect(pages.map((file) => Number(file.split('/')[1])).sort()).toEqual(years);
    });

    it.each(years)('years/%s lists exactly the records that start in it', (year) => {
      const page = readPage(site, `years/${year}/index.html`);
      const inYear = records.filter((record) => startYear(record) === year);
      expect(listedRecords(page).sort()).toEqual(idsOf(inYear));
      expect(text(page.querySelector('.bp-lede'))).toBe(`${plural(inYear.length, 'record', 'records')}.`);
    });

    it('the year index links every year with its count, and lists the records with no date', () => {
      const page = readPage(site, 'years/index.html');
      const links = [...page.querySelectorAll('.bp-year-list a')];
      expect(links.map((link) => Number(link.textContent))).toEqual([...years].reverse());
      for (const link of links) {
        expect(countAfter(link)).toBe(
          records.filter((record) => startYear(record) === Number(link.textContent)).length,
        );
      }
      expect(listedRecords(page).sort()).toEqual(idsOf(records.filter((record) => startYear(record) === undefined)));
    });
  });

  describe('the home page', () => {
    const page = readPage(site, 'index.html');

    it('draws every record in the timeline, the undated one in its own column', () => {
      expect(page.querySelectorAll('.bp-timeline__years .bp-timeline__mark').length).toBe(records.length);
      expect(page.querySelectorAll('.bp-timeline__year--undated .bp-timeline__mark').length).toBe(
        records.filter((record) => startYear(record) === undefined).length,
      );
      const yearLinks = [...page.querySelectorAll('.bp-timeline__years a.bp-timeline__label')].map((link) =>
        link.getAttribute('href'),
      );
      expect(yearLinks).toEqual([...years.map((year) => `/years/${year}/`), '/years/#undated']);
      expect(readPage(site, 'years/index.html').querySelector('#undated')).not.toBeNull();
    });

    it('counts kinds in the key as the records do', () => {
      const key = [...page.querySelectorAll('.bp-timeline__key li')].map((item) => text(item));
      const kinds = new Map<string, number>();
      for (const record of records) kinds.set(record.data.kind, (kinds.get(record.data.kind) ?? 0) + 1);
      expect(key).toHaveLength(kinds.size);
      expect(key).toContain(`JPA Joint Period of Action (${kinds.get('joint-period-of-action')})`);
      expect(key).toContain(`WG Working group meeting (${kinds.get('working-group-meeting')})`);
      expect(key.reduce((sum, item) => sum + Number(/\((\d+)\)$/.exec(item)?.[1]), 0)).toBe(records.length);
    });
  });

  describe('record pages link to their facets', () => {
    it.each(records.map((record) => [record.id, record] as const))(
      '%s links its body, topics, countries, organisations and year',
      (id, record) => {
        const page = readPage(site, `meetings/${id}/index.html`);
        const links = [...page.querySelectorAll('.bp-facts a[href]')]
          .map((link) => link.getAttribute('href')!)
          .filter((href) => /^\/(topics|countries|bodies|years|organizations)\//.test(href));
        const year = startYear(record);
        const expected = [
          ...bodiesOf(record).map((body) => `/bodies/${body}/`),
          ...topicsOf(record).map((topic) => `/topics/${topic}/`),
          ...countriesOf(record).map((code) => `/countries/${code.toLowerCase()}/`),
          ...organizationsOf(record).map((id) => `/organizations/${id}/`),
          ...(year === undefined ? [] : [`/years/${year}/`]),
        ].sort();
        expect([...new Set(links)].sort()).toEqual(expected);
        for (const href of expected) expect(exists(site, `${href.slice(1)}index.html`), href).toBe(true);
      },
    );
  });

  describe('previous and next in a series', () => {
    /** Every place in a series, in the order the archive promises (orderSeries): records and known meetings without one. */
    const entriesOf = (series: string) => archive.series.get(series)!.entries;
    /** The records of a series in that order (those of other series that the series file names included). */
    const chainOf = (series: string) =>
      entriesOf(series).flatMap((entry) => (entry.type === 'record' ? [byId.get(entry.meeting.id)!] : []));

    it.each(seriesIds)(
      '%s: each record links the record before and after it, or names the known meeting with no record between',
      (series) => {
        const entries = entriesOf(series);
        entries.forEach((entry, index) => {
          if (entry.type !== 'record' || entry.meeting.seriesId !== series) return;
          const nav = readPage(site, `meetings/${entry.meeting.id}/index.html`).querySelector('nav.bp-record__series');
          expect(nav, entry.meeting.id).not.toBeNull();
          for (const [rel, neighbour] of [
            ['prev', entries[index - 1]],
            ['next', entries[index + 1]],
          ] as const) {
            const link = nav!.querySelector(`a[rel="${rel}"]`)?.getAttribute('href') ?? null;
            expect(link, `${entry.meeting.id} ${rel}`).toBe(
              neighbour?.type === 'record' ? `/meetings/${neighbour.meeting.id}/` : null,
            );
            if (neighbour?.type === 'missing') {
              const gaps = [...nav!.querySelectorAll('.bp-record__gap')].map((gap) => text(gap));
              expect(
                gaps.some((gap) =>
                  gap.includes(`${neighbour.known.title}, ${neighbour.known.dateText}: no record yet`),
                ),
                entry.meeting.id,
              ).toBe(true);
            }
          }
        });
        // Where the records of the series give numbers, they rise along it.
        const numbers = chainOf(series).flatMap((record) =>
          record.data.series?.id === series ? (record.data.number ?? []) : [],
        );
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
      },
    );

    it('puts an undated meeting of a series between the meetings numbered either side of it', () => {
      const undatedNumbered = records.filter(
        (record) => record.data.series && record.data.number && !record.data.startDate,
      );
      for (const record of undatedNumbered) {
        const chain = chainOf(record.data.series!.id).map((other) => other.data.number);
        const at = chain.indexOf(record.data.number);
        expect(
          chain.slice(0, at).every((number) => number === undefined || number < record.data.number!),
          record.id,
        ).toBe(true);
        expect(
          chain.slice(at + 1).every((number) => number === undefined || number > record.data.number!),
          record.id,
        ).toBe(true);
      }
    });

    it('gives a record outside any series no series links', () => {
      const loose = records.filter((record) => !record.data.series);
      expect(loose.length).toBeGreaterThan(0);
      for (const record of loose) {
        expect(readPage(site, `meetings/${record.id}/index.html`).querySelector('nav.bp-record__series')).toBeNull();
      }
    });
  });

  describe('browsing without the search box', () => {
    const FACET = /^\/(topics|countries|bodies|years|organizations)\//;

    it('reaches every record from the home page through topic, country, body, organisation and year pages alone', () => {
      const queue = ['/'];
      const seen = new Set(queue);
      const reached = new Set<string>();
      while (queue.length > 0) {
        const path = queue.shift()!;
        const page = readPage(site, `${path.slice(1)}index.html`);
        for (const link of page.querySelectorAll('a[href]')) {
          const target = new URL(link.getAttribute('href')!, `https://records.example.org${path}`);
          if (target.origin !== 'https://records.example.org') continue;
          // Records count only when a facet page links them, not the home page's latest meetings.
          if (path !== '/' && /^\/meetings\/[^/]+\/$/.test(target.pathname)) reached.add(recordId(target.pathname));
          // Pages only: a list's CSV file is a download, not a page to browse.
          if (FACET.test(target.pathname) && target.pathname.endsWith('/') && !seen.has(target.pathname)) {
            seen.add(target.pathname);
            queue.push(target.pathname);
          }
        }
      }
      expect([...reached].sort()).toEqual(idsOf(records));
      expect([...seen].filter((path) => path !== '/').every((path) => FACET.test(path))).toBe(true);
    });

    it('puts every facet page in the sitemap', () => {
      const urls = new Set(getSitemapUrls(site).map((url) => new URL(url).pathname));
      const facetPages = listHtmlFiles(site)
        .filter((file) => FACET.test(`/${file}`))
        .map((file) => `/${file.replace(/index\.html$/, '')}`);
      // Every facet page and index, and a page per role a country or organisation had at least once.
      const rolePages = [
        ...countryCodes.map((code) => new Set(records.flatMap((record) => countryRolesIn(record, code))).size),
        ...organizationIds.map((id) => new Set(records.flatMap((record) => organizationRolesIn(record, id))).size),
      ].reduce((sum, count) => sum + count, 0);
      expect(facetPages.length).toBe(
        topicIds.length + countryCodes.length + bodyIds.length + years.length + organizationIds.length + 5 + rolePages,
      );
      expect(facetPages.filter((path) => !urls.has(path))).toEqual([]);
    });
  });
});
