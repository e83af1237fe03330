/**
 * What each page of a dynamic route shows, made from the archive: the props its `getStaticPaths` returns. A page
 * renders from these alone, so that its cache key, the digest of its props, changes exactly when what it shows may
 * have changed (see `lib/site/page-key.ts`). Other meetings appear in the smallest view that shows what the page
 * shows of them: a card (`toMeetingCard`), a summary without the text (`toMeetingSummary`), a pager entry.
 */
import {
  toMeetingSummary,
  type Archive,
  type BodyView,
  type KnownMeetingView,
  type MeetingSummary,
  type MeetingView,
  type SeriesView,
  type TopicView,
} from './archive.ts';
import { describeCoverage, getBodyCoverage, getBodySeries, getSeriesCoverage, type Coverage } from './coverage.ts';
import {
  getBodyMeetings,
  getChildBodies,
  getCountryMeetings,
  getCountryRoleCounts,
  getNarrowerTopics,
  getOrganizationMeetings,
  getYearMeetings,
} from './facets.ts';
import { getMemberships, type Membership } from './membership.ts';
import { toMeetingCard, type MeetingCard } from './meeting-card.ts';
import { getRelatedMeetings } from './related.ts';
import { getSeriesPlace, type SeriesPlace } from './series.ts';
import { getTopicTimeline, type SaidAboutTopic } from './topic-timeline.ts';
import { toMeetingRecord, type DataContext, type MeetingRecord } from '../data/open-data.ts';
import type { HistoryStatus } from '../content/history.ts';
import { getCountryName } from '../domain/countries.ts';
import type { Organization } from '../../schemas/entities.ts';
import { describeRoleList, ROLES, type Role } from '../domain/roles.ts';

/** Another page named by a link: its id and the name the link shows. */
export interface LinkView {
  id: string;
  name: string;
}

/**
 * A record page: the record itself, whole, and as data (for "Cite this record" and its history), its place in its
 * series, and its related records as cards.
 */
export interface RecordPage<Entry> {
  meeting: MeetingView<Entry>;
  /** The record as `/meetings/<id>.json` gives it, history included (`toMeetingRecord`). */
  record: MeetingRecord;
  /** How much of the repository's history the build could read. */
  historyStatus: HistoryStatus;
  series?: SeriesPlace;
  related: MeetingCard[];
}

/** What the page of a meeting shows (see `RecordPage`); `context` is the data files' (`getDataContext`). */
export function getRecordPage<Entry>(context: DataContext<Entry>, meeting: MeetingView<Entry>): RecordPage<Entry> {
  const { archive } = context;
  const series = getSeriesPlace(archive, meeting);
  return {
    meeting,
    record: toMeetingRecord(meeting, context),
    historyStatus: context.historyStatus ?? 'none',
    ...(series ? { series } : {}),
    related: getRelatedMeetings(archive, meeting).map(toMeetingCard),
  };
}

/** A meeting on a topic's timeline as the topic page shows it: its card and year, and what it says of the topic. */
export interface TimelineEntryView {
  meeting: MeetingCard & { year?: number };
  said?: SaidAboutTopic;
}

/**
 * A topic page: the topic, its broader and narrower topics, and its timeline (every meeting filed under it, oldest
 * first, with what its record says about the topic, `getTopicTimeline`).
 */
export interface TopicPage {
  topic: TopicView;
  broader?: { id: string; label: string };
  narrower: Array<{ id: string; label: string }>;
  entries: TimelineEntryView[];
  /** The years of the first and the last dated meeting, when one is dated. */
  years?: { first: number; last: number };
}

/** What the page of a topic shows (see `TopicPage`). */
export function getTopicPage(archive: Archive, topic: TopicView): TopicPage {
  const broader = topic.broaderId ? archive.topics.get(topic.broaderId) : undefined;
  const timeline = getTopicTimeline(archive, topic.id);
  return {
    topic,
    ...(broader ? { broader: { id: broader.id, label: broader.label } } : {}),
    narrower: getNarrowerTopics(archive, topic.id).map((other) => ({ id: other.id, label: other.label })),
    entries: timeline.entries.map(({ meeting, said }) => ({
      meeting: { ...toMeetingCard(meeting), ...(meeting.year === undefined ? {} : { year: meeting.year }) },
      ...(said ? { said } : {}),
    })),
    ...(timeline.years ? { years: timeline.years } : {}),
  };
}

/** A year page: the year, its meetings as cards, newest first, and the years either side that have meetings. */
export interface YearPage {
  year: number;
  meetings: MeetingCard[];
  older?: number;
  newer?: number;
}

/**
 * What the page of a year shows (see `YearPage`).
 * @param years every year with a meeting, newest first (`getYears`).
 */
export function getYearPage(archive: Archive, year: number, years: readonly number[]): YearPage {
  const index = years.indexOf(year);
  const newer = index > 0 ? years[index - 1] : undefined;
  const older = years[index + 1];
  return {
    year,
    meetings: getYearMeetings(archive, year).map(toMeetingCard),
    ...(older !== undefined ? { older } : {}),
    ...(newer !== undefined ? { newer } : {}),
  };
}

/** A meeting in a country's or organisation's list: its card, and the line under it naming the roles it had there. */
export interface RoleEntryView<R extends Role | 'venue' = Role | 'venue'> {
  meeting: MeetingCard;
  roles: readonly R[];
  /** e.g. "Thailand: host, co-chair". */
  note: string;
}

function toRoleEntries<R extends Role | 'venue'>(
  entries: ReadonlyArray<{ meeting: MeetingView; roles: readonly R[] }>,
  name: string,
): Array<RoleEntryView<R>> {
  return entries.map(({ meeting, roles }) => ({
    meeting: toMeetingCard(meeting),
    roles,
    note: `${name}: ${describeRoleList(roles)}`,
  }));
}

/**
 * A country page: the country, each meeting it appears in as a card with its roles there, newest first, how many of
 * each role, and the bodies it is a member of.
 */
export interface CountryPage {
  /** ISO 3166-1 alpha-2 code, e.g. `TH`. */
  code: string;
  name: string;
  entries: RoleEntryView[];
  counts: Array<{ role: Role | 'venue'; count: number }>;
  memberships: Membership[];
}

/** What the page of a country shows (see `CountryPage`). */
export function getCountryPage(archive: Archive, code: string): CountryPage {
  const name = getCountryName(code);
  const entries = getCountryMeetings(archive, code);
  return {
    code,
    name,
    entries: toRoleEntries(entries, name),
    counts: getCountryRoleCounts(entries),
    memberships: getMemberships(archive, code),
  };
}

/**
 * A page of the meetings in which a country or organisation had one role: who, the role, and those meetings as
 * cards, newest first, each with all its roles there.
 */
export interface RolePage<R extends Role | 'venue'> {
  /** The country's ISO 3166-1 alpha-2 code or the organisation's id. */
  id: string;
  /** The country's name, or the organisation's full name. */
  name: string;
  /** The organisation's acronym, or its name (what its notes and links call it); a country's name. */
  short: string;
  role: R;
  meetings: Array<RoleEntryView<R>>;
}

/**
 * The role pages of a country (one for each role it had at least once, and for being a meeting place), in the order
 * of `ROLES`, venue last.
 */
export function getCountryRolePages(archive: Archive, code: string): Array<RolePage<Role | 'venue'>> {
  const name = getCountryName(code);
  const entries = toRoleEntries(getCountryMeetings(archive, code), name);
  return ([...ROLES, 'venue'] as const).flatMap((role) => {
    const meetings = entries.filter(({ roles }) => roles.includes(role));
    return meetings.length > 0 ? [{ id: code, name, short: name, role, meetings }] : [];
  });
}

/** The role pages of an organisation (one for each role it had at least once), in the order of `ROLES`. */
export function getOrganizationRolePages(archive: Archive, id: string): Array<RolePage<Role>> {
  const organization = archive.organizations.get(id)!;
  const short = organization.acronym ?? organization.name;
  const entries = toRoleEntries(getOrganizationMeetings(archive, id), short);
  return ROLES.flatMap((role) => {
    const meetings = entries.filter(({ roles }) => roles.includes(role));
    return meetings.length > 0 ? [{ id, name: organization.name, short, role, meetings }] : [];
  });
}

/**
 * An organisation page: the organisation as its file gives it, the bodies it is a member of, and each meeting whose
 * record names it as a card with its roles there, newest first.
 */
export interface OrganizationPage {
  id: string;
  organization: Organization;
  memberships: Membership[];
  entries: Array<RoleEntryView<Role>>;
  /** The years of its meetings that are dated, newest first. */
  years: number[];
}

/** What the page of an organisation shows (see `OrganizationPage`). */
export function getOrganizationPage(archive: Archive, id: string): OrganizationPage {
  const organization = archive.organizations.get(id)!;
  const entries = getOrganizationMeetings(archive, id);
  return {
    id,
    organization,
    memberships: getMemberships(archive, id),
    entries: toRoleEntries(entries, organization.acronym ?? organization.name),
    years: entries.flatMap(({ meeting }) => (meeting.year === undefined ? [] : [meeting.year])),
  };
}

/** A place in a series as its list shows it: a recorded meeting's card, or a known meeting with no record. */
export type SeriesListEntry = { type: 'record'; meeting: MeetingCard } | { type: 'missing'; known: KnownMeetingView };

/** A series page: the series, its body by name, its coverage, and every meeting of it in order, recorded or not. */
export interface SeriesPage {
  id: string;
  name: string;
  body: LinkView;
  coverage: Coverage;
  entries: SeriesListEntry[];
}

/** What the page of a series shows (see `SeriesPage`). */
export function getSeriesPage(archive: Archive, series: SeriesView): SeriesPage {
  const body = archive.bodies.get(series.bodyId)!;
  return {
    id: series.id,
    name: series.name,
    body: { id: body.id, name: body.name },
    coverage: getSeriesCoverage(series),
    entries: series.entries.map((entry) =>
      entry.type === 'record' ? { type: 'record', meeting: toMeetingCard(entry.meeting) } : entry,
    ),
  };
}

/**
 * A body page: the body (its members included), the bodies above and below it by name, its coverage and its
 * series', and its meetings without their text (the timeline, the participation table and the lists show their
 * facts), newest first.
 */
export interface BodyPage {
  body: BodyView;
  parent?: LinkView;
  children: LinkView[];
  coverage: Coverage;
  series: Array<LinkView & { coverage: string }>;
  meetings: MeetingSummary[];
}

/** What the page of a body shows (see `BodyPage`). */
export function getBodyPage(archive: Archive, body: BodyView): BodyPage {
  const parent = body.parentId ? archive.bodies.get(body.parentId) : undefined;
  return {
    body,
    ...(parent ? { parent: { id: parent.id, name: parent.name } } : {}),
    children: getChildBodies(archive, body.id).map((child) => ({ id: child.id, name: child.name })),
    coverage: getBodyCoverage(archive, body.id),
    series: getBodySeries(archive, body.id).map((series) => ({
      id: series.id,
      name: series.name,
      coverage: describeCoverage(getSeriesCoverage(series)),
    })),
    meetings: getBodyMeetings(archive, body.id).map(toMeetingSummary),
  };
}
