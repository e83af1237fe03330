/**
 * Citations of a record and of the whole dataset: CSL-JSON (the format Zotero, Mendeley and pandoc read), BibTeX, RIS
 * (the tagged format EndNote, Zotero and most reference managers import) and a formatted reference in APA style, all
 * made from the one CSL-JSON item; citation.js writes the BibTeX and the reference.
 *
 * A record is cited as a web page by the archive's contributors, dated by its `updated` day (the version of the
 * record being cited). The meeting's own dates and place go in `event-date` and `event-place`. Dates are CSL date
 * parts taken from the ISO strings, never `Date` objects, so no time zone can move them.
 */
import { Cite, plugins, type CSL, type CSLDate } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { formatCalendarDate } from '../domain/calendar-date.ts';
import { DATA_AUTHOR, siteUrl, type MeetingRecord } from './open-data.ts';
import { SITE_NAME } from '../site/site.ts';

// BibTeX keys are our own ids (lowercase ASCII words and hyphens, safe in BibTeX), so a reader's key for a record
// is recognisable and the same on every build; citation.js would otherwise invent one from the author and title.
const bibtexConfig = plugins.config.get('@bibtex') as {
  format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
};
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;
// Letters of every script as they are (UTF-8, which biber, Zotero and JabRef read): the plugin's LaTeX commands lose
// Vietnamese horns and break on Greek accents.
bibtexConfig.format.asciiOnly = false;

/** The CSL id (and BibTeX key) of a record. @example getCitationId('2019-07-02-fifth-joint-period-of-action') ⇒ 'bpmr-2019-07-02-fifth-joint-period-of-action' */
export const getCitationId = (id: string) => `bpmr-${id}`;

/** The CSL id (and BibTeX key) of the dataset. */
export const DATASET_CITATION_ID = 'bpmr-dataset';

/**
 * CSL date parts of an ISO date at its precision.
 * @example toDateParts('2016-05') ⇒ [2016, 5]
 */
export function toDateParts(iso: string): [number] | [number, number] | [number, number, number] {
  return iso.split('-').map(Number) as [number] | [number, number] | [number, number, number];
}

/**
 * A CSL date or range. CSL wants both ends of a range at the same precision, so a range whose ends differ (a start
 * known only to the month, an end known to the day) is given at the coarser one: `2023-02` to `2023-02-10` is cited
 * as February 2023.
 */
function toCslDate(start: string, end?: string): CSLDate {
  if (!end || end === start) return { 'date-parts': [toDateParts(start)] };
  const [from, to] = [toDateParts(start), toDateParts(end)];
  const length = Math.min(from.length, to.length);
  const [a, b] = [from.slice(0, length), to.slice(0, length)] as Array<
    [number] | [number, number] | [number, number, number]
  >;
  return { 'date-parts': a!.join('-') === b!.join('-') ? [a!] : [a!, b!] };
}

/** What a record's citation is made from: fields of its entry in the data files (`MeetingRecord`). */
export type CitedRecord = Pick<
  MeetingRecord,
  'id' | 'title' | 'url' | 'updated' | 'summary' | 'startDate' | 'endDate' | 'location'
>;

/**
 * The CSL-JSON item for a record: a web page in the archive, by its contributors, dated by `updated`, with the
 * meeting's dates and place as the event's. Made from the record's data (`toMeetingRecord`), so the record page and
 * the files written beside the data agree.
 */
export function toRecordCsl(record: CitedRecord): CSL {
  const eventDate = record.startDate ? toCslDate(record.startDate, record.endDate ?? undefined) : undefined;
  const place = record.location.mode === 'not-recorded' && !record.location.country ? undefined : record.location.text;
  return {
    id: getCitationId(record.id),
    type: 'webpage',
    title: record.title,
    'container-title': SITE_NAME,
    author: [{ literal: DATA_AUTHOR }],
    issued: toCslDate(record.updated),
    URL: record.url,
    abstract: record.summary,
    ...(eventDate ? { 'event-date': eventDate } : {}),
    ...(place ? { 'event-place': place } : {}),
  };
}

/**
 * The CSL-JSON item for the whole dataset, at a version (the day of its latest change, YYYY-MM-DD).
 * The version is written as a day in words: CSL styles read a hyphen as a range ("Versions 2026-11-29").
 */
export function toDatasetCsl(version: string, siteBase: URL): CSL {
  return {
    id: DATASET_CITATION_ID,
    type: 'dataset',
    title: `${SITE_NAME}: every meeting record`,
    author: [{ literal: DATA_AUTHOR }],
    publisher: SITE_NAME,
    issued: toCslDate(version),
    version: formatCalendarDate({ iso: version, precision: 'day' }),
    URL: siteUrl('data/', siteBase),
  };
}

/** CSL-JSON as a file holds it: an array of items, indented, with a final newline. */
export function toCslJson(item: CSL): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** A reference in APA style, as plain text. */
export function formatCitation(item: CSL): string {
  return formatRecordCitation(item) ?? formatWithCiteproc(item);
}

function formatWithCiteproc(item: CSL): string {
  return (new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim();
}

const MONTHS = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/**
 * The APA reference of a record page, written from its parts without running citeproc, which costs milliseconds per
 * record (minutes at the scale of a large archive). It covers exactly the shape `toRecordCsl` makes: a web page by
 * one literal author, dated to the day, whose title has no quotes and does not end in punctuation; for anything else
 * it returns `undefined` and citeproc formats the reference. A test checks it gives citeproc's output for every record.
 *
 * @example formatRecordCitation(toRecordCsl(record)) ⇒ 'Bali Process Meeting Records contributors. (2026, November 29). Fifth Joint Period of Action. Bali Process Meeting Records. https://…/'
 */
export function formatRecordCitation(item: CSL): string | undefined {
  const author = item.author?.length === 1 ? item.author[0]?.literal : undefined;
  const day = item.issued?.['date-parts']?.[0];
  const title = item.title;
  if (
    item.type !== 'webpage' ||
    !author ||
    !title ||
    !item['container-title'] ||
    !item.URL ||
    day?.length !== 3 ||
    item.issued?.['date-parts']?.length !== 1 ||
    /["'‘’“”]/.test(title) ||
    /[.?!:;,]$/.test(title) ||
    /[.?!]$/.test(author)
  ) {
    return undefined;
  }
  const [year, month, date] = day.map(Number) as [number, number, number];
  const monthName = MONTHS.format(new Date(Date.UTC(year, month - 1, 1)));
  return `${author}. (${year}, ${monthName} ${date}). ${title}. ${item['container-title']}. ${item.URL}`;
}

/** CSL fields that BibTeX writes verbatim (addresses, keys), whose characters are never escaped. */
const VERBATIM_FIELDS = new Set(['URL', 'DOI', 'id', 'citation-key']);

/**
 * An item with BibTeX's special characters (`& % $ # _ { }`) escaped in its text fields, which the plugin leaves as
 * they are once it writes letters in UTF-8.
 */
function escapeBibtexText(item: CSL): CSL {
  const escape = (value: unknown): unknown =>
    typeof value === 'string'
      ? value.replace(/[&%$#_{}]/g, '\\$&')
      : Array.isArray(value)
        ? value.map(escape)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escape(inner)]))
          : value;
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) => [key, VERBATIM_FIELDS.has(key) ? value : escape(value)]),
  ) as CSL;
}

/**
 * The BibTeX entry (`@misc`). Classic BibTeX has no field for a day, so the entry gives the year and says the full
 * day of the version in `note`; letters of every script are written as they are, in UTF-8 (`Việt`).
 */
export function toBibtex(item: CSL): string {
  const parts = item.issued?.['date-parts']?.[0];
  const day = parts?.length === 3 ? parts.map((part) => String(part).padStart(2, '0')).join('-') : undefined;
  const entry: CSL = {
    ...escapeBibtexText(item),
    ...(parts ? { issued: { 'date-parts': [[parts[0]]] } } : {}),
    ...(day ? { note: item.type === 'dataset' ? `Version of ${day}` : `Record updated ${day}` } : {}),
  };
  return `${(new Cite(entry).format('bibtex', { format: 'text' }) as string).trim()}\n`;
}

/** RIS reference types by CSL type: a record is a web page (`ELEC`), the dataset a dataset (`DATA`). */
const RIS_TYPES: Readonly<Record<string, string>> = { webpage: 'ELEC', dataset: 'DATA' };

/**
 * The RIS entry (Research Information Systems tagged format): one `TAG  - value` line per field, CRLF line ends,
 * closed by `ER  - `. Written here because citation.js's RIS plugin does not support the citation.js version the
 * other formats use; tests read every file back with an independent RIS parser.
 *
 * Fields: TY (type), ID (the citation key), TI (title), T2 (the site, for a web page), AU (each author, "Family,
 * Given", or a literal author such as "Bali Process Meeting Records contributors" as written, as citation.js writes
 * it), PY (year), DA (the day, YYYY/MM/DD), ET (the dataset's version),
 * PB (publisher), UR (address), AB (abstract), LA (language). Values are one line each: line breaks become spaces.
 * @example toRis(toRecordCsl(record)) ⇒ 'TY  - ELEC\r\nID  - bpmr-…\r\nTI  - Fifth Joint Period of Action\r\n…ER  - \r\n'
 */
export function toRis(item: CSL): string {
  const lines: Array<[string, string | number | undefined]> = [['TY', RIS_TYPES[item.type] ?? 'GEN']];
  const day = item.issued?.['date-parts']?.[0];
  lines.push(['ID', item.id], ['TI', item.title]);
  if (item.type === 'webpage') lines.push(['T2', item['container-title']]);
  for (const author of item.author ?? []) {
    lines.push(['AU', author.literal ?? [author.family, author.given].filter(Boolean).join(', ')]);
  }
  if (day?.[0] !== undefined) lines.push(['PY', day[0]]);
  if (day?.length === 3) lines.push(['DA', day.map((part) => String(part).padStart(2, '0')).join('/')]);
  if (item.type === 'dataset') lines.push(['ET', item.version], ['PB', item.publisher]);
  lines.push(['UR', item.URL], ['AB', item.abstract], ['LA', 'en']);
  const body = lines
    .filter(([, value]) => value !== undefined && String(value).trim() !== '')
    .map(([tag, value]) => `${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`);
  return `${[...body, 'ER  - '].join('\r\n')}\r\n`;
}
