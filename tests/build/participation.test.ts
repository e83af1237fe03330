import { describe, expect, it } from 'vitest';
import { getBodyMeetings } from '../../src/lib/archive/facets.ts';
import type { RecordFile as CheckedRecord } from '../../src/lib/content/reader.ts';
import {
  getParticipationMatrix,
  PARTICIPATION_ROLES,
  type ParticipationRole,
} from '../../src/lib/archive/participation.ts';
import type { Party } from '../../src/schemas/meeting.ts';
import { ARCHIVE_SITES } from '../setup/sites.ts';
import { getSiteArchive, readSiteContent } from './helpers.ts';

const partyKey = (party: Party) =>
  party.type === 'country' ? `country:${party.code}` : `organization:${party.organization.id}`;

/** Every party's roles in a record, read straight from its fields. */
function rolesIn(record: CheckedRecord): Map<string, ParticipationRole[]> {
  const roles = new Map<string, ParticipationRole[]>();
  const add = (key: string, role: ParticipationRole) => {
    const list = roles.get(key) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(key, list);
  };
  const fields = { host: 'hosts', coChair: 'coChairs', participant: 'participants', observer: 'observers' } as const;
  for (const [role, field] of Object.entries(fields) as Array<
    [keyof typeof fields, (typeof fields)[keyof typeof fields]]
  >) {
    for (const party of record.data[field]) add(partyKey(party), role);
  }
  if (record.data.location.country) add(`country:${record.data.location.country}`, 'venue');
  return roles;
}

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const archive = await getSiteArchive(site);
  const records = (await readSiteContent(site)).records;
  const bodyIds = [...archive.bodies.keys()];

  describe('the participation matrix of every body', () => {
    it.each(bodyIds)('%s: one column per meeting of the body, oldest first, undated last', (bodyId) => {
      const matrix = getParticipationMatrix(getBodyMeetings(archive, bodyId));
      const expected = records.filter(
        (record) => record.data.body.id === bodyId || record.data.jointBodies.some((body) => body.id === bodyId),
      );
      expect(matrix.meetings.map((meeting) => meeting.id).sort()).toEqual(expected.map((record) => record.id).sort());
      const dated = matrix.meetings.slice(0, matrix.undatedFrom).map((meeting) => meeting.sortDate);
      expect(dated).toEqual([...dated].sort());
      expect(dated.every((date) => date !== '')).toBe(true);
      expect(matrix.meetings.slice(matrix.undatedFrom).every((meeting) => meeting.sortDate === '')).toBe(true);
    });

    it.each(bodyIds)('%s: every cell holds exactly the roles the record gives the party', (bodyId) => {
      const matrix = getParticipationMatrix(getBodyMeetings(archive, bodyId));
      const rows = [...matrix.countries, ...matrix.organizations];
      const expectedKeys = new Set(matrix.meetings.flatMap((meeting) => [...rolesIn(meeting.entry).keys()]));
      expect(rows.map((row) => `${row.type}:${row.key}`).sort()).toEqual([...expectedKeys].sort());
      for (const row of rows) {
        matrix.meetings.forEach((meeting, column) => {
          const expected = rolesIn(meeting.entry).get(`${row.type}:${row.key}`) ?? [];
          expect(row.cells[column]).toEqual(
            [...expected].sort((a, b) => PARTICIPATION_ROLES.indexOf(a) - PARTICIPATION_ROLES.indexOf(b)),
          );
        });
        expect(row.count).toBe(row.cells.filter((cell) => cell.length > 0).length);
      }
    });
  });

  describe('the Ad Hoc Group matrix', () => {
    const matrix = getParticipationMatrix(getBodyMeetings(archive, 'ad-hoc-group'));
    const row = (name: string) => matrix.countries.find((country) => country.name === name)!;

    it('lists countries by name and organisations by acronym, in alphabetical order', () => {
      // Names sort as a reader expects; the ones on record today are all there (records added later may add more).
      const names = matrix.countries.map((country) => country.name);
      const labels = matrix.organizations.map((organization) => organization.label);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
      expect(names).toEqual(
        expect.arrayContaining([
          'Afghanistan',
          'Australia',
          'Bangladesh',
          'Canada',
          'India',
          'Indonesia',
          'Malaysia',
          'Maldives',
          'Myanmar',
          'New Zealand',
          'Pakistan',
          'Philippines',
          'Sri Lanka',
          'Thailand',
          'United Arab Emirates',
          'United Kingdom',
          'United States',
          'Viet Nam',
        ]),
      );
      expect(labels).toEqual(
        expect.arrayContaining(['ADFM', 'FAST', 'ILO', 'IOM', 'RSO', 'UNHCR', 'UNODC', 'Walk Free']),
      );
    });

    it('gives Indonesia co-chair and meeting place at the third meeting, in Bali in 2010', () => {
      const column = (id: string) => matrix.meetings.findIndex((meeting) => meeting.id === id);
      const third = column('2010-06-10-third-meeting-of-the-ad-hoc-group');
      expect(third).toBeGreaterThanOrEqual(0);
      expect(row('Indonesia').cells[third]).toEqual(['coChair', 'venue']);
      expect(row('Australia').count).toBeGreaterThanOrEqual(9);
      expect(row('United Kingdom').cells[column('2020-10-20-fifteenth-ad-hoc-group-senior-officials-meeting')]).toEqual(
        ['observer'],
      );
    });
  });

  describe('a body with an undated meeting', () => {
    const matrix = getParticipationMatrix(getBodyMeetings(archive, 'working-group-trafficking-in-persons'));

    it('keeps the undated meeting as the last column', () => {
      const id = 'undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok';
      const column = matrix.meetings.findIndex((meeting) => meeting.id === id);
      // Six dated meetings on record come first; the undated ones close the table.
      expect(matrix.undatedFrom).toBeGreaterThanOrEqual(6);
      expect(column).toBeGreaterThanOrEqual(matrix.undatedFrom!);
      expect(matrix.countries.find((country) => country.key === 'TH')?.cells[column]).toEqual(['venue']);
    });
  });
});
