import { z } from 'astro/zod';
import { isCalendarDate, calendarDate } from './calendar-date.ts';
import { isInOrder } from '../lib/domain/calendar-date.ts';
import { ID_PATTERN } from '../lib/domain/record-id.ts';
import { documented } from './documented.ts';
import { LocationSchema } from './location.ts';
import { httpsUrl } from './web-address.ts';

const optionalText = () => z.string().trim().min(1).optional();

/**
 * A meeting of a series that a source shows took place, whether or not the archive has its record: an entry of
 * `known` in `content/series/<id>.yaml`. The site counts a series' meetings from these entries ("12 of 17 meetings
 * recorded") and lists those without a record, each with what is known, so a gap in the archive is never mistaken
 * for a gap in the series.
 *
 * An entry is recorded when it names its record (`record`), or when a record of the series has its `number`.
 */
export const KnownMeetingSchema = z
  .strictObject({
    number: documented(z.number({ error: 'must be a whole number, e.g. number: 4' }).int().positive().optional(), {
      description: 'Number in the series, as the sources count it; left out when they give none.',
      example: 'number: 4',
    }),
    numberNote: documented(optionalText(), {
      description: 'Where sources number the meeting differently, or not at all, what each says.',
      example: 'numberNote: The support office calls it the 6th.',
    }),
    title: documented(
      z.string({ error: 'is missing. e.g. title: Fourth Regional Ministerial Conference' }).trim().min(3),
      {
        description: 'Name of the meeting as the sources give it.',
        example: 'title: Fourth Regional Ministerial Conference',
      },
    ),
    startDate: documented(calendarDate('startDate: 2011-03-29').optional(), {
      description: 'First day, or month or year, as far as the sources give it.',
      example: 'startDate: 2011-03-29',
    }),
    endDate: documented(calendarDate('endDate: 2011-03-30').optional(), {
      description: 'Last day, same forms as startDate.',
      example: 'endDate: 2011-03-30',
    }),
    dateNote: documented(optionalText(), {
      description: 'What the sources say about the date: required when the date is partial or missing.',
      example: 'dateNote: The report gives March 2011 without a day.',
    }),
    location: documented(LocationSchema.optional(), {
      description: 'Where it met, as far as the sources say.',
      example: 'location: { city: Bali, country: ID }',
    }),
    source: documented(
      z.strictObject(
        { url: httpsUrl('url'), title: optionalText(), note: optionalText() },
        {
          error: (issue) =>
            issue.input === undefined
              ? 'is missing. Give a page that shows the meeting took place, e.g. source: { url: https://www.baliprocess.net/event/…, title: Event page }'
              : undefined,
        },
      ),
      {
        description: 'A page that shows the meeting took place: url, title, note.',
        example:
          'source: { url: https://www.baliprocess.net/event/fourth-regional-ministerial-conference/, title: Event page }',
      },
    ),
    record: documented(
      z.string().regex(ID_PATTERN, 'must be the id of a record: its file name without .mdx').optional(),
      {
        description:
          "The id of the meeting's record (its file name without .mdx), when the archive has one and the number does not already say which.",
        example: 'record: 2011-03-29-fourth-bali-regional-ministerial-conference',
      },
    ),
  })
  .superRefine((meeting, ctx) => {
    const start: unknown = meeting.startDate;
    const end: unknown = meeting.endDate;
    if (isCalendarDate(start) && isCalendarDate(end) && !isInOrder(start, end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `${end.iso} is before the start date ${start.iso}. The end may equal the start for a one-day meeting`,
      });
    }
    if (
      meeting.dateNote === undefined &&
      (start === undefined || (isCalendarDate(start) && start.precision !== 'day'))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: [start === undefined ? 'dateNote' : 'startDate'],
        message:
          start === undefined
            ? 'is missing. A known meeting with no date says what the sources give, e.g. dateNote: The report of the next meeting mentions it without a date.'
            : `gives only ${isCalendarDate(start) && start.precision === 'year' ? 'a year' : 'a month'}, so the entry needs a dateNote saying what the sources give`,
      });
    }
  });

/** A known meeting of a series after parsing. */
export type KnownMeeting = z.output<typeof KnownMeetingSchema>;
