import { z } from 'astro/zod';
import { DATE_FORMS, parseCalendarDate, suggestIsoDate, type CalendarDate } from '../lib/domain/calendar-date.ts';
import { describeValue } from '../lib/domain/describe-value.ts';

/**
 * A calendar date at day, month or year precision: `2019-07-02`, `2016-05` or `2016`.
 *
 * Output: `{ iso, precision }` (see `CalendarDate`). Never a `Date`, so no time zone can move it.
 * Errors: an impossible day (`2019-02-30`), an empty value or any other form fails with a sentence that names the
 * value and the accepted forms; a date in words (`2 July 2009`) is given back in the ISO form.
 *
 * @param example a valid line to show in errors, e.g. `startDate: 2019-07-02`.
 */
export function calendarDate(example: string) {
  return z.unknown().transform((value, ctx): CalendarDate => {
    const parsed = parseCalendarDate(value);
    if (parsed.ok) return parsed.date;
    // A date in words or with slashes gets its own ISO form, so that copying the example never changes the date.
    const meant = typeof value === 'string' ? suggestIsoDate(value) : undefined;
    const field = example.slice(0, example.indexOf(':'));
    ctx.addIssue({
      code: 'custom',
      message: meant
        ? `${describeValue(value)} ${parsed.reason}. Write it as ${meant.length === 10 ? 'YYYY-MM-DD' : 'YYYY-MM'}: ${field}: ${meant}`
        : `${describeValue(value)} ${parsed.reason}. Write it as ${DATE_FORMS}, e.g. ${example}`,
      input: value,
    });
    return z.NEVER;
  });
}

/**
 * A calendar date that must give the day: `2026-01-15`. Used for `updated`, which feeds sitemaps and feeds.
 * @param example a valid line to show in errors.
 */
export function calendarDay(example: string) {
  return calendarDate(example).superRefine((date, ctx) => {
    if (date.precision !== 'day') {
      ctx.addIssue({
        code: 'custom',
        message: `"${date.iso}" gives no day. Write the full date as YYYY-MM-DD, e.g. ${example}`,
        input: date.iso,
      });
    }
  });
}

/** Whether a value is a parsed `CalendarDate` (used by refinements that run even when other fields failed). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && 'iso' in value && 'precision' in value;
}
