/**
 * The open-data form of a meeting record: every fact of the record with its references resolved to names and codes,
 * as `/meetings/<id>.json` gives one record and `/data/meetings.json` gives them all. The CSV (`csv.ts`), the
 * calendar, the feed and the citations are all made from this form or the same view.
 *
 * Pure: it takes a resolved meeting (`MeetingView`), the record's text and the site's address, so the same records
 * come out of `astro build` and of a test run outside Astro, in any time zone.
 */
import { getSeriesCoverage } from '../archive/coverage.ts';
import type { Archive, MeetingView, PartyView } from '../archive/archive.ts';
import { firstDay, lastDay, type DatePrecision } from '../domain/calendar-date.ts';
import type { MeetingKind } from '../domain/kinds.ts';
import type { HistoryStatus, RecordChange } from '../content/history.ts';
import { withoutNotes } from '../content/body-policy.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/site.ts';
import { getFieldDoc } from '../../schemas/documented.ts';
import { MeetingSchema } from '../../schemas/meeting.ts';

/** The dataset's licence: the records are CC BY 4.0 (see LICENSE). */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Who the dataset and the records are credited to in citations. */
export const DATA_AUTHOR = 'Bali Process Meeting Records contributors';

/** A body, series or topic as the data gives it: its id in the archive and its name. */
export interface EntityRecord {
  id: string;
  name: string;
}

/** A party in one role: a country by ISO 3166-1 alpha-2 code, or an organisation by its id. */
export type PartyRecord =
  | { type: 'country'; code: string; name: string; representative: string | null; note: string | null }
  | {
      type: 'organization';
      id: string;
      name: string;
      acronym: string | null;
      representative: string | null;
      note: string | null;
    };

/** One meeting record as data. Absent values are `null` and empty lists `[]`, so every record has every key. */
export interface MeetingRecord {
  id: string;
  url: string;
  title: string;
  kind: MeetingKind;
  kindLabel: string;
  body: EntityRecord;
  jointBodies: EntityRecord[];
  series: EntityRecord | null;
  number: number | null;
  numberNote: string | null;
  startDate: string | null;
  startDatePrecision: DatePrecision | null;
  endDate: string | null;
  endDatePrecision: DatePrecision | null;
  firstDay: string | null;
  lastDay: string | null;
  dateText: string;
  dateNote: string | null;
  location: {
    mode: MeetingView['location']['mode'];
    city: string | null;
    country: { code: string; name: string } | null;
    venue: string | null;
    note: string | null;
    text: string;
  };
  hosts: PartyRecord[];
  coChairs: PartyRecord[];
  participants: PartyRecord[];
  observers: PartyRecord[];
  topics: Array<{ id: string; label: string }>;
  summary: string;
  figures: Array<{ label: string; value: number | string; source: string | null; note: string | null }>;
  documents: Array<{ title: string; type: string; language: string; url: string | null; date: string | null }>;
  sources: Array<{
    url: string;
    title: string | null;
    note: string | null;
    checked: string | null;
    archived: string | null;
  }>;
  photo: { alt: string; credit: string } | null;
  text: string;
  updated: string;
  history: RecordChange[];
}

/** One field of the data, for the field list in `meetings.json` and on `/data/`. */
export interface DataField {
  /** Dotted path; `[]` marks each entry of a list, e.g. `participants[].code`. */
  name: string;
  /** JSON type, e.g. `string`, `string | null`, `list of objects`. */
  type: string;
  description: string;
}

/** The contributor-facing description of a frontmatter field, so the data page and the schema say the same. */
function schemaDescription(path: string): string {
  const doc = getFieldDoc(MeetingSchema, path.split('.'));
  if (!doc) throw new Error(`The meeting schema documents no field "${path}".`);
  return doc.description;
}

const PARTY_DESCRIPTION =
  'each a party: type (country or organization); code (ISO 3166-1 alpha-2) and name for a country; id, name and acronym for an organisation; representative and note when the record gives them.';

/**
 * Every field of a `MeetingRecord`, in order, with its type and meaning. Descriptions of fields copied as written
 * come from the meeting schema's own documentation.
 */
export const DATA_FIELDS: readonly DataField[] = [
  {
    name: 'id',
    type: 'string',
    description: 'The record id: its page is /meetings/<id>/ and its data /meetings/<id>.json.',
  },
  { name: 'url', type: 'string', description: 'Address of the record page.' },
  { name: 'title', type: 'string', description: schemaDescription('title') },
  { name: 'kind', type: 'string', description: schemaDescription('kind') },
  { name: 'kindLabel', type: 'string', description: 'The kind as the site shows it, e.g. Joint Period of Action.' },
  { name: 'body', type: 'object', description: 'The body that held the meeting: id and name.' },
  {
    name: 'jointBodies',
    type: 'list of objects',
    description: 'Other bodies that held the meeting jointly: id and name of each.',
  },
  { name: 'series', type: 'object | null', description: 'The numbered series the meeting belongs to: id and name.' },
  { name: 'number', type: 'number | null', description: schemaDescription('number') },
  { name: 'numberNote', type: 'string | null', description: schemaDescription('numberNote') },
  {
    name: 'startDate',
    type: 'string | null',
    description:
      'First day of the meeting as written: YYYY-MM-DD, or YYYY-MM or YYYY when the sources give only the month or year; null when no source gives a date.',
  },
  {
    name: 'startDatePrecision',
    type: 'string | null',
    description: 'How much of startDate the sources give: day, month or year.',
  },
  {
    name: 'endDate',
    type: 'string | null',
    description:
      'Last day of the meeting, in the same forms as startDate; null when the record gives only a start (a one-day meeting) or no date.',
  },
  {
    name: 'endDatePrecision',
    type: 'string | null',
    description: 'How much of endDate the sources give: day, month or year.',
  },
  {
    name: 'firstDay',
    type: 'string | null',
    description:
      'The earliest calendar day the dates can mean, as YYYY-MM-DD (2016-05 gives 2016-05-01), for sorting and filtering; null when undated.',
  },
  {
    name: 'lastDay',
    type: 'string | null',
    description:
      'The latest calendar day the dates can mean, as YYYY-MM-DD (2016-11 gives 2016-11-30; a one-day meeting gives its start); null when undated.',
  },
  {
    name: 'dateText',
    type: 'string',
    description: 'The dates as the site shows them, e.g. 2 July – 3 December 2019, or Date not recorded.',
  },
  { name: 'dateNote', type: 'string | null', description: schemaDescription('dateNote') },
  { name: 'location.mode', type: 'string', description: schemaDescription('location.mode') },
  { name: 'location.city', type: 'string | null', description: schemaDescription('location.city') },
  {
    name: 'location.country',
    type: 'object | null',
    description: 'Country the meeting was held in: code (ISO 3166-1 alpha-2) and name.',
  },
  { name: 'location.venue', type: 'string | null', description: schemaDescription('location.venue') },
  { name: 'location.note', type: 'string | null', description: schemaDescription('location.note') },
  { name: 'location.text', type: 'string', description: 'The place in one line, e.g. Bangkok, Thailand, or Online.' },
  { name: 'hosts', type: 'list of objects', description: `Hosts of the meeting, ${PARTY_DESCRIPTION}` },
  { name: 'coChairs', type: 'list of objects', description: `Co-chairs of the meeting, ${PARTY_DESCRIPTION}` },
  { name: 'participants', type: 'list of objects', description: `Members that took part, ${PARTY_DESCRIPTION}` },
  { name: 'observers', type: 'list of objects', description: `Observers, ${PARTY_DESCRIPTION}` },
  {
    name: 'topics',
    type: 'list of objects',
    description: 'Topics from the thesaurus the record is filed under: id and label of each.',
  },
  { name: 'summary', type: 'string', description: schemaDescription('summary') },
  {
    name: 'figures',
    type: 'list of objects',
    description:
      'Figures the sources report: label, value (a number, or text such as "over 30"), source and note. Sources that disagree each keep their own entry.',
  },
  {
    name: 'documents',
    type: 'list of objects',
    description:
      'Outcome documents: title, type, language (BCP 47 tag), url and date (YYYY-MM-DD, YYYY-MM or YYYY) when known.',
  },
  {
    name: 'sources',
    type: 'list of objects',
    description: 'Pages the facts came from: url, and title, note, checked and archived, each null when not given.',
  },
  { name: 'sources[].checked', type: 'string | null', description: schemaDescription('sources.checked') },
  { name: 'sources[].archived', type: 'string | null', description: schemaDescription('sources.archived') },
  {
    name: 'photo',
    type: 'object | null',
    description: 'A photo of the meeting: its alt text and credit (the image file itself is not part of the data).',
  },
  {
    name: 'text',
    type: 'string',
    description: 'The text of the record, in Markdown, as written, without its notes to editors (HTML comments).',
  },
  { name: 'updated', type: 'string', description: schemaDescription('updated') },
  {
    name: 'history',
    type: 'list of objects',
    description:
      "Every change to the record's file in the archive's repository, newest first, read from the repository when the site was built: date (YYYY-MM-DD, the day the change was made), message (what changed) and commit (its id). Empty when the site was built from a copy without the repository's history; a shallow copy lists only the changes it holds.",
  },
];

function toParty(party: PartyView): PartyRecord {
  const detail = { representative: party.representative ?? null, note: party.note ?? null };
  return party.type === 'country'
    ? { type: 'country', code: party.key, name: party.name, ...detail }
    : { type: 'organization', id: party.key, name: party.name, acronym: party.acronym ?? null, ...detail };
}

/**
 * What the serialisers need besides a meeting: the archive (for series names), where the site lives and how to get a
 * record's text. `lib/site/site-data.ts` makes one inside Astro.
 */
export interface DataContext<Entry = unknown> {
  archive: Archive<Entry>;
  /** The site's origin and base path, e.g. `https://example.org/records/`. */
  siteBase: URL;
  /** The record's text (Markdown) as written. */
  getText(meeting: MeetingView<Entry>): string;
  /** The changes to the record's file in the repository, newest first (none when not given). */
  getHistory?(meeting: MeetingView<Entry>): RecordChange[];
  /** How much of the repository's history the build could read (`none` when not given). */
  historyStatus?: HistoryStatus;
}

/**
 * The address of a page or file of the site.
 * @param path a path under the base path, without a leading slash, e.g. `meetings/<id>/`.
 * @param siteBase the site's origin and base path, e.g. `https://example.org/records/`.
 * @example siteUrl('data/', new URL('https://example.org/records/')) ⇒ 'https://example.org/records/data/'
 */
export function siteUrl(path: string, siteBase: URL): string {
  return new URL(path.replace(/^\/+/, ''), siteBase).href;
}

/** The address of a record page. @example recordUrl('2019-07-02-fifth-joint-period-of-action', base) ⇒ 'https://…/meetings/2019-07-02-fifth-joint-period-of-action/' */
export const recordUrl = (id: string, siteBase: URL) => siteUrl(`meetings/${id}/`, siteBase);

/**
 * One meeting as data: every frontmatter fact, references resolved to names and codes, dates as written with
 * their precision (never turned into instants, so no time zone moves them).
 */
export function toMeetingRecord<Entry>(meeting: MeetingView<Entry>, context: DataContext<Entry>): MeetingRecord {
  const { data, location } = meeting;
  const series = meeting.seriesId ? context.archive.series.get(meeting.seriesId) : undefined;
  return {
    id: meeting.id,
    url: recordUrl(meeting.id, context.siteBase),
    title: meeting.title,
    kind: meeting.kind,
    kindLabel: meeting.kindLabel,
    body: { id: meeting.body.id, name: meeting.body.name },
    jointBodies: meeting.jointBodies.map((body) => ({ id: body.id, name: body.name })),
    series: series ? { id: series.id, name: series.name } : null,
    number: meeting.number ?? null,
    numberNote: data.numberNote ?? null,
    startDate: meeting.start?.iso ?? null,
    startDatePrecision: meeting.start?.precision ?? null,
    endDate: meeting.end?.iso ?? null,
    endDatePrecision: meeting.end?.precision ?? null,
    firstDay: meeting.start ? firstDay(meeting.start) : null,
    lastDay: meeting.start ? lastDay(meeting.end ?? meeting.start) : null,
    dateText: meeting.dateText,
    dateNote: data.dateNote ?? null,
    location: {
      mode: location.mode,
      city: location.city ?? null,
      country:
        location.countryCode && location.countryName
          ? { code: location.countryCode, name: location.countryName }
          : null,
      venue: location.venue ?? null,
      note: location.note ?? null,
      text: location.text,
    },
    hosts: meeting.roles.host.map(toParty),
    coChairs: meeting.roles.coChair.map(toParty),
    participants: meeting.roles.participant.map(toParty),
    observers: meeting.roles.observer.map(toParty),
    topics: meeting.topics.map((topic) => ({ id: topic.id, label: topic.label })),
    summary: meeting.summary,
    figures: data.figures.map((figure) => ({
      label: figure.label,
      value: figure.value,
      source: figure.source ?? null,
      note: figure.note ?? null,
    })),
    documents: data.documents.map((document) => ({
      title: document.title,
      type: document.type,
      language: document.language,
      url: document.url ?? null,
      date: document.date?.iso ?? null,
    })),
    sources: data.sources.map((source) => ({
      url: source.url,
      title: source.title ?? null,
      note: source.note ?? null,
      checked: source.checked?.iso ?? null,
      archived: source.archived ?? null,
    })),
    photo: data.photo ? { alt: data.photo.alt, credit: data.photo.credit } : null,
    text: withoutNotes(context.getText(meeting)).trim(),
    updated: meeting.updated,
    history: context.getHistory?.(meeting) ?? [],
  };
}

/** The whole archive as one data file: what it is, its licence and version, its fields and every record. */
export interface Dataset {
  title: string;
  description: string;
  /** The page that documents the dataset. */
  url: string;
  licence: { name: string; spdx: string; url: string };
  /** The day of the latest change to any record (YYYY-MM-DD): a new version whenever a record changes. */
  version: string;
  recordCount: number;
  /** Each series with how many of its known meetings the archive records (see `/coverage/`). */
  series: SeriesRecord[];
  fields: readonly DataField[];
  meetings: MeetingRecord[];
}

/** A series as the data gives it: its id, name and body, and how many of its known meetings have a record. */
export interface SeriesRecord {
  id: string;
  name: string;
  body: string;
  recorded: number;
  known: number;
}

/** A known meeting without a record, as `/data/known-meetings.csv` gives it. */
export interface KnownMeetingRecord {
  series: string;
  seriesName: string;
  number: number | null;
  title: string;
  startDate: string | null;
  endDate: string | null;
  dateText: string;
  dateNote: string | null;
  place: string | null;
  source: string;
  sourceTitle: string | null;
}

/** Every series of the archive with its coverage, in id order. */
export function toSeriesRecords(archive: Archive<unknown>): SeriesRecord[] {
  return [...archive.series.values()]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((series) => ({ id: series.id, name: series.name, body: series.bodyId, ...pick(getSeriesCoverage(series)) }));
}

const pick = ({ recorded, known }: { recorded: number; known: number }) => ({ recorded, known });

/** Every known meeting without a record, series by series in series order. */
export function toKnownMeetingRecords(archive: Archive<unknown>): KnownMeetingRecord[] {
  return toSeriesRecords(archive).flatMap(({ id }) => {
    const series = archive.series.get(id)!;
    return series.missing.map((known) => ({
      series: series.id,
      seriesName: series.name,
      number: known.number ?? null,
      title: known.title,
      startDate: known.start?.iso ?? null,
      endDate: known.end?.iso ?? null,
      dateText: known.dateText,
      dateNote: known.dateNote ?? null,
      place: known.location?.text ?? null,
      source: known.source.url,
      sourceTitle: known.source.title ?? null,
    }));
  });
}

/**
 * The version of the data: the latest `updated` day of any record, as YYYY-MM-DD, so that the same records always
 * give the same version whenever and wherever they are built.
 * @throws Error when the archive has no records.
 */
export function getDataVersion(archive: Archive<unknown>): string {
  const days = archive.meetings.map((meeting) => meeting.updated).sort();
  const latest = days.at(-1);
  if (!latest) throw new Error('The archive has no records, so the data has no version.');
  return latest;
}

const recordCache = new WeakMap<object, Map<string, MeetingRecord>>();

/**
 * A meeting as data, made once per meeting and site address and reused by every list that holds it (the whole
 * dataset, and the CSV of each topic, country, body, organisation and year page).
 */
function getMeetingRecord<Entry>(meeting: MeetingView<Entry>, context: DataContext<Entry>): MeetingRecord {
  let bySite = recordCache.get(meeting);
  if (!bySite) {
    bySite = new Map();
    recordCache.set(meeting, bySite);
  }
  let record = bySite.get(context.siteBase.href);
  if (!record) {
    record = toMeetingRecord(meeting, context);
    bySite.set(context.siteBase.href, record);
  }
  return record;
}

/** Every published record as data, newest meeting first (undated last), as in the list of meetings. */
export function toMeetingRecords<Entry>(context: DataContext<Entry>): MeetingRecord[] {
  return toListRecords(context.archive.meetings, context);
}

/** The records of a list of meetings as data, in the list's order (a topic, country, body, organisation or year). */
export function toListRecords<Entry>(
  meetings: readonly MeetingView<Entry>[],
  context: DataContext<Entry>,
): MeetingRecord[] {
  return meetings.map((meeting) => getMeetingRecord(meeting, context));
}

/** The dataset of `/data/meetings.json`. */
export function toDataset<Entry>(context: DataContext<Entry>): Dataset {
  const meetings = toMeetingRecords(context);
  return {
    title: `${SITE_NAME}: every meeting record`,
    description: SITE_DESCRIPTION,
    url: siteUrl('data/', context.siteBase),
    licence: { ...DATA_LICENCE },
    version: getDataVersion(context.archive),
    recordCount: meetings.length,
    series: toSeriesRecords(context.archive),
    fields: DATA_FIELDS,
    meetings,
  };
}

/** JSON as the data files are written: two-space indents and a final newline, so files diff line by line. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
