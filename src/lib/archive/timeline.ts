/**
 * The data of the timeline picture: meetings by year and kind.
 *
 * Every year from the first meeting to the last is a column, including years with no meeting, so that gaps in the
 * record read as gaps. Records whose date is not recorded are never dropped: they are kept apart in `undated`, and
 * the picture draws them in a column of their own after the last year.
 */
import { compareOldestFirst } from './order.ts';
import { MEETING_KINDS, type MeetingKind } from '../domain/kinds.ts';

/** What the timeline needs of a meeting; a `MeetingView` has all of it. */
export interface TimelineMeeting {
  id: string;
  kind: MeetingKind;
  /** Calendar year of the start; absent when the date is not recorded. */
  year?: number | undefined;
  /** ISO first day of the start, or `''` when undated (see `MeetingView.sortDate`). */
  sortDate: string;
}

/** One column of the timeline: a year and its meetings, oldest first (empty for a year with no meeting). */
export interface TimelineYear<T> {
  year: number;
  meetings: T[];
}

/** How many meetings of one kind the timeline shows. */
export interface KindCount {
  kind: MeetingKind;
  count: number;
}

/** The timeline of a set of meetings. */
export interface Timeline<T> {
  /** Every year from the first to the last year with a meeting, oldest first; `[]` when no meeting has a date. */
  years: TimelineYear<T>[];
  /** Meetings whose date is not recorded, by id. */
  undated: T[];
  /** The kinds present, in the order of `MEETING_KINDS`, with their counts (dated and undated together). */
  kinds: KindCount[];
  /** Number of meetings, dated and undated: always the length of the input. */
  total: number;
}

/**
 * Short codes written in each mark, so that kinds differ by more than colour (WCAG 1.4.1). They are the
 * abbreviations Bali Process documents use where there is one (SOM, AHG, JPA).
 */
export const KIND_CODES: Readonly<Record<MeetingKind, string>> = {
  'ministerial-conference': 'MC',
  'senior-officials-meeting': 'SOM',
  'ad-hoc-group-meeting': 'AHG',
  'steering-group-meeting': 'SG',
  'working-group-meeting': 'WG',
  'joint-period-of-action': 'JPA',
  workshop: 'WS',
  forum: 'F',
  other: 'O',
};

/**
 * Lays meetings out by year.
 * @example getTimeline([2019 JPA, 2016 AHG, undated WG]) ⇒ years 2016, 2017, 2018 (empty), 2019; undated [WG];
 *   kinds [AHG 1, WG 1, JPA 1]; total 3
 */
export function getTimeline<T extends TimelineMeeting>(meetings: readonly T[]): Timeline<T> {
  const dated = meetings.filter((meeting) => meeting.year !== undefined).sort(compareOldestFirst);
  const undated = meetings
    .filter((meeting) => meeting.year === undefined)
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const years: TimelineYear<T>[] = [];
  const first = dated[0]?.year;
  const last = dated.at(-1)?.year;
  if (first !== undefined && last !== undefined) {
    for (let year = first; year <= last; year += 1) {
      years.push({ year, meetings: dated.filter((meeting) => meeting.year === year) });
    }
  }
  return { years, undated, kinds: countByKind(meetings), total: meetings.length };
}

/**
 * Above this many meetings a timeline draws one mark per kind and year, with its count, instead of one mark per
 * meeting: a mark per meeting would make a home page of a large archive weigh megabytes and read as noise.
 */
export const TIMELINE_MARK_LIMIT = 300;

/**
 * The kinds among some meetings with their counts, in the order of `MEETING_KINDS`.
 * @example countByKind([JPA, AHG, JPA]) ⇒ [{ kind: 'ad-hoc-group-meeting', count: 1 }, { kind: 'joint-period-of-action', count: 2 }]
 */
export function countByKind(meetings: readonly TimelineMeeting[]): KindCount[] {
  return MEETING_KINDS.map((kind) => ({
    kind,
    count: meetings.filter((meeting) => meeting.kind === kind).length,
  })).filter(({ count }) => count > 0);
}

const plural = new Intl.PluralRules('en-GB');

/** "1 meeting", "7 meetings". */
export function countMeetings(count: number): string {
  return `${count} ${plural.select(count) === 'one' ? 'meeting' : 'meetings'}`;
}

/**
 * One sentence saying what the timeline shows, including the records set apart for want of a date.
 * @example describeTimeline(all records) ⇒ '48 meetings: 47 from 2002 to 2024, and 1 with no recorded date, shown apart after 2024.'
 * @example describeTimeline(one year, nothing undated) ⇒ '2 meetings in 2017.'
 * @example describeTimeline(only undated) ⇒ '1 meeting with no recorded date.'
 */
export function describeTimeline(timeline: Timeline<TimelineMeeting>): string {
  const first = timeline.years[0]?.year;
  const last = timeline.years.at(-1)?.year;
  const undated = timeline.undated.length;
  if (first === undefined || last === undefined) {
    return undated > 0 ? `${countMeetings(undated)} with no recorded date.` : 'No meetings on record.';
  }
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  if (undated === 0) return `${countMeetings(timeline.total)} ${span}.`;
  return `${countMeetings(timeline.total)}: ${timeline.total - undated} ${span}, and ${undated} with no recorded date, shown apart after ${last}.`;
}
