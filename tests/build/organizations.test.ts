/**
 * Organisations on the real build: a page for each organisation of content/organizations/ listing exactly the
 * records whose role fields name it, with its roles in each; each role count linking to the list of those meetings;
 * links from every record, from the participation matrix and from search's answers; membership only where a body's
 * file dates it. Expectations are read from the record and entity files, so they hold as the archive grows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordFile } from '../../src/lib/content/reader.ts';
import type { Party } from '../../src/schemas/meeting.ts';
import { getCountryName } from '../../src/lib/domain/countries.ts';
import { firstDay, formatCalendarDate } from '../../src/lib/domain/calendar-date.ts';
import { ARCHIVE_SITES, SITES } from '../setup/sites.ts';
import { exists, listHtmlFiles, readPage, readSiteContent } from './helpers.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ROLE_FIELDS = [
  ['host', 'hosts', 'Host'],
  ['co-chair', 'coChairs', 'Co-chair'],
  ['participant', 'participants', 'Participant'],
  ['observer', 'observers', 'Observer'],
] as const;
const organizationOf = (party: Party) => (party.type === 'organization' ? party.organization.id : undefined);

/** An organisation's roles in a record, in words, read straight from its role fields. */
const rolesIn = (record: RecordFile, id: string) =>
  ROLE_FIELDS.filter(([, field]) => record.data[field].some((party) => organizationOf(party) === id)).map(
    ([role]) => role,
  );

/** The records a page lists as cards, by id, in page order. */
const listed = (page: Document) =>
  [...page.querySelectorAll('.bp-meeting-list .bp-card__title a')].map((link) =>
    link.getAttribute('href')!.replace(/^\/meetings\/|\/$/g, ''),
  );

/** Newest first by the first day the start can mean; records with no date last; then by id. */
const newestFirst = (a: RecordFile, b: RecordFile) => {
  const day = (record: RecordFile) => (record.data.startDate ? firstDay(record.data.startDate) : '');
  if (day(a) === day(b)) return a.id.localeCompare(b.id, 'en');
  if (day(a) === '') return 1;
  if (day(b) === '') return -1;
  return day(a) < day(b) ? 1 : -1;
};

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const reading = await readSiteContent(site);
  const { records } = reading;
  const organizations = reading.entities.organizations;
  const naming = (id: string) => records.filter((record) => rolesIn(record, id).length > 0);

  it('has a page for each organisation of content/organizations, and an index linking each with its count', () => {
    const pages = listHtmlFiles(site).filter((file) => /^organizations\/[^/]+\/index\.html$/.test(file));
    expect(pages.map((file) => file.split('/')[1]).sort()).toEqual(organizations.map(({ id }) => id).sort());
    const index = readPage(site, 'organizations/index.html');
    const links = [...index.querySelectorAll('main li a[href^="/organizations/"]')];
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      organizations.map(({ id }) => `/organizations/${id}/`).sort(),
    );
    for (const link of links) {
      const id = link.getAttribute('href')!.split('/')[2]!;
      expect(Number(/\((\d+)\)$/.exec(text(link.parentElement))?.[1]), id).toBe(naming(id).length);
    }
  });

  it.each(organizations.map((organization) => [organization.id, organization] as const))(
    'organizations/%s lists exactly the records that name it, newest first, with its roles in each',
    (id, organization) => {
      const page = readPage(site, `organizations/${id}/index.html`);
      expect(text(page.querySelector('h1'))).toBe(organization.data.name);
      const expected = naming(id).sort(newestFirst);
      expect(listed(page)).toEqual(expected.map((record) => record.id));
      const short = organization.data.acronym ?? organization.data.name;
      for (const card of page.querySelectorAll('.bp-meeting-list .bp-card')) {
        const record = expected.find(
          (one) => card.querySelector('a')!.getAttribute('href') === `/meetings/${one.id}/`,
        )!;
        expect(text(card.querySelector('.bp-card__note'))).toBe(`${short}: ${rolesIn(record, id).join(', ')}`);
      }
      // Each role count: the number of records naming it in that role, linking to exactly those records.
      const rows = [...page.querySelectorAll('.bp-role-counts tbody tr')];
      expect(rows.map((row) => text(row.querySelector('th')))).toEqual(
        expected.length === 0 ? [] : ROLE_FIELDS.map(([, , label]) => label),
      );
      for (const row of rows) {
        const [role] = ROLE_FIELDS.find(([, , label]) => label === text(row.querySelector('th')))!;
        const inRole = expected.filter((record) => rolesIn(record, id).includes(role));
        expect(parseInt(text(row.querySelector('td')), 10), `${id} ${role}`).toBe(inRole.length);
        const link = row.querySelector('td a');
        if (inRole.length === 0) {
          expect(link).toBeNull();
          expect(exists(site, `organizations/${id}/${role}/index.html`)).toBe(false);
          continue;
        }
        expect(link?.getAttribute('href')).toBe(`/organizations/${id}/${role}/`);
        const rolePage = readPage(site, `organizations/${id}/${role}/index.html`);
        expect(listed(rolePage)).toEqual(inRole.map((record) => record.id));
      }
    },
  );

  it('links each organisation a record names from the record’s facts', () => {
    for (const record of records) {
      const page = readPage(site, `meetings/${record.id}/index.html`);
      const links = new Set(
        [...page.querySelectorAll('.bp-facts a[href^="/organizations/"]')].map((link) => link.getAttribute('href')),
      );
      const named = new Set(
        ROLE_FIELDS.flatMap(([, field]) => record.data[field].flatMap((party) => organizationOf(party) ?? [])),
      );
      expect(links, record.id).toEqual(new Set([...named].map((id) => `/organizations/${id}/`)));
    }
  });

  it('links each organisation row of a body’s participation matrix to the organisation’s page', () => {
    for (const body of reading.entities.bodies) {
      const page = readPage(site, `bodies/${body.id}/index.html`);
      const rows = [...page.querySelectorAll('.bp-matrix .bp-matrix__party')];
      const organizationRows = rows.filter((row) => row.querySelector('a[href^="/organizations/"]'));
      const countryRows = rows.filter((row) => row.querySelector('a[href^="/countries/"]'));
      expect(organizationRows.length + countryRows.length, body.id).toBe(rows.length);
    }
    const ahg = readPage(site, 'bodies/ad-hoc-group/index.html');
    expect(ahg.querySelector('.bp-matrix__party a[href="/organizations/iom/"]')?.textContent).toBe('IOM');
  });

  it('answers a search that names an organisation with a link to its page', () => {
    const thesaurus = JSON.parse(readFileSync(join(SITES[site].dir, 'search/thesaurus.json'), 'utf8')) as {
      entries: Array<{ type: string; id: string; path?: string }>;
    };
    const answers = thesaurus.entries.filter((entry) => entry.type === 'organization');
    expect(answers.length).toBeGreaterThan(0);
    for (const { id, path } of answers) {
      expect(path, id).toBe(`/organizations/${id}/`);
      expect(exists(site, `organizations/${id}/index.html`), id).toBe(true);
    }
    expect(answers.map(({ id }) => id)).toEqual(expect.arrayContaining(['iom', 'unodc']));
  });

  describe('membership', () => {
    const members = reading.entities.bodies.flatMap((body) => body.data.members.map((member) => ({ body, member })));

    it('is shown on the page of each country or organisation a body file dates, with its source', () => {
      expect(members.length).toBeGreaterThan(0);
      for (const { body, member } of members) {
        const isOrganization = organizations.some(({ id }) => id === member.id);
        const file = isOrganization
          ? `organizations/${member.id}/index.html`
          : `countries/${member.id.toLowerCase()}/index.html`;
        if (!exists(site, file)) continue; // A country no record names has no page.
        const items = [...readPage(site, file).querySelectorAll('.bp-membership li')];
        const item = items.find((one) => one.querySelector(`a[href="/bodies/${body.id}/"]`));
        expect(text(item), `${member.id} in ${body.id}`).toContain(
          `Member of the ${body.data.name} since ${formatCalendarDate(member.since)}.`,
        );
        expect(item!.querySelector(`a[href="${member.source.url}"]`)).not.toBeNull();
      }
    });

    it('is listed on each body page, and shown nowhere a body file does not date it', () => {
      for (const body of reading.entities.bodies) {
        const page = readPage(site, `bodies/${body.id}/index.html`);
        const listedMembers = [...page.querySelectorAll('.bp-member-list li')].map((item) =>
          text(item.querySelector('a')),
        );
        expect(listedMembers, body.id).toEqual(
          body.data.members.map(
            (member) => organizations.find(({ id }) => id === member.id)?.data.name ?? getCountryName(member.id),
          ),
        );
      }
      const dated = new Set(members.map(({ member }) => member.id.toLowerCase()));
      for (const file of listHtmlFiles(site).filter((one) => /^countries\/[a-z]{2}\/index\.html$/.test(one))) {
        const code = file.split('/')[1]!;
        if (dated.has(code)) continue;
        expect(readPage(site, file).querySelector('.bp-membership'), code).toBeNull();
      }
    });
  });
});
