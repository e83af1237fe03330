/**
 * The archive by facet: years, countries, organisations, topics and bodies, each with its meetings, for the browse pages. Pages ask
 * these functions for their lists and filter nothing themselves.
 */
import { compareCountries } from '../domain/countries.ts';
import { ROLES, type Role } from '../domain/roles.ts';
import type { Archive, BodyView, MeetingView, TopicView } from './archive.ts';
import type { Organization } from '../../schemas/entities.ts';

/** Up to this many records, `/meetings/` lists every one; above it, the latest `LIST_PER_YEAR` of each year. */
export const LIST_ALL_LIMIT = 1000;

/** How many meetings of each year `/meetings/` lists when the archive is larger than `LIST_ALL_LIMIT`. */
export const LIST_PER_YEAR = 25;

/** Meetings grouped by year, newest year first; undated meetings in a last group with `year: undefined`. */
export function groupByYear<T extends { year?: number }>(
  meetings: readonly T[],
): Array<{ year?: number; meetings: T[] }> {
  const groups: Array<{ year?: number; meetings: T[] }> = [];
  for (const meeting of meetings) {
    const last = groups.at(-1);
    if (last && last.year === meeting.year) last.meetings.push(meeting);
    else
      groups.push(meeting.year === undefined ? { meetings: [meeting] } : { year: meeting.year, meetings: [meeting] });
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

/** Meetings of a year, newest first. */
export function getYearMeetings<Entry>(archive: Archive<Entry>, year: number): MeetingView<Entry>[] {
  return archive.meetings.filter((meeting) => meeting.year === year);
}

/** Every year that has a meeting, newest first, with how many it has. */
export function getYearCounts(archive: Archive): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const meeting of archive.meetings)
    if (meeting.year !== undefined) counts.set(meeting.year, (counts.get(meeting.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count }));
}

/** Meetings whose date is not recorded, in id order. */
export function getUndatedMeetings<Entry>(archive: Archive<Entry>): MeetingView<Entry>[] {
  return archive.meetings.filter((meeting) => meeting.year === undefined);
}

/** Topics that narrow a topic, in the order of the thesaurus. */
export function getNarrowerTopics(archive: Archive, topicId: string): TopicView[] {
  return [...archive.topics.values()].filter((topic) => topic.broaderId === topicId);
}

/** Every topic in alphabetical order of label, with how many records are filed under it. */
export function getTopicCounts(archive: Archive): Array<{ topic: TopicView; count: number }> {
  return [...archive.topics.values()]
    .map((topic) => ({ topic, count: getTopicMeetings(archive, topic.id).length }))
    .sort((a, b) => a.topic.label.localeCompare(b.topic.label, 'en'));
}

/** Bodies that report to a body. */
export function getChildBodies(archive: Archive, bodyId: string): BodyView[] {
  return [...archive.bodies.values()].filter((body) => body.parentId === bodyId);
}

/** Every body in the order of the bodies page (`order`, then name), with how many meetings it has on record. */
export function getBodyCounts(archive: Archive): Array<{ body: BodyView; count: number }> {
  return [...archive.bodies.values()]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'en'))
    .map((body) => ({ body, count: getBodyMeetings(archive, body.id).length }));
}

/** How many meetings a country had each role in (and was the meeting place of), in the order of `ROLES`. */
export function getCountryRoleCounts(
  entries: ReadonlyArray<{ roles: ReadonlyArray<Role | 'venue'> }>,
): Array<{ role: Role | 'venue'; count: number }> {
  return ([...ROLES, 'venue'] as const).map((role) => ({
    role,
    count: entries.filter(({ roles }) => roles.includes(role)).length,
  }));
}

/** Meetings whose record names an organisation, in any role, newest first, each with its roles in it. */
export function getOrganizationMeetings<Entry>(
  archive: Archive<Entry>,
  organizationId: string,
): Array<{ meeting: MeetingView<Entry>; roles: readonly Role[] }> {
  return archive.meetings.flatMap((meeting) => {
    const roles = meeting.organizationRoles.get(organizationId);
    return roles ? [{ meeting, roles }] : [];
  });
}

/**
 * Every organisation of `content/organizations/`, in alphabetical order of name, with how many records name it.
 * An organisation no record names yet is listed with 0.
 */
export function getOrganizationCounts(
  archive: Archive,
): Array<{ id: string; organization: Organization; count: number }> {
  const counts = new Map<string, number>();
  for (const meeting of archive.meetings)
    for (const id of meeting.organizationRoles.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...archive.organizations]
    .map(([id, organization]) => ({ id, organization, count: counts.get(id) ?? 0 }))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'en') || a.id.localeCompare(b.id, 'en'));
}

/**
 * The meetings of a country's or organisation's list in which it had one role, in the list's order: the list behind
 * each role count of its page.
 */
export function getRoleMeetings<Entry, R extends Role | 'venue'>(
  entries: ReadonlyArray<{ meeting: MeetingView<Entry>; roles: ReadonlyArray<R> }>,
  role: R,
): MeetingView<Entry>[] {
  return entries.filter(({ roles }) => roles.includes(role)).map(({ meeting }) => meeting);
}
