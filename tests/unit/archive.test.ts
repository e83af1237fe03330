/** The archive view: the orders it lists meetings in, series, and related records. */
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../src/lib/archive/archive.ts';
import { getRelatedMeetings } from '../../src/lib/archive/related.ts';
import { getSeriesNeighbours } from '../../src/lib/archive/series.ts';
import {
  getCountryMeetings,
  getOrganizationCounts,
  getOrganizationMeetings,
  getRoleMeetings,
} from '../../src/lib/archive/facets.ts';
import { getMemberships } from '../../src/lib/archive/membership.ts';
import { getFixtureEntities, makeArchive, makeMeeting } from '../support/meetings.ts';

/** The rule for related records, written the slow and obvious way, to check the indexed version against. */
function naiveRelated(all: readonly MeetingView[], meeting: MeetingView, limit: number): string[] {
  const topics = new Set(meeting.topics.map((topic) => topic.id));
  const bodies = new Set([meeting.body.id, ...meeting.jointBodies.map((body) => body.id)]);
  const time = (m: MeetingView) => (m.sortDate ? Date.parse(m.sortDate) : Number.NaN);
  const distance = (other: MeetingView) => {
    const gap = Math.abs(time(meeting) - time(other));
    return Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap;
  };
  return all
    .filter((other) => other !== meeting)
    .map((other) => {
      let score = other.topics.filter((topic) => topics.has(topic.id)).length;
      if (other.body.id === meeting.body.id) score += 2;
      else if ([other.body, ...other.jointBodies].some((body) => bodies.has(body.id))) score += 1;
      return { other, score };
    })
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || distance(a.other) - distance(b.other) || a.other.id.localeCompare(b.other.id, 'en'),
    )
    .slice(0, limit)
    .map(({ other }) => other.id);
}

const TOPICS = [
  'trafficking-in-persons',
  'people-smuggling',
  'forced-marriage',
  'labour-exploitation',
  'border-management',
];
const BODIES = ['ad-hoc-group', 'working-group-disruption', 'regional-support-office'];

/** Thirty meetings with overlapping topics and bodies, some undated, some with joint bodies. */
const many = Array.from({ length: 30 }, (_, index) =>
  makeMeeting(
    {
      title: `Meeting number ${index + 1}`,
      body: BODIES[index % 3],
      ...(index % 7 === 0 ? { jointBodies: [BODIES[(index + 1) % 3]] } : {}),
      startDate: index % 9 === 4 ? undefined : `${2005 + (index % 17)}-0${1 + (index % 9)}`,
      dateNote: 'A made-up meeting for a test.',
      topics: TOPICS.filter((_topic, topic) => (index + topic) % 3 === 0).concat(
        index % 2 ? ['women-and-children'] : [],
      ),
    },
    { id: `meeting-${String(index + 1).padStart(2, '0')}` },
  ),
);

describe('the archive view', () => {
  const archive = makeArchive(many);

  it('lists meetings newest first, with undated ones last', () => {
    const dates = archive.meetings.map((meeting) => meeting.sortDate);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === '')).toBe(true);
    expect(dates.length - dated.length).toBe(3);
  });

  it('finds the related records the rule says, for every meeting', () => {
    for (const meeting of archive.meetings) {
      expect(getRelatedMeetings(archive, meeting).map((m) => m.id)).toEqual(naiveRelated(archive.meetings, meeting, 5));
    }
  });
});

describe('a series', () => {
  const jpa = (number: number | undefined, startDate: string | undefined) =>
    makeMeeting({
      title: `Joint Period of Action ${number ?? 'without a number'}`,
      kind: 'joint-period-of-action',
      body: 'working-group-disruption',
      series: 'joint-periods-of-action',
      ...(number ? { number } : {}),
      startDate,
      dateNote: 'As the sources give it.',
    });
  const archive = makeArchive([
    jpa(5, '2019-07-02'),
    jpa(1, '2015-09-28'),
    jpa(3, undefined),
    jpa(2, '2016-05'),
    jpa(undefined, '2017-03'),
    jpa(4, '2018-06'),
  ]);
  const order = archive.series
    .get('joint-periods-of-action')!
    .meetings.map((meeting) => meeting.number ?? `(${meeting.sortDate})`);

  it('follows its numbers, so an undated third sits between the second and the fourth', () => {
    expect(order).toEqual([1, 2, 3, '(2017-03-01)', 4, 5]);
  });

  it('gives each meeting the ones before and after it', () => {
    const third = archive.meetings.find((meeting) => meeting.number === 3)!;
    const { previous, next } = getSeriesNeighbours(archive, third);
    expect(previous?.type === 'record' && previous.meeting.number).toBe(2);
    expect(next?.type === 'record' && next.meeting.sortDate).toBe('2017-03-01');
  });
});

describe('organisations and roles', () => {
  const archive = makeArchive([
    makeMeeting({
      title: 'One',
      startDate: '2019-07-02',
      hosts: ['iom'],
      coChairs: ['iom', 'TH'],
      observers: ['unodc'],
    }),
    makeMeeting({ title: 'Two', startDate: '2020-01-10', participants: ['iom', 'AU'] }),
    makeMeeting({ title: 'Three', startDate: '2018-03', dateNote: 'Month only.', participants: ['AU'] }),
  ]);

  it('lists the meetings whose record names an organisation, newest first, with all its roles in each', () => {
    expect(getOrganizationMeetings(archive, 'iom').map(({ meeting, roles }) => [meeting.title, roles])).toEqual([
      ['Two', ['participant']],
      ['One', ['host', 'coChair']],
    ]);
    expect(getOrganizationMeetings(archive, 'walk-free')).toEqual([]);
  });

  it('counts every organisation of the content, by name, with 0 for those no record names', () => {
    const counts = getOrganizationCounts(archive);
    expect(counts).toHaveLength(archive.organizations.size);
    expect(counts.find(({ id }) => id === 'iom')?.count).toBe(2);
    expect(counts.find(({ id }) => id === 'unodc')?.count).toBe(1);
    expect(counts.find(({ id }) => id === 'walk-free')?.count).toBe(0);
    const names = counts.map(({ organization }) => organization.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives the list behind each role count: the meetings of one role, in the list’s order', () => {
    expect(getRoleMeetings(getOrganizationMeetings(archive, 'iom'), 'host').map((meeting) => meeting.title)).toEqual([
      'One',
    ]);
    expect(getRoleMeetings(getCountryMeetings(archive, 'AU'), 'participant').map((meeting) => meeting.title)).toEqual([
      'Two',
      'Three',
    ]);
    expect(getRoleMeetings(getCountryMeetings(archive, 'TH'), 'venue').map((meeting) => meeting.title)).toEqual([
      'Two',
      'One',
      'Three',
    ]);
  });
});

describe('membership', () => {
  const { bodies } = getFixtureEntities().entities;
  const source = { url: 'https://www.baliprocess.net/event/a/', title: 'Event page' };
  const withMembers = bodies.map((body) =>
    body.id === 'ad-hoc-group'
      ? {
          ...body,
          data: {
            ...body.data,
            members: [
              { id: 'PH', since: { iso: '2011-10-12', precision: 'day' as const }, source },
              { id: 'unodc', since: { iso: '2013', precision: 'year' as const }, note: 'Welcomed.', source },
            ],
          },
        }
      : body,
  );
  const archive = makeArchive([makeMeeting({ participants: ['PH'] })], { bodies: withMembers });

  it('is what a body’s file dates from a source, never who attended', () => {
    expect(
      getMemberships(archive, 'PH').map(({ body, sinceText, source: from }) => [body.id, sinceText, from]),
    ).toEqual([['ad-hoc-group', '12 October 2011', source]]);
    expect(getMemberships(archive, 'unodc').map(({ sinceText, note }) => [sinceText, note])).toEqual([
      ['2013', 'Welcomed.'],
    ]);
    expect(getMemberships(archive, 'TH')).toEqual([]);
    expect(archive.bodies.get('ad-hoc-group')?.members.map(({ key, type, name }) => [key, type, name])).toEqual([
      ['PH', 'country', 'Philippines'],
      ['unodc', 'organization', 'United Nations Office on Drugs and Crime'],
    ]);
  });
});
