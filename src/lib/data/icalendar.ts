/**
 * `/meetings.ics`: the meetings as an iCalendar feed (RFC 5545), written by ical-generator, for calendar apps.
 *
 * - Each meeting whose sources give its days becomes an all-day event: `DTSTART;VALUE=DATE` on the first day and
 *   `DTEND;VALUE=DATE` on the day after the last (RFC 5545 3.6.1: the end of an all-day event is exclusive).
 * - A meeting known only to the month or year, or not dated at all, is left out rather than given invented days;
 *   `getCalendarExclusions` lists them and `/data/` names them.
 * - Dates are built at midnight UTC with no calendar time zone, so ical-generator writes the same day in every time
 *   zone; `DTSTAMP` and `LAST-MODIFIED` are the record's `updated` day, so the same records give the same file.
 * - UIDs are the record id plus a fixed domain part, the same on every build and every host.
 * - Events are marked transparent: a Joint Period of Action lasting months should not show the subscriber as busy.
 */
import icalGenerator, { ICalEventTransparency } from 'ical-generator';
import type { MeetingView } from '../archive/archive.ts';
import { toUtcDate, type CalendarDate } from '../domain/calendar-date.ts';
import { recordUrl, siteUrl } from './open-data.ts';
import { SITE_NAME } from '../site/site.ts';

/** The fixed right-hand part of every event UID. */
export const UID_DOMAIN = 'bali-process-meeting-records';

/** A meeting with the days it took place, first and last (both inclusive, YYYY-MM-DD). */
export interface CalendarEntry<Entry = unknown> {
  meeting: MeetingView<Entry>;
  firstDay: string;
  lastDay: string;
}

/** A meeting left out of the calendar, and why, in a phrase for `/data/`. */
export interface CalendarExclusion<Entry = unknown> {
  meeting: MeetingView<Entry>;
  reason: string;
}

/** Why a meeting's dates cannot make an all-day event, or `undefined` when they can. */
function getExclusionReason(start: CalendarDate | undefined, end: CalendarDate | undefined): string | undefined {
  if (!start) return 'no source gives a date';
  const partial = [start, end].find((date) => date && date.precision !== 'day');
  if (partial) return `the sources give only the ${partial.precision} (${partial.iso})`;
  return undefined;
}

/** The meetings that go in the calendar, oldest first, with their first and last days. */
export function getCalendarEntries<Entry>(meetings: readonly MeetingView<Entry>[]): CalendarEntry<Entry>[] {
  return meetings
    .filter((meeting) => getExclusionReason(meeting.start, meeting.end) === undefined)
    .map((meeting) => ({ meeting, firstDay: meeting.start!.iso, lastDay: (meeting.end ?? meeting.start)!.iso }))
    .sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.meeting.id.localeCompare(b.meeting.id, 'en'));
}

/** The meetings left out of the calendar, in the archive's order, each with its reason. */
export function getCalendarExclusions<Entry>(meetings: readonly MeetingView<Entry>[]): CalendarExclusion<Entry>[] {
  return meetings.flatMap((meeting) => {
    const reason = getExclusionReason(meeting.start, meeting.end);
    return reason ? [{ meeting, reason }] : [];
  });
}

/** The day after a calendar day. @example getNextDay('2019-12-31') ⇒ '2020-01-01' */
export function getNextDay(iso: string): string {
  const date = toUtcDate({ iso, precision: 'day' });
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The event's UID. @example getEventUid('2019-07-02-fifth-joint-period-of-action') ⇒ '2019-07-02-fifth-joint-period-of-action@bali-process-meeting-records' */
export const getEventUid = (id: string) => `${id}@${UID_DOMAIN}`;

/** Where the event took place, in one line: venue first when the record names it. */
function getEventLocation(meeting: MeetingView): string {
  return [meeting.location.venue, meeting.location.text].filter(Boolean).join(', ');
}

/**
 * The iCalendar file for the meetings that have days (see `getCalendarEntries`).
 * @param siteBase the site's origin and base path, for each event's link and the calendar's own address.
 */
export function toICalendar(meetings: readonly MeetingView[], siteBase: URL): string {
  const calendar = icalGenerator({
    name: `${SITE_NAME}: meetings`,
    description:
      'Meetings of the Bali Process with known days, as all-day events, from the Bali Process Meeting Records archive.',
    prodId: { company: SITE_NAME, product: 'meetings', language: 'EN' },
    url: siteUrl('meetings/', siteBase),
    source: siteUrl('meetings.ics', siteBase),
  });
  for (const { meeting, firstDay, lastDay } of getCalendarEntries(meetings)) {
    const url = recordUrl(meeting.id, siteBase);
    const updated = toUtcDate({ iso: meeting.updated, precision: 'day' });
    calendar.createEvent({
      id: getEventUid(meeting.id),
      allDay: true,
      start: toUtcDate({ iso: firstDay, precision: 'day' }),
      end: toUtcDate({ iso: getNextDay(lastDay), precision: 'day' }),
      stamp: updated,
      lastModified: updated,
      summary: meeting.title,
      location: getEventLocation(meeting),
      description: [meeting.summary, meeting.data.dateNote, `Record: ${url}`].filter(Boolean).join('\n\n'),
      url,
      categories: [{ name: meeting.kindLabel }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
