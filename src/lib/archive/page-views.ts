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
  type TopicView,
} from './archive.ts';
import { describeCoverage, getBodyCoverage, getBodySeries, getSeriesCoverage, type Coverage } from './coverage.ts';
import {
  getBodyMeetings,
  getChildBodies,
  getCountryMeetings,
  getNarrowerTopics,
  getTopicMeetings,
  getYearMeetings,
} from './facets.ts';
import { toMeetingCard, type MeetingCard } from './meeting-card.ts';
import { getRelatedMeetings } from './related.ts';
import { getSeriesPlace, type SeriesPlace } from './series.ts';
import type { SeriesView } from './archive.ts';
import type { Role } from '../domain/roles.ts';
import { getCountryName } from '../domain/countries.ts';

/** Another page named by a link: its id and the name the link shows. */
export interface LinkView {
  id: string;
  name: string;
}

/** A record page: the record itself, whole, its place in its series, and its related records as cards. */
export interface RecordPage<Entry> {
  meeting: MeetingView<Entry>;
  series?: SeriesPlace;
  related: MeetingCard[];
}

/** What the page of a meeting shows (see `RecordPage`). */
export function getRecordPage<Entry>(archive: Archive<Entry>, meeting: MeetingView<Entry>): RecordPage<Entry> {
  const series = getSeriesPlace(archive, meeting);
  return {
    meeting,
    ...(series ? { series } : {}),
    related: getRelatedMeetings(archive, meeting).map(toMeetingCard),
  };
}

/** A topic page: the topic, its broader and narrower topics by name, and its meetings as cards, newest first. */
export interface TopicPage {
  topic: TopicView;
  broader?: LinkView;
  narrower: LinkView[];
  meetings: MeetingCard[];
}

/** What the page of a topic shows (see `TopicPage`). */
export function getTopicPage(archive: Archive, topic: TopicView): TopicPage {
  const broader = topic.broaderId ? archive.topics.get(topic.broaderId) : undefined;
  return {
    topic,
    ...(broader ? { broader: { id: broader.id, name: broader.label } } : {}),
    narrower: getNarrowerTopics(archive, topic.id).map((other) => ({ id: other.id, name: other.label })),
    meetings: getTopicMeetings(archive, topic.id).map(toMeetingCard),
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

/** A country page: the country, and each meeting it appears in as a card, with its roles there, newest first. */
export interface CountryPage {
  /** ISO 3166-1 alpha-2 code, e.g. `TH`. */
  code: string;
  name: string;
  entries: Array<{ meeting: MeetingCard; roles: ReadonlyArray<Role | 'venue'> }>;
}

/** What the page of a country shows (see `CountryPage`). */
export function getCountryPage(archive: Archive, code: string): CountryPage {
  return {
    code,
    name: getCountryName(code),
    entries: getCountryMeetings(archive, code).map(({ meeting, roles }) => ({
      meeting: toMeetingCard(meeting),
      roles,
    })),
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
 * A body page: the body, the bodies above and below it by name, its coverage and its series', and its meetings
 * without their text (the timeline, the participation table and the lists show their facts), newest first.
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
