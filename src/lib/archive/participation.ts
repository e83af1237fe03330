/**
 * The data of the participation matrix: who each meeting's record names, and in which role, as rows (countries, then
 * organisations) by columns (meetings, oldest first).
 *
 * A cell holds every role the party has in that meeting, in the order of `PARTICIPATION_ROLES`; an empty cell means
 * the record does not name the party, which is not the same as the party being absent. Meetings whose date is not
 * recorded are kept, as the last columns (`undatedFrom`), never dropped.
 */
import { compareOldestFirst } from './order.ts';
import { ROLE_LABELS, ROLES, type Role } from '../domain/roles.ts';
import { type PartyView } from './archive.ts';
import { toUtcDate, DATE_NOT_RECORDED, type CalendarDate } from '../domain/calendar-date.ts';
import { compareCountries, getCountryName } from '../domain/countries.ts';

/** A role in a meeting, or `venue` for the country the meeting was held in. */
export type ParticipationRole = Role | 'venue';

/** Roles in the order cells and the key show them. */
/** The most meetings a body page's matrix shows: its latest ones. Every meeting stays on the year and country pages. */
export const MATRIX_MEETING_LIMIT = 60;

export const PARTICIPATION_ROLES: readonly ParticipationRole[] = [...ROLES, 'venue'];

/**
 * One letter per role, drawn in each cell so that roles differ by more than colour and shape (WCAG 1.4.1).
 * `M` is the meeting place: the country the meeting was held in.
 */
export const ROLE_CODES: Readonly<Record<ParticipationRole, string>> = {
  host: 'H',
  coChair: 'C',
  participant: 'P',
  observer: 'O',
  venue: 'M',
};

/** What the matrix needs of a meeting; a `MeetingView` has all of it. */
export interface ParticipationMeeting {
  id: string;
  /** ISO first day of the start, or `''` when undated. */
  sortDate: string;
  roles: Readonly<Record<Role, readonly PartyView[]>>;
  location: { countryCode?: string | undefined };
}

/** One row: a country or an organisation, its roles in each column and the number of meetings that name it. */
export interface ParticipationRow {
  /** ISO 3166-1 alpha-2 code of a country (`LK`), or id of an organisation (`iom`). */
  key: string;
  type: 'country' | 'organization';
  /** Display name: the country's name in the region's usage, or the organisation's name. */
  name: string;
  /** Acronym of an organisation, when it has one. */
  acronym?: string;
  /** What the row header shows: the country's name, or the organisation's acronym (its name when it has none). */
  label: string;
  /** One entry per column of `meetings`: the party's roles in that meeting, `[]` when the record does not name it. */
  cells: ParticipationRole[][];
  /** Number of meetings whose record names the party (non-empty cells). */
  count: number;
}

/** The matrix of a set of meetings. */
export interface ParticipationMatrix<T> {
  /** The columns: meetings oldest first, then those whose date is not recorded, by id. */
  meetings: T[];
  /** Index of the first meeting with no recorded date; `meetings.length` when every meeting has a date. */
  undatedFrom: number;
  /** Countries named in any of the meetings, by name in alphabetical order. */
  countries: ParticipationRow[];
  /** Organisations named in any of the meetings, in alphabetical order of `label`. */
  organizations: ParticipationRow[];
}

/**
 * Builds the matrix.
 * @example getParticipationMatrix([AHG 2010 co-chaired by AU and ID in ID, ...]) ⇒ the row of Indonesia has
 *   ['coChair', 'participant', 'venue'] in the 2010 column
 */
export function getParticipationMatrix<T extends ParticipationMeeting>(meetings: readonly T[]): ParticipationMatrix<T> {
  const columns = [...meetings].sort(compareOldestFirst);
  const undatedIndex = columns.findIndex((meeting) => meeting.sortDate === '');
  const rows = new Map<string, ParticipationRow>();
  const rowFor = (party: Pick<PartyView, 'key' | 'type' | 'name' | 'acronym'>): ParticipationRow => {
    const id = `${party.type}:${party.key}`;
    let row = rows.get(id);
    if (!row) {
      row = {
        key: party.key,
        type: party.type,
        name: party.name,
        ...(party.acronym ? { acronym: party.acronym } : {}),
        label: party.type === 'organization' && party.acronym ? party.acronym : party.name,
        cells: columns.map(() => []),
        count: 0,
      };
      rows.set(id, row);
    }
    return row;
  };
  const add = (row: ParticipationRow, column: number, role: ParticipationRole) => {
    const cell = row.cells[column]!;
    if (!cell.includes(role)) cell.push(role);
  };
  columns.forEach((meeting, column) => {
    for (const role of ROLES) {
      for (const party of meeting.roles[role]) add(rowFor(party), column, role);
    }
    const venue = meeting.location.countryCode;
    if (venue) add(rowFor({ key: venue, type: 'country', name: getCountryName(venue) }), column, 'venue');
  });
  for (const row of rows.values()) {
    for (const cell of row.cells) cell.sort((a, b) => PARTICIPATION_ROLES.indexOf(a) - PARTICIPATION_ROLES.indexOf(b));
    row.count = row.cells.filter((cell) => cell.length > 0).length;
  }
  const all = [...rows.values()];
  return {
    meetings: columns,
    undatedFrom: undatedIndex === -1 ? columns.length : undatedIndex,
    countries: all.filter((row) => row.type === 'country').sort((a, b) => compareCountries(a.key, b.key)),
    organizations: all
      .filter((row) => row.type === 'organization')
      .sort((a, b) => a.label.localeCompare(b.label, 'en') || a.key.localeCompare(b.key, 'en')),
  };
}

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * A cell's roles in words, as screen readers read the cell.
 * @example describeRoles(['host', 'coChair', 'venue']) ⇒ 'Host, co-chair and meeting place'
 * @example describeRoles([]) ⇒ ''
 */
export function describeRoles(roles: readonly ParticipationRole[]): string {
  const text = listFormat.format(roles.map((role) => ROLE_LABELS[role].one.toLowerCase()));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const columnDateFormat = {
  day: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/**
 * The short date that heads a meeting's column: month and year, or the year alone when that is all the sources
 * give. Formatted in UTC, so no time zone moves it.
 * @example formatColumnDate({ iso: '2019-07-02', precision: 'day' }) ⇒ 'Jul 2019'
 * @example formatColumnDate({ iso: '2016', precision: 'year' }) ⇒ '2016'
 * @example formatColumnDate(undefined) ⇒ 'Date not recorded'
 */
export function formatColumnDate(start: CalendarDate | undefined): string {
  return start ? columnDateFormat[start.precision].format(toUtcDate(start)) : DATE_NOT_RECORDED;
}
