/**
 * `/data/meetings.csv`: one row per meeting, for spreadsheets. Written by csv-stringify (RFC 4180: commas between
 * cells, CRLF between rows, quotes around any cell with a comma, quote or line break, quotes doubled inside).
 *
 * - UTF-8 with a byte order mark, so Excel reads Thai, Vietnamese and other non-Latin text as UTF-8.
 * - A header row with the column names below.
 * - Lists in one cell are joined with "; " (names in one column, codes or ids in the next).
 * - A cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows
 *   it as text and never runs it as a formula (OWASP "CSV injection"). The JSON has every value unchanged.
 *
 * Details that do not fit one cell per fact (representatives, notes on parties and sources, figure sources,
 * document types and languages) are in the JSON only; `/data/` says so.
 */
import { stringify } from 'csv-stringify/sync';
import type { KnownMeetingRecord, MeetingRecord, PartyRecord } from './open-data.ts';

/** What joins the values of a list in one cell. */
export const CSV_LIST_SEPARATOR = '; ';

/** A column of the CSV: its header, what it holds, and how to read it from a record. */
export interface CsvColumn {
  header: string;
  description: string;
  value(record: MeetingRecord): string | number | null;
}

/**
 * The values of a list joined into one cell.
 * @throws Error naming the record, the column and the value when a value itself contains "; ", which would make
 *   the cell impossible to split back into its values.
 */
function joinList(record: MeetingRecord, header: string, values: readonly string[]): string {
  for (const value of values) {
    if (value.includes(CSV_LIST_SEPARATOR)) {
      throw new Error(
        `Record ${record.id}: the ${header} value "${value}" contains "; ", which the CSV puts between the values of a list. Write it with a comma or a dash instead, e.g. "Co-Chairs' Statement, annex".`,
      );
    }
  }
  return values.join(CSV_LIST_SEPARATOR);
}

const partyKey = (party: PartyRecord) => (party.type === 'country' ? party.code : party.id);

/** Two columns for a role: the parties' names, and their ISO codes or organisation ids in the same order. */
function partyColumns(field: 'hosts' | 'coChairs' | 'participants' | 'observers', what: string): CsvColumn[] {
  const codes = `${field.replace(/s$/, '')}Codes`;
  return [
    {
      header: field,
      description: `${what}: names, separated by "; ".`,
      value: (record) =>
        joinList(
          record,
          field,
          record[field].map((party) => party.name),
        ),
    },
    {
      header: codes,
      description: `${what}: ISO 3166-1 alpha-2 codes for countries and ids for organisations, in the same order.`,
      value: (record) => joinList(record, codes, record[field].map(partyKey)),
    },
  ];
}

/** The columns of `/data/meetings.csv`, in order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'id', description: 'The record id.', value: (record) => record.id },
  { header: 'url', description: 'Address of the record page.', value: (record) => record.url },
  { header: 'title', description: 'Name of the meeting.', value: (record) => record.title },
  { header: 'kind', description: 'Kind of meeting (id).', value: (record) => record.kind },
  { header: 'kindLabel', description: 'Kind of meeting as the site shows it.', value: (record) => record.kindLabel },
  { header: 'body', description: 'Name of the body that held the meeting.', value: (record) => record.body.name },
  { header: 'bodyId', description: 'Id of that body.', value: (record) => record.body.id },
  {
    header: 'jointBodies',
    description: 'Names of other bodies that held the meeting jointly, separated by "; ".',
    value: (record) =>
      joinList(
        record,
        'jointBodies',
        record.jointBodies.map((body) => body.name),
      ),
  },
  {
    header: 'jointBodyIds',
    description: 'Their ids, in the same order.',
    value: (record) =>
      joinList(
        record,
        'jointBodyIds',
        record.jointBodies.map((body) => body.id),
      ),
  },
  {
    header: 'series',
    description: 'Name of the numbered series, if any.',
    value: (record) => record.series?.name ?? null,
  },
  { header: 'seriesId', description: 'Id of the series.', value: (record) => record.series?.id ?? null },
  { header: 'number', description: 'Number in the series.', value: (record) => record.number },
  {
    header: 'numberNote',
    description: 'How sources number the meeting differently.',
    value: (record) => record.numberNote,
  },
  {
    header: 'startDate',
    description: 'First day as written: YYYY-MM-DD, YYYY-MM or YYYY; empty when undated.',
    value: (record) => record.startDate,
  },
  { header: 'startDatePrecision', description: 'day, month or year.', value: (record) => record.startDatePrecision },
  {
    header: 'endDate',
    description: 'Last day as written; empty for a one-day meeting or when undated.',
    value: (record) => record.endDate,
  },
  { header: 'endDatePrecision', description: 'day, month or year.', value: (record) => record.endDatePrecision },
  {
    header: 'firstDay',
    description: 'Earliest day the dates can mean, YYYY-MM-DD.',
    value: (record) => record.firstDay,
  },
  { header: 'lastDay', description: 'Latest day the dates can mean, YYYY-MM-DD.', value: (record) => record.lastDay },
  { header: 'dateText', description: 'The dates as the site shows them.', value: (record) => record.dateText },
  { header: 'dateNote', description: 'Doubts or disagreements about the dates.', value: (record) => record.dateNote },
  {
    header: 'locationMode',
    description: 'in-person, online, hybrid, several-places or not-recorded.',
    value: (record) => record.location.mode,
  },
  { header: 'city', description: 'City or town.', value: (record) => record.location.city },
  {
    header: 'countryCode',
    description: 'Country of the meeting place, ISO 3166-1 alpha-2.',
    value: (record) => record.location.country?.code ?? null,
  },
  {
    header: 'countryName',
    description: 'Name of that country.',
    value: (record) => record.location.country?.name ?? null,
  },
  { header: 'venue', description: 'Venue, when the sources name it.', value: (record) => record.location.venue },
  {
    header: 'locationNote',
    description: 'What the sources say about the place.',
    value: (record) => record.location.note,
  },
  {
    header: 'place',
    description: 'The place in one line, as the site shows it.',
    value: (record) => record.location.text,
  },
  ...partyColumns('hosts', 'Hosts'),
  ...partyColumns('coChairs', 'Co-chairs'),
  ...partyColumns('participants', 'Participants'),
  ...partyColumns('observers', 'Observers'),
  {
    header: 'topics',
    description: 'Topic labels, separated by "; ".',
    value: (record) =>
      joinList(
        record,
        'topics',
        record.topics.map((topic) => topic.label),
      ),
  },
  {
    header: 'topicIds',
    description: 'Topic ids, in the same order.',
    value: (record) =>
      joinList(
        record,
        'topicIds',
        record.topics.map((topic) => topic.id),
      ),
  },
  { header: 'summary', description: 'One or two sentences on the meeting.', value: (record) => record.summary },
  {
    header: 'figures',
    description: 'Figures as "label: value", separated by "; " (sources in the JSON).',
    value: (record) =>
      joinList(
        record,
        'figures',
        record.figures.map((figure) => `${figure.label}: ${figure.value}`),
      ),
  },
  {
    header: 'documents',
    description: 'Titles of outcome documents, separated by "; ".',
    value: (record) =>
      joinList(
        record,
        'documents',
        record.documents.map((document) => document.title),
      ),
  },
  {
    header: 'documentUrls',
    description: 'Their addresses, in the same order (empty between separators when a document has none).',
    value: (record) =>
      joinList(
        record,
        'documentUrls',
        record.documents.map((document) => document.url ?? ''),
      ),
  },
  {
    header: 'sources',
    description: 'Addresses of the sources, separated by "; ".',
    value: (record) =>
      joinList(
        record,
        'sources',
        record.sources.map((source) => source.url),
      ),
  },
  {
    header: 'text',
    description: 'The text of the record, in Markdown (several lines in one cell).',
    value: (record) => record.text,
  },
  {
    header: 'updated',
    description: 'Day of the last substantive change to the record.',
    value: (record) => record.updated,
  },
];

/**
 * The CSV file for a list of records: BOM, header row, one row per record, CRLF line ends.
 * @throws Error as `joinList` does, for a list value that contains "; ".
 */
export function toCsv(records: readonly MeetingRecord[]): string {
  return stringify(
    records.map((record) => CSV_COLUMNS.map((column) => column.value(record))),
    {
      bom: true,
      header: true,
      columns: CSV_COLUMNS.map((column) => column.header),
      ...ROW_OPTIONS,
    },
  );
}

const ROW_OPTIONS = { record_delimiter: 'windows', escape_formulas: true } as const;

/**
 * The lines of `/data/meetings.csv` one by one, for a list the reader makes (search results): the BOM and header
 * line, then each record's line by id. The BOM, the header line and the lines of a list's records, in order, are
 * that list's CSV, byte for byte as `toCsv` writes it.
 */
export interface CsvLines {
  /** The byte order mark and the header row, with its line end. */
  head: string;
  /** Each record's row, with its line end, by record id. */
  rows: Record<string, string>;
}

/** The `CsvLines` of a list of records. */
export function toCsvLines(records: readonly MeetingRecord[]): CsvLines {
  return {
    head: stringify([], {
      bom: true,
      header: true,
      columns: CSV_COLUMNS.map((column) => column.header),
      ...ROW_OPTIONS,
    }),
    rows: Object.fromEntries(
      records.map((record) => [record.id, stringify([CSV_COLUMNS.map((column) => column.value(record))], ROW_OPTIONS)]),
    ),
  };
}

/** The columns of `/data/known-meetings.csv`: the known meetings of each series that have no record yet. */
export const KNOWN_MEETING_COLUMNS: ReadonlyArray<{ header: keyof KnownMeetingRecord; description: string }> = [
  { header: 'series', description: 'Id of the series, from content/series/.' },
  { header: 'seriesName', description: 'Name of the series.' },
  { header: 'number', description: 'Number in the series, when the sources give one.' },
  { header: 'title', description: 'Name of the meeting as the sources give it.' },
  { header: 'startDate', description: 'First day, month or year as far as known (YYYY-MM-DD, YYYY-MM or YYYY).' },
  { header: 'endDate', description: 'Last day, same forms.' },
  { header: 'dateText', description: 'The dates in words.' },
  { header: 'dateNote', description: 'What the sources say about the date.' },
  { header: 'place', description: 'Where it met, as far as known.' },
  { header: 'source', description: 'A page that shows the meeting took place.' },
  { header: 'sourceTitle', description: 'Title of that page.' },
];

/** `/data/known-meetings.csv`: the same form as the meetings CSV (UTF-8 with a byte order mark, formulas escaped). */
export function toKnownMeetingsCsv(records: readonly KnownMeetingRecord[]): string {
  return stringify(
    records.map((record) => KNOWN_MEETING_COLUMNS.map(({ header }) => record[header])),
    {
      bom: true,
      header: true,
      columns: KNOWN_MEETING_COLUMNS.map(({ header }) => header),
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
}
