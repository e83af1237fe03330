/**
 * The archive as pages need it: every record resolved against its bodies, topics, organisations and series,
 * sorted once, with the facet indexes (years, countries, topics, bodies) and series links built once.
 *
 * Pure: it takes plain parsed data, so tests can build an archive without Astro. `lib/site/archive.ts` feeds it from
 * the content collections.
 */
import {
  formatDateRange,
  firstDay,
  getYear,
  type CalendarDate,
} from '../domain/calendar-date.ts';
import { compareCountries, getCountryName } from '../domain/countries.ts';
import { KIND_INFO, MEETING_KINDS, type MeetingKind } from '../domain/kinds.ts';
import type { Body, Organization, Series, Topic } from '../../schemas/entities.ts';
import type { MeetingData, Party } from '../../schemas/meeting.ts';

/** The four roles a party can have in a meeting, plus the country the meeting was held in. */
export const ROLES = ['host', 'coChair', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** Labels of roles, singular and plural. */
export const ROLE_LABELS: Readonly<Record<Role | 'venue', { one: string; many: string }>> = {
  host: { one: 'Host', many: 'Hosts' },
  coChair: { one: 'Co-chair', many: 'Co-chairs' },
  participant: { one: 'Participant', many: 'Participants' },
  observer: { one: 'Observer', many: 'Observers' },
  venue: { one: 'Meeting place', many: 'Meeting place' },
};

const ROLE_FIELDS: Readonly<Record<Role, 'hosts' | 'coChairs' | 'participants' | 'observers'>> = {
  host: 'hosts',
  coChair: 'coChairs',
  participant: 'participants',
  observer: 'observers',
};

/** An entity with its id. */
export interface WithId<T> {
  id: string;
  data: T;
}

/** A record as loaded: its id, parsed frontmatter, and whatever the renderer needs (kept opaque here). */
export interface LoadedMeeting<Entry = unknown> {
  id: string;
  /** Path of the source file relative to the project, e.g. `content/meetings/2019-07-02-….mdx`. */
  filePath: string;
  data: MeetingData;
  entry: Entry;
  /** Extra words to index for search (see `getIndexOnlyTerms`), computed when the record was loaded. */
  searchTerms?: readonly string[];
}

/** A body, ready for a page. */
export interface BodyView {
  id: string;
  name: string;
  acronyms: readonly string[];
  description: string;
  parentId?: string;
  established?: number;
  url?: string;
  order: number;
}

/** A topic of the thesaurus, ready for a page. */
export interface TopicView {
  id: string;
  label: string;
  definition: string;
  aliases: readonly string[];
  broaderId?: string;
}

/** A party in a role, with its display name. */
export interface PartyView {
  /** ISO code for a country (`AU`), id for an organisation (`iom`). */
  key: string;
  type: 'country' | 'organization';
  /** Display name: the country's name, or the organisation's name. */
  name: string;
  /** Acronym of an organisation, when it has one. */
  acronym?: string;
  representative?: string;
  note?: string;
}

/** Where a meeting was held, ready to show. */
export interface LocationView {
  mode: MeetingData['location']['mode'];
  city?: string;
  countryCode?: string;
  countryName?: string;
  venue?: string;
  note?: string;
  /** One line: "Bangkok, Thailand", "Online", "Several places", "Place not recorded". */
  text: string;
}

/** A meeting, resolved and ready for pages, feeds and data files. */
export interface MeetingView<Entry = unknown> {
  id: string;
  filePath: string;
  entry: Entry;
  data: MeetingData;
  title: string;
  kind: MeetingKind;
  kindLabel: string;
  summary: string;
  start?: CalendarDate;
  end?: CalendarDate;
  /** "2 July – 3 December 2019", "May – November 2016", "Date not recorded". */
  dateText: string;
  /** Calendar year of the start, when there is one. */
  year?: number;
  /** ISO first day of the start (`2016-05-01` for May 2016), or `''` when undated: the key dates sort by. */
  sortDate: string;
  body: BodyView;
  jointBodies: BodyView[];
  seriesId?: string;
  number?: number;
  location: LocationView;
  roles: Readonly<Record<Role, PartyView[]>>;
  topics: TopicView[];
  /** Every country that appears in the record, with its roles (and `venue` when the meeting was held there). */
  countryRoles: ReadonlyMap<string, ReadonlyArray<Role | 'venue'>>;
  updated: string;
  /** Extra words to index for search: other scripts cut into words, elided words, folded letters. */
  searchTerms: readonly string[];
}

/** A series with its meetings in order. */
export interface SeriesView<Entry = unknown> {
  id: string;
  name: string;
  bodyId: string;
  meetings: MeetingView<Entry>[];
}

/** Everything pages need. */
export interface Archive<Entry = unknown> {
  /** Published meetings, newest first; undated meetings last, then by id. */
  meetings: MeetingView<Entry>[];
  byId: ReadonlyMap<string, MeetingView<Entry>>;
  bodies: ReadonlyMap<string, BodyView>;
  topics: ReadonlyMap<string, TopicView>;
  organizations: ReadonlyMap<string, WithId<Organization>['data']>;
  series: ReadonlyMap<string, SeriesView<Entry>>;
}

/** Inputs of `buildArchive`, as the content collections give them. */
export interface ArchiveInput<Entry = unknown> {
  meetings: ReadonlyArray<LoadedMeeting<Entry>>;
  bodies: ReadonlyArray<WithId<Body>>;
  topics: ReadonlyArray<WithId<Topic>>;
  organizations: ReadonlyArray<WithId<Organization>>;
  series: ReadonlyArray<WithId<Series>>;
}

/**
 * Newest first; among equal dates, by id; undated records after all dated ones.
 * @example ['2019-07-02', '', '2024-01-23'] sorts as ['2024-01-23', '2019-07-02', '']
 */
export function compareNewestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === '') return 1;
    if (b.sortDate === '') return -1;
    return a.sortDate < b.sortDate ? 1 : -1;
  }
  return a.id.localeCompare(b.id, 'en');
}

/** Oldest first (series order); undated records last. */
export function compareOldestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === '') return 1;
    if (b.sortDate === '') return -1;
    return a.sortDate < b.sortDate ? -1 : 1;
  }
  return a.id.localeCompare(b.id, 'en');
}

function describeLocation(location: MeetingData['location']): LocationView {
  const countryName = location.country ? getCountryName(location.country) : undefined;
  let text: string;
  switch (location.mode) {
    case 'online':
      text = 'Online';
      break;
    case 'several-places':
      text = 'Several places';
      break;
    case 'not-recorded':
      text = [location.city, countryName].filter(Boolean).join(', ') || 'Place not recorded';
      break;
    default: {
      const place = [location.city, countryName].filter(Boolean).join(', ');
      text = location.mode === 'hybrid' ? `${place} and online` : place;
    }
  }
  return {
    mode: location.mode,
    ...(location.city ? { city: location.city } : {}),
    ...(location.country ? { countryCode: location.country } : {}),
    ...(countryName ? { countryName } : {}),
    ...(location.venue ? { venue: location.venue } : {}),
    ...(location.note ? { note: location.note } : {}),
    text,
  };
}

/**
 * Resolves, sorts and indexes the archive. Drafts are left out.
 * @throws Error naming the record and the value when a reference points at nothing (the content check reports
 *   this first; this is the last line of defence).
 */
export function buildArchive<Entry>(input: ArchiveInput<Entry>): Archive<Entry> {
  const bodies = new Map<string, BodyView>(
    input.bodies.map(({ id, data }) => [
      id,
      {
        id,
        name: data.name,
        acronyms: data.acronyms,
        description: data.description,
        ...(data.parent ? { parentId: data.parent } : {}),
        ...(data.established ? { established: data.established } : {}),
        ...(data.url ? { url: data.url } : {}),
        order: data.order,
      },
    ]),
  );
  const topics = new Map<string, TopicView>(
    input.topics.map(({ id, data }) => [
      id,
      {
        id,
        label: data.label,
        definition: data.definition,
        aliases: data.aliases,
        ...(data.broader ? { broaderId: data.broader } : {}),
      },
    ]),
  );
  const organizations = new Map(input.organizations.map(({ id, data }) => [id, data]));

  const resolve = <T>(map: ReadonlyMap<string, T>, id: string, what: string, record: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`${record}: "${id}" is not a known ${what}.`);
    return found;
  };

  const toParty = (party: Party, record: string): PartyView => {
    const extra = {
      ...(party.representative ? { representative: party.representative } : {}),
      ...(party.note ? { note: party.note } : {}),
    };
    if (party.type === 'country') {
      return { key: party.code, type: 'country', name: getCountryName(party.code), ...extra };
    }
    const organization = resolve(organizations, party.organization.id, 'organisation', record);
    return {
      key: party.organization.id,
      type: 'organization',
      name: organization.name,
      ...(organization.acronym ? { acronym: organization.acronym } : {}),
      ...extra,
    };
  };

  const meetings: MeetingView<Entry>[] = [];
  for (const loaded of input.meetings) {
    const { data, id } = loaded;
    if (data.draft) continue;
    const where = loaded.filePath || id;
    const roles = Object.fromEntries(
      ROLES.map((role) => [role, data[ROLE_FIELDS[role]].map((party) => toParty(party, where))]),
    ) as Record<Role, PartyView[]>;
    const countryRoles = new Map<string, Array<Role | 'venue'>>();
    for (const role of ROLES) {
      for (const party of roles[role]) {
        if (party.type !== 'country') continue;
        const list = countryRoles.get(party.key) ?? [];
        if (!list.includes(role)) list.push(role);
        countryRoles.set(party.key, list);
      }
    }
    if (data.location.country) {
      countryRoles.set(data.location.country, [...(countryRoles.get(data.location.country) ?? []), 'venue']);
    }
    const start = data.startDate;
    const end = data.endDate;
    meetings.push({
      id,
      filePath: loaded.filePath,
      entry: loaded.entry,
      data,
      title: data.title,
      kind: data.kind,
      kindLabel: KIND_INFO[data.kind].label,
      summary: data.summary,
      ...(start ? { start, year: getYear(start) } : {}),
      ...(end ? { end } : {}),
      dateText: formatDateRange(start, end),
      sortDate: start ? firstDay(start) : '',
      body: resolve(bodies, data.body.id, 'body', where),
      jointBodies: data.jointBodies.map((body) => resolve(bodies, body.id, 'body', where)),
      ...(data.series ? { seriesId: data.series.id } : {}),
      ...(data.number !== undefined ? { number: data.number } : {}),
      location: describeLocation(data.location),
      roles,
      topics: data.topics.map((topic) => resolve(topics, topic.id, 'topic', where)),
      countryRoles,
      updated: data.updated.iso,
      searchTerms: loaded.searchTerms ?? [],
    });
  }
  meetings.sort(compareNewestFirst);

  const series = new Map<string, SeriesView<Entry>>();
  for (const { id, data } of input.series) {
    series.set(id, {
      id,
      name: data.name,
      bodyId: data.body,
      meetings: meetings.filter((meeting) => meeting.seriesId === id).sort(compareOldestFirst),
    });
  }
  for (const meeting of meetings) {
    if (meeting.seriesId) resolve(series, meeting.seriesId, 'series', meeting.filePath || meeting.id);
  }

  return {
    meetings,
    byId: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    bodies,
    topics,
    organizations,
    series,
  };
}

/** The meetings before and after this one in its series (oldest first), when it is in one. */
export function getSeriesNeighbours<Entry>(
  archive: Archive<Entry>,
  meeting: MeetingView<Entry>,
): { series?: SeriesView<Entry>; previous?: MeetingView<Entry>; next?: MeetingView<Entry> } {
  if (!meeting.seriesId) return {};
  const series = archive.series.get(meeting.seriesId);
  if (!series) return {};
  const index = series.meetings.indexOf(meeting);
  const previous = index > 0 ? series.meetings[index - 1] : undefined;
  const next = series.meetings[index + 1];
  return { series, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Up to `limit` other meetings that share topics or a body with this one, most shared first.
 * Score: one point per shared topic, two for the same body (one for a shared joint body); ties go to the meeting
 * nearest in time, then by id. Computed for the whole archive at once from topic and body indexes, so it stays
 * fast with tens of thousands of records.
 */
export function getRelatedMeetings<Entry>(
  archive: Archive<Entry>,
  meeting: MeetingView<Entry>,
  limit = 5,
): MeetingView<Entry>[] {
  let related = relatedCache.get(archive) as RelatedIndex<Entry> | undefined;
  if (!related || related.limit < limit) {
    related = buildRelatedIndex(archive, Math.max(limit, 5));
    relatedCache.set(archive, related as RelatedIndex<unknown>);
  }
  return (related.byMeeting.get(meeting) ?? []).slice(0, limit);
}

interface RelatedIndex<Entry> {
  limit: number;
  byMeeting: Map<MeetingView<Entry>, MeetingView<Entry>[]>;
}

const relatedCache = new WeakMap<object, RelatedIndex<unknown>>();

function buildRelatedIndex<Entry>(archive: Archive<Entry>, limit: number): RelatedIndex<Entry> {
  const meetings = archive.meetings;
  const count = meetings.length;
  // Everything as integers and typed arrays: at 10,000 records this loop visits tens of millions of pairs.
  const time = new Float64Array(count);
  const primaryBody = new Int32Array(count);
  const bodyIndex = new Map<string, number>();
  const topicMembers = new Map<string, number[]>();
  const bodyMembers: number[][] = [];
  const meetingBodies: number[][] = [];
  meetings.forEach((meeting, index) => {
    time[index] = meeting.sortDate ? Date.parse(meeting.sortDate) : Number.NaN;
    for (const topic of meeting.topics) {
      const list = topicMembers.get(topic.id);
      if (list) list.push(index);
      else topicMembers.set(topic.id, [index]);
    }
    const bodies: number[] = [];
    for (const id of [meeting.body.id, ...meeting.jointBodies.map((joint) => joint.id)]) {
      let body = bodyIndex.get(id);
      if (body === undefined) {
        body = bodyIndex.size;
        bodyIndex.set(id, body);
        bodyMembers.push([]);
      }
      if (!bodies.includes(body)) {
        bodies.push(body);
        bodyMembers[body]!.push(index);
      }
    }
    primaryBody[index] = bodies[0]!;
    meetingBodies.push(bodies);
  });

  const scores = new Int32Array(count);
  const bodyScored = new Uint8Array(count);
  const touched = new Int32Array(count);
  const byMeeting = new Map<MeetingView<Entry>, MeetingView<Entry>[]>();
  for (let self = 0; self < count; self += 1) {
    const meeting = meetings[self]!;
    let touchedCount = 0;
    for (const topic of meeting.topics) {
      for (const other of topicMembers.get(topic.id)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += 1;
      }
    }
    for (const body of meetingBodies[self]!) {
      for (const other of bodyMembers[body]!) {
        if (other === self || bodyScored[other]) continue;
        bodyScored[other] = 1;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += primaryBody[other] === primaryBody[self] ? 2 : 1;
      }
    }
    const distance = (other: number) => {
      const gap = Math.abs(time[self]! - time[other]!);
      return Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap;
    };
    /** Positive when `a` ranks above `b`: more points, then nearer in time, then by id. */
    const better = (a: number, b: number) =>
      scores[a]! - scores[b]! || distance(b) - distance(a) || meetings[b]!.id.localeCompare(meetings[a]!.id, 'en');
    // Keep the best `limit` in order, without sorting everything touched.
    const best: number[] = [];
    for (let index = 0; index < touchedCount; index += 1) {
      const other = touched[index]!;
      if (best.length === limit) {
        const last = best[limit - 1]!;
        if (scores[other]! < scores[last]! || better(other, last) <= 0) continue;
      }
      let position = best.length;
      while (position > 0 && better(other, best[position - 1]!) > 0) position -= 1;
      best.splice(position, 0, other);
      if (best.length > limit) best.pop();
    }
    byMeeting.set(
      meeting,
      best.map((index) => meetings[index]!),
    );
    for (let index = 0; index < touchedCount; index += 1) {
      scores[touched[index]!] = 0;
      bodyScored[touched[index]!] = 0;
    }
  }
  return { limit, byMeeting };
}

/** Up to this many records, `/meetings/` lists every one; above it, the latest `LIST_PER_YEAR` of each year. */
export const LIST_ALL_LIMIT = 1000;

/** How many meetings of each year `/meetings/` lists when the archive is larger than `LIST_ALL_LIMIT`. */
export const LIST_PER_YEAR = 25;

/** Meetings grouped by year, newest year first; undated meetings in a last group with `year: undefined`. */
export function groupByYear<T extends { year?: number }>(meetings: readonly T[]): Array<{ year?: number; meetings: T[] }> {
  const groups: Array<{ year?: number; meetings: T[] }> = [];
  for (const meeting of meetings) {
    const last = groups.at(-1);
    if (last && last.year === meeting.year) last.meetings.push(meeting);
    else groups.push(meeting.year === undefined ? { meetings: [meeting] } : { year: meeting.year, meetings: [meeting] });
  }
  return groups;
}

/** Every year that has a meeting, newest first. */
export function getYears(archive: Archive): number[] {
  return [...new Set(archive.meetings.flatMap((meeting) => (meeting.year === undefined ? [] : [meeting.year])))];
}

/** Every country code that appears in any record, in alphabetical order of name. */
export function getCountryCodes(archive: Archive): string[] {
  return [...new Set(archive.meetings.flatMap((meeting) => [...meeting.countryRoles.keys()]))].sort(compareCountries);
}

/** Meetings where a country appears, newest first, each with the country's roles in it. */
export function getCountryMeetings<Entry>(
  archive: Archive<Entry>,
  code: string,
): Array<{ meeting: MeetingView<Entry>; roles: ReadonlyArray<Role | 'venue'> }> {
  return archive.meetings.flatMap((meeting) => {
    const roles = meeting.countryRoles.get(code);
    return roles ? [{ meeting, roles }] : [];
  });
}

/** Meetings filed under a topic, newest first. */
export function getTopicMeetings<Entry>(archive: Archive<Entry>, topicId: string): MeetingView<Entry>[] {
  return archive.meetings.filter((meeting) => meeting.topics.some((topic) => topic.id === topicId));
}

/** Meetings held by a body, alone or jointly, newest first. */
export function getBodyMeetings<Entry>(archive: Archive<Entry>, bodyId: string): MeetingView<Entry>[] {
  return archive.meetings.filter(
    (meeting) => meeting.body.id === bodyId || meeting.jointBodies.some((body) => body.id === bodyId),
  );
}

/** The kinds of meeting in the order of `MEETING_KINDS`, with their counts. */
export function getKindCounts(archive: Archive): Array<{ kind: MeetingKind; count: number }> {
  return MEETING_KINDS.map((kind) => ({
    kind,
    count: archive.meetings.filter((meeting) => meeting.kind === kind).length,
  }));
}
