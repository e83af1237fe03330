/**
 * Calendar days with a precision, for meetings whose sources give a full date, only a month, or only a year.
 *
 * A calendar day is not an instant: "2 July 2019" must read the same on every machine, whatever its time zone.
 * So dates are kept as ISO 8601 strings (`2019-07-02`, `2016-05`, `2016`) and only turned into `Date` objects at
 * midnight UTC, and only ever formatted with `timeZone: 'UTC'`.
 */

/** How much of a date the sources give: the whole day, the month only, or the year only. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date as stored in a record: the ISO string as written and how precise it is. */
export interface CalendarDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  iso: string;
  precision: DatePrecision;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The three forms a contributor may write, for error messages. */
export const DATE_FORMS = 'YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known)';

/**
 * Reads a date as written in a record's frontmatter.
 *
 * Accepts `'2019-07-02'`, `'2016-05'`, `'2016'`, the number `2016` (YAML reads a bare year as a number) and a `Date`
 * (some YAML parsers turn `2019-07-02` into midnight UTC; its UTC fields are read back, never local ones).
 * Returns `{ ok: false, reason }` for anything else, including days that do not exist (`2019-02-30`).
 *
 * @example parseCalendarDate('2019-07-02') ⇒ { ok: true, date: { iso: '2019-07-02', precision: 'day' } }
 * @example parseCalendarDate(2016) ⇒ { ok: true, date: { iso: '2016', precision: 'year' } }
 * @example parseCalendarDate('2019-02-30') ⇒ { ok: false, reason: 'is not a real calendar day' }
 */
export function parseCalendarDate(value: unknown): { ok: true; date: CalendarDate } | { ok: false; reason: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'is not a date' };
    return { ok: true, date: { iso: value.toISOString().slice(0, 10), precision: 'day' } };
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return { ok: false, reason: 'is not a date' };
  const text = value.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  const match = ISO_DATE.exec(text);
  if (!match) return { ok: false, reason: 'is not written as a date' };
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return { ok: false, reason: 'has no such month' };
  }
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month)))) {
    return { ok: false, reason: 'is not a real calendar day' };
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { ok: true, date: { iso: text, precision } };
}

/** English month names and their usual abbreviations, lowercased, to month numbers: `july` and `jul` ⇒ 7. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 12 }, (_, index) => {
    const day = Date.UTC(2000, index, 1);
    const name = (month: 'long' | 'short') =>
      new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }).format(day).toLowerCase();
    return [[name('long'), index + 1] as const, [name('short'), index + 1] as const];
  })
    .flat()
    .concat([['sept', 9]]),
);

const pad = (value: string | number) => String(value).padStart(2, '0');

/**
 * The ISO form of a date a contributor wrote another way, for error messages: `2 July 2019`, `2nd Jul 2019`,
 * `July 2, 2019` ⇒ `2019-07-02`; `July 2019` ⇒ `2019-07`; `2019/7/2` or `2019.07.02` ⇒ `2019-07-02`.
 * Forms whose order of day and month is not certain (`02/07/2019`) get no suggestion, nor do days that do not exist.
 * @example suggestIsoDate('2 July 2009') ⇒ '2009-07-02'
 */
export function suggestIsoDate(text: string): string | undefined {
  const words = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const month = (name: string) => MONTHS.get(name.replace(/\.$/, ''));
  let iso: string | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+) (\d{4})$/.exec(words)) && month(match[2]!)) {
    iso = `${match[3]}-${pad(month(match[2]!)!)}-${pad(match[1]!)}`;
  } else if ((match = /^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(words)) && month(match[1]!)) {
    iso = `${match[3]}-${pad(month(match[1]!)!)}-${pad(match[2]!)}`;
  } else if ((match = /^([a-z.]+) (\d{4})$/.exec(words)) && month(match[1]!)) {
    iso = `${match[2]}-${pad(month(match[1]!)!)}`;
  } else if ((match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(words))) {
    iso = [match[1], pad(match[2]!), ...(match[3] ? [pad(match[3])] : [])].join('-');
  }
  return iso !== undefined && parseCalendarDate(iso).ok ? iso : undefined;
}

/** Days in a month of the proleptic Gregorian calendar. @example daysInMonth(2024, 2) ⇒ 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day a partial date can mean, as `YYYY-MM-DD`.
 * @example firstDay({ iso: '2016-05', precision: 'month' }) ⇒ '2016-05-01'
 */
export function firstDay(date: CalendarDate): string {
  if (date.precision === 'day') return date.iso;
  if (date.precision === 'month') return `${date.iso}-01`;
  return `${date.iso}-01-01`;
}

/**
 * The last day a partial date can mean, as `YYYY-MM-DD`.
 * @example lastDay({ iso: '2016-02', precision: 'month' }) ⇒ '2016-02-29'
 */
export function lastDay(date: CalendarDate): string {
  if (date.precision === 'day') return date.iso;
  if (date.precision === 'month') {
    const [year, month] = date.iso.split('-').map(Number) as [number, number];
    return `${date.iso}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return `${date.iso}-12-31`;
}

/**
 * Whether a range is in order: the end may be the start (a one-day meeting) or later, never earlier.
 * Partial dates compare by the widest reading, so `2016-05` to `2016-05-20` is in order.
 */
export function isInOrder(start: CalendarDate, end: CalendarDate): boolean {
  return lastDay(end) >= firstDay(start);
}

/** The calendar year of a date. @example getYear({ iso: '2016-05', precision: 'month' }) ⇒ 2016 */
export function getYear(date: CalendarDate): number {
  return Number(date.iso.slice(0, 4));
}

/** Midnight UTC of the first day a date can mean: the only way a `CalendarDate` becomes a `Date`. */
export function toUtcDate(date: CalendarDate): Date {
  return new Date(`${firstDay(date)}T00:00:00Z`);
}

const LOCALE = 'en-GB';
const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<DatePrecision, Intl.DateTimeFormat>();
function getFormatter(precision: DatePrecision): Intl.DateTimeFormat {
  let formatter = formatters.get(precision);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, FORMAT_OPTIONS[precision]);
    formatters.set(precision, formatter);
  }
  return formatter;
}

/**
 * A date as people read it, at its own precision, the same in every time zone.
 * @example formatCalendarDate({ iso: '2019-07-02', precision: 'day' }) ⇒ '2 July 2019'
 * @example formatCalendarDate({ iso: '2016-05', precision: 'month' }) ⇒ 'May 2016'
 */
export function formatCalendarDate(date: CalendarDate): string {
  return getFormatter(date.precision).format(toUtcDate(date));
}

/** One piece of a formatted range: text, and the ISO date it belongs to when it names only the start or the end. */
export interface DateRangePart {
  text: string;
  /** The ISO date this text stands for, when it belongs to one end of the range only. */
  datetime?: string;
}

/** What a record with no date shows. */
export const DATE_NOT_RECORDED = 'Date not recorded';

/**
 * A date range as people read it, in parts so that each end can be marked up with `<time datetime>`.
 * Uses `Intl.DateTimeFormat#formatRangeToParts`, so shared parts (the year) are written once.
 *
 * @example formatDateRangeParts(2019-07-02, 2019-12-03) joined ⇒ '2 July – 3 December 2019'
 * @example formatDateRangeParts(2016-05, 2016-11) joined ⇒ 'May – November 2016'
 * @example formatDateRangeParts(undefined) ⇒ [{ text: 'Date not recorded' }]
 */
export function formatDateRangeParts(start?: CalendarDate, end?: CalendarDate): readonly DateRangePart[] {
  if (!start) return NOT_RECORDED_PARTS;
  // Intl's range formatting is slow and lists repeat the same ranges many times: format each range once.
  const key = `${start.iso}/${end?.iso ?? ''}`;
  let parts = rangeCache.get(key);
  if (!parts) {
    parts = Object.freeze(computeRangeParts(start, end));
    rangeCache.set(key, parts);
  }
  return parts;
}

const NOT_RECORDED_PARTS: readonly DateRangePart[] = Object.freeze([{ text: DATE_NOT_RECORDED }]);
const rangeCache = new Map<string, readonly DateRangePart[]>();

function computeRangeParts(start: CalendarDate, end?: CalendarDate): DateRangePart[] {
  if (!end || end.iso === start.iso) return [{ text: formatCalendarDate(start), datetime: start.iso }];
  if (end.precision !== start.precision) {
    return [
      { text: formatCalendarDate(start), datetime: start.iso },
      { text: '\u2009–\u2009' },
      { text: formatCalendarDate(end), datetime: end.iso },
    ];
  }
  const parts: DateRangePart[] = [];
  for (const part of getFormatter(start.precision).formatRangeToParts(toUtcDate(start), toUtcDate(end))) {
    const datetime = part.source === 'startRange' ? start.iso : part.source === 'endRange' ? end.iso : undefined;
    const last = parts.at(-1);
    if (last && last.datetime === datetime) last.text += part.value;
    else parts.push(datetime ? { text: part.value, datetime } : { text: part.value });
  }
  return parts;
}

/**
 * A date range as one string.
 * @example formatDateRange({ iso: '2019-07-02', precision: 'day' }, { iso: '2019-12-03', precision: 'day' })
 *   ⇒ '2 July – 3 December 2019'
 */
export function formatDateRange(start?: CalendarDate, end?: CalendarDate): string {
  return formatDateRangeParts(start, end)
    .map((part) => part.text)
    .join('');
}
