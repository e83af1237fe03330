/**
 * The schema.org `Event` of a record page, as JSON-LD, so that search engines and citation tools read the meeting's
 * facts from the page: name, dates at their own precision, place, how it was attended, who organised it and what
 * it was about. Properties the record does not know are left out, never guessed.
 *
 * Vocabulary: https://schema.org/Event (startDate and endDate take ISO 8601 dates, which may be `2016-05` or `2016`).
 */
import type { BodyView, MeetingView } from '../archive/archive.ts';
import { recordUrl, siteUrl } from './open-data.ts';

/** A JSON-LD node: plain JSON with `@type` and schema.org properties. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

const ATTENDANCE_MODES: Readonly<Record<MeetingView['location']['mode'], string | undefined>> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  'several-places': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  'not-recorded': undefined,
};

/** The physical place, when the record names a country, city or venue. */
function toPlace(meeting: MeetingView): JsonLdNode | undefined {
  const { location } = meeting;
  if (location.mode === 'online' || (!location.countryCode && !location.city && !location.venue)) return undefined;
  const address = {
    '@type': 'PostalAddress',
    ...(location.city ? { addressLocality: location.city } : {}),
    ...(location.countryCode ? { addressCountry: location.countryCode } : {}),
  };
  return {
    '@type': 'Place',
    name: location.venue ?? ([location.city, location.countryName].filter(Boolean).join(', ') || location.text),
    address,
  };
}

/** `location`: a Place, a VirtualLocation for an online meeting, both for a hybrid one, or nothing when unknown. */
function toLocation(meeting: MeetingView): JsonLdNode | JsonLdNode[] | undefined {
  const place = toPlace(meeting);
  const virtual: JsonLdNode = { '@type': 'VirtualLocation', name: 'Online' };
  if (meeting.location.mode === 'online') return virtual;
  if (meeting.location.mode === 'hybrid') return place ? [place, virtual] : virtual;
  return place;
}

function toOrganizer(body: BodyView, siteBase: URL): JsonLdNode {
  return {
    '@type': 'Organization',
    name: body.name,
    url: siteUrl(`bodies/${body.id}/`, siteBase),
    ...(body.url ? { sameAs: body.url } : {}),
  };
}

/**
 * The schema.org `Event` for a record.
 * @param seriesName the name of the record's series, when it has one (`superEvent`).
 * @returns a JSON-LD object with `@context`; `startDate` and `endDate` only when the record is dated (the end is the
 *   start for a one-day meeting that gives no end), `location` and `eventAttendanceMode` only when known.
 */
export function toEventJsonLd(meeting: MeetingView, siteBase: URL, seriesName?: string): Record<string, unknown> {
  const url = recordUrl(meeting.id, siteBase);
  const location = toLocation(meeting);
  const attendanceMode = ATTENDANCE_MODES[meeting.location.mode];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#meeting`,
    name: meeting.title,
    description: meeting.summary,
    url,
    identifier: meeting.id,
    ...(meeting.start ? { startDate: meeting.start.iso, endDate: (meeting.end ?? meeting.start).iso } : {}),
    ...(attendanceMode ? { eventAttendanceMode: attendanceMode } : {}),
    ...(location ? { location } : {}),
    organizer: [meeting.body, ...meeting.jointBodies].map((body) => toOrganizer(body, siteBase)),
    about: meeting.topics.map((topic) => ({
      '@type': 'DefinedTerm',
      name: topic.label,
      url: siteUrl(`topics/${topic.id}/`, siteBase),
      inDefinedTermSet: siteUrl('topics/', siteBase),
    })),
    ...(seriesName ? { superEvent: { '@type': 'EventSeries', name: seriesName } } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is written as `\u003c`, so no value can close the
 * element early (a title containing `</script>` stays data).
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
