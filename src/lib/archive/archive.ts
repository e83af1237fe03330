/**
 * The archive as pages need it: every record resolved against its bodies, topics, organisations and series,
 * sorted once, with the facet indexes (years, countries, topics, bodies) and series links built once.
 *
 * Pure: it takes plain parsed data, so tests can build an archive without Astro. `lib/site/archive.ts` feeds it from
 * the content collections.
 */
import { formatCalendarDate, formatDateRange, firstDay, getYear, type CalendarDate } from '../domain/calendar-date.ts';
import { getCountryName, isCountryCode } from '../domain/countries.ts';
import { KIND_INFO, type MeetingKind } from '../domain/kinds.ts';
import { ROLE_FIELD, ROLES, type Role } from '../domain/roles.ts';
import { compareNewestFirst, orderSeries } from './order.ts';
import type { Body, Organization, Series, Topic } from '../../schemas/entities.ts';
import type { MeetingData, Party } from '../../schemas/meeting.ts';
import type { TextPlace } from '../domain/passages.ts';

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
  /** The paragraphs and list items of the text with their ids on the page (see `lib/content/text-places.ts`). */
  textPlaces?: readonly TextPlace[];
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
  /** Members a source dates, in the order of the body's file (see `members` in `schemas/entities.ts`). */
  members: readonly BodyMemberView[];
}

/** A member of a body, as a source gives it, ready for a page. */
export interface BodyMemberView {
  /** ISO code for a country (`PH`), id for an organisation (`unodc`). */
  key: string;
  type: 'country' | 'organization';
  /** The country's name, or the organisation's name. */
  name: string;
  /** The day, month or year from which the source shows it a member. */
  since: CalendarDate;
  /** `since` in words: "12 October 2011", "October 2011", "2011". */
  sinceText: string;
  note?: string;
  source: { url: string; title?: string | undefined; note?: string | undefined };
}

/** A topic of the thesaurus, ready for a page. */
export interface TopicView {
  id: string;
  label: string;
  definition: string;
  aliases: readonly string[];
  broaderId?: string;
  /** Its label in other languages, each with its source. */
  translations: ReadonlyArray<{ language: string; label: string; source: string; sourceTitle: string }>;
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
  /** Every organisation the record names, by id, with its roles in the order of `ROLES`. */
  organizationRoles: ReadonlyMap<string, readonly Role[]>;
  updated: string;
  /** The paragraphs and list items of the record's text, with their ids on its page, in reading order. */
  textPlaces: readonly TextPlace[];
}

/**
 * A meeting without its text (its collection entry and the paragraphs of its text): all that lists, tables and
 * timelines show of it. A page that shows meetings this way keeps these in its props, so its cache key does not
 * change when only a record's text does (see `lib/site/page-key.ts`).
 */
export type MeetingSummary<Entry = unknown> = Omit<MeetingView<Entry>, 'entry' | 'textPlaces'>;

const summaries = new WeakMap<object, MeetingSummary>();

/** The summary of a meeting (made once per meeting). */
export function toMeetingSummary<Entry>(meeting: MeetingView<Entry>): MeetingSummary<Entry> {
  let summary = summaries.get(meeting) as MeetingSummary<Entry> | undefined;
  if (!summary) {
    const { entry: _entry, textPlaces: _textPlaces, ...rest } = meeting;
    summary = rest;
    summaries.set(meeting, summary);
  }
  return summary;
}

/** A meeting a source shows took place, from a series file, with what is known of it. */
export interface KnownMeetingView {
  number?: number;
  numberNote?: string;
  title: string;
  start?: CalendarDate;
  end?: CalendarDate;
  /** "29–30 March 2011", "March 2011", "Date not recorded". */
  dateText: string;
  year?: number;
  /** ISO first day of the start, or `''` when undated. */
  sortDate: string;
  dateNote?: string;
  location?: LocationView;
  source: { url: string; title?: string | undefined; note?: string | undefined };
  /** The id of its record, when the archive has one. */
  recordId?: string;
}

/** A place in a series: a meeting the archive records, or a known meeting it has no record of yet. */
export type SeriesEntry<Entry = unknown> =
  { type: 'record'; meeting: MeetingView<Entry> } | { type: 'missing'; known: KnownMeetingView };

/** A series with its meetings in order, recorded or not. */
export interface SeriesView<Entry = unknown> {
  id: string;
  name: string;
  bodyId: string;
  /** The records of the series, in series order (see `orderSeries`). */
  meetings: MeetingView<Entry>[];
  /** Every meeting of the series, recorded or not, in series order. */
  entries: SeriesEntry<Entry>[];
  /** Known meetings without a record, in series order. */
  missing: KnownMeetingView[];
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

const byIdCache = new WeakMap<readonly object[], Map<string, MeetingView<never>>>();
/** Meetings by id, made once per list. */
function byIdOf<Entry>(meetings: readonly MeetingView<Entry>[]): ReadonlyMap<string, MeetingView<Entry>> {
  let map = byIdCache.get(meetings) as Map<string, MeetingView<Entry>> | undefined;
  if (!map) {
    map = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    byIdCache.set(meetings, map as Map<string, MeetingView<never>>);
  }
  return map;
}

/**
 * A known meeting of a series file, resolved: its dates written out, and its record found by `record` or by number.
 */
function toKnownView<Entry>(
  known: Series['known'][number],
  inSeries: readonly MeetingView<Entry>[],
  byId: ReadonlyMap<string, MeetingView<Entry>>,
): KnownMeetingView {
  const record = known.record
    ? byId.get(known.record)
    : known.number !== undefined
      ? inSeries.find((meeting) => meeting.number === known.number)
      : undefined;
  return {
    ...(known.number !== undefined ? { number: known.number } : {}),
    ...(known.numberNote ? { numberNote: known.numberNote } : {}),
    title: known.title,
    ...(known.startDate ? { start: known.startDate, year: getYear(known.startDate) } : {}),
    ...(known.endDate ? { end: known.endDate } : {}),
    dateText: formatDateRange(known.startDate, known.endDate),
    sortDate: known.startDate ? firstDay(known.startDate) : '',
    ...(known.dateNote ? { dateNote: known.dateNote } : {}),
    ...(known.location ? { location: describeLocation(known.location) } : {}),
    source: known.source,
    ...(record ? { recordId: record.id } : {}),
  };
}

/**
 * Resolves, sorts and indexes the archive. Drafts are left out.
 * @throws Error naming the record and the value when a reference points at nothing (the content check reports
 *   this first; this is the last line of defence).
 */
export function buildArchive<Entry>(input: ArchiveInput<Entry>): Archive<Entry> {
  const organizations = new Map(input.organizations.map(({ id, data }) => [id, data]));
  const toMember = (member: Body['members'][number], body: string): BodyMemberView => {
    const organization = organizations.get(member.id);
    if (!organization && !isCountryCode(member.id)) {
      throw new Error(`content/bodies/${body}.yaml: "${member.id}" is neither a country nor a known organisation.`);
    }
    return {
      key: member.id,
      type: organization ? 'organization' : 'country',
      name: organization ? organization.name : getCountryName(member.id),
      since: member.since,
      sinceText: formatCalendarDate(member.since),
      ...(member.note ? { note: member.note } : {}),
      source: member.source,
    };
  };
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
        members: data.members.map((member) => toMember(member, id)),
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
        translations: data.translations,
        ...(data.broader ? { broaderId: data.broader } : {}),
      },
    ]),
  );

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
      ROLES.map((role) => [role, data[ROLE_FIELD[role]].map((party) => toParty(party, where))]),
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
    const organizationRoles = new Map<string, Role[]>();
    for (const role of ROLES) {
      for (const party of roles[role]) {
        if (party.type !== 'organization') continue;
        const list = organizationRoles.get(party.key) ?? [];
        if (!list.includes(role)) list.push(role);
        organizationRoles.set(party.key, list);
      }
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
      organizationRoles,
      updated: data.updated.iso,
      textPlaces: loaded.textPlaces ?? [],
    });
  }
  meetings.sort(compareNewestFirst);

  const series = new Map<string, SeriesView<Entry>>();
  for (const { id, data } of input.series) {
    const inSeries = meetings.filter((meeting) => meeting.seriesId === id);
    const known = data.known.map((entry) => toKnownView(entry, inSeries, byIdOf(meetings)));
    const missing = known.filter((entry) => entry.recordId === undefined);
    // A meeting recorded under another series (a joint meeting) takes its place here by the series' own count.
    const borrowed = known.flatMap((entry) => {
      const meeting = entry.recordId ? byIdOf(meetings).get(entry.recordId) : undefined;
      return meeting && meeting.seriesId !== id ? [{ meeting, number: entry.number, sortDate: entry.sortDate }] : [];
    });
    const entries = orderSeries([
      ...inSeries.map((meeting) => ({
        id: meeting.id,
        number: meeting.number,
        sortDate: meeting.sortDate,
        entry: { type: 'record' as const, meeting },
      })),
      ...borrowed.map(({ meeting, number, sortDate }) => ({
        id: meeting.id,
        number,
        sortDate,
        entry: { type: 'record' as const, meeting },
      })),
      ...missing.map((entry) => ({
        id: `~${entry.title}`,
        number: entry.number,
        sortDate: entry.sortDate,
        entry: { type: 'missing' as const, known: entry },
      })),
    ]).map(({ entry }) => entry);
    series.set(id, {
      id,
      name: data.name,
      bodyId: data.body,
      meetings: entries.flatMap((entry) => (entry.type === 'record' ? [entry.meeting] : [])),
      entries,
      missing: entries.flatMap((entry) => (entry.type === 'missing' ? [entry.known] : [])),
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
