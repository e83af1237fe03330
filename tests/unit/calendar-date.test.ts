import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Intl puts thin spaces (U+2009) around the en dash of a range. */
const DASH = '\u2009–\u2009';
import {
  formatCalendarDate,
  formatDateRange,
  isInOrder,
  lastDay,
  parseCalendarDate,
  suggestIsoDate,
  type CalendarDate,
} from '../../src/lib/domain/calendar-date.ts';
import { calendarDate } from '../../src/schemas/calendar-date.ts';

const day = (iso: string): CalendarDate => ({ iso, precision: 'day' });
const month = (iso: string): CalendarDate => ({ iso, precision: 'month' });

describe('calendar dates', () => {
  it('reads full, month and year dates with their precision', () => {
    expect(parseCalendarDate('2019-07-02')).toEqual({ ok: true, date: day('2019-07-02') });
    expect(parseCalendarDate('2016-05')).toEqual({ ok: true, date: month('2016-05') });
    expect(parseCalendarDate(2016)).toEqual({ ok: true, date: { iso: '2016', precision: 'year' } });
  });

  it('reads a YAML Date by its UTC fields, never local ones', () => {
    expect(parseCalendarDate(new Date('2019-07-02T00:00:00Z'))).toEqual({ ok: true, date: day('2019-07-02') });
  });

  it('refuses days that do not exist instead of rolling them into the next month', () => {
    expect(parseCalendarDate('2019-02-30')).toEqual({ ok: false, reason: 'is not a real calendar day' });
    expect(parseCalendarDate('2019-13')).toEqual({ ok: false, reason: 'has no such month' });
    expect(parseCalendarDate('')).toEqual({ ok: false, reason: 'is empty' });
    expect(parseCalendarDate(null)).toEqual({ ok: false, reason: 'is not a date' });
    expect(parseCalendarDate('2 July 2019')).toEqual({ ok: false, reason: 'is not written as a date' });
  });

  it('gives a date written in words back in the ISO form, keeping its own day, month and year', () => {
    const written = ['2 July 2009', '2nd Jul 2009', 'July 2, 2009', '3 Sept. 2009', 'July 2009', '2009/7/2', '2009.07'];
    expect(written.map(suggestIsoDate)).toEqual([
      '2009-07-02',
      '2009-07-02',
      '2009-07-02',
      '2009-09-03',
      '2009-07',
      '2009-07-02',
      '2009-07',
    ]);
    // Day and month could be either way round, the day does not exist, or it is not a date at all.
    expect(['02/07/2009', '30 February 2009', 'Julember 2009', 'soon'].map(suggestIsoDate)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const result = calendarDate('startDate: 2019-07-02').safeParse('2 July 2009');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"2 July 2009" is not written as a date. Write it as YYYY-MM-DD: startDate: 2009-07-02',
    ]);
  });

  it('knows leap years', () => {
    expect(parseCalendarDate('2024-02-29').ok).toBe(true);
    expect(parseCalendarDate('2023-02-29').ok).toBe(false);
    expect(lastDay(month('2024-02'))).toBe('2024-02-29');
  });

  it('formats ranges as people read them', () => {
    expect(formatDateRange(day('2019-07-02'), day('2019-12-03'))).toBe(`2 July${DASH}3 December 2019`);
    expect(formatDateRange(day('2023-07-26'), day('2024-07-27'))).toBe(`26 July 2023${DASH}27 July 2024`);
    expect(formatDateRange(day('2016-03-23'), day('2016-03-23'))).toBe('23 March 2016');
    expect(formatDateRange(day('2016-03-23'))).toBe('23 March 2016');
    expect(formatDateRange(month('2016-05'), month('2016-11'))).toBe(`May${DASH}November 2016`);
    expect(formatDateRange(undefined)).toBe('Date not recorded');
  });

  it('accepts a one-day range and refuses an end before the start', () => {
    expect(isInOrder(day('2019-07-02'), day('2019-07-02'))).toBe(true);
    expect(isInOrder(day('2019-12-03'), day('2019-07-02'))).toBe(false);
    expect(isInOrder(month('2016-05'), day('2016-05-01'))).toBe(true);
  });

  // The day shown never depends on the build machine's time zone.
  it.each(['America/New_York', 'Pacific/Auckland', 'UTC'])('shows 2 July 2019 when the machine is in %s', (zone) => {
    const module = fileURLToPath(new URL('../../src/lib/domain/calendar-date.ts', import.meta.url));
    const script = `
      const { formatCalendarDate, formatDateRange, parseCalendarDate } = await import(${JSON.stringify(module)});
      const fromDate = parseCalendarDate(new Date(Date.UTC(2019, 6, 2)));
      const fromText = parseCalendarDate('2019-07-02');
      console.log(JSON.stringify([
        new Date(2019, 6, 2).getTimezoneOffset(),
        formatCalendarDate(fromDate.date),
        formatCalendarDate(fromText.date),
        formatDateRange(fromText.date, parseCalendarDate('2019-12-03').date),
      ]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    const [offset, ...shown] = JSON.parse(output) as [number, ...string[]];
    if (zone !== 'UTC') expect(offset).not.toBe(0);
    expect(shown).toEqual(['2 July 2019', '2 July 2019', `2 July${DASH}3 December 2019`]);
  });

  it('formats a month-precision date without inventing a day', () => {
    expect(formatCalendarDate(month('2016-05'))).toBe('May 2016');
  });
});
