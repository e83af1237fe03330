/**
 * The meeting record: one file per meeting in `content/meetings/`, its frontmatter checked by `MeetingSchema`.
 *
 * Each field is documented once, in its `documented()` text, which error messages, CONTRIBUTING.md and `/data/`
 * reuse. Errors are written for contributors: each names the value found and gives a valid line to copy.
 *
 * The schema checks what a record says on its own. What needs the rest of the archive (that a topic, body,
 * organisation or series exists, that no two records share an id or a series number, that `updated` is not in the
 * future) is checked by the content reader (`lib/content/`), which reports it in the same form.
 */
import { z } from 'astro/zod';
import { isInOrder, type CalendarDate } from '../lib/domain/calendar-date.ts';
import { describeValue } from '../lib/domain/describe-value.ts';
import { MEETING_KINDS } from '../lib/domain/kinds.ts';
import { ID_PATTERN, MAX_ID_LENGTH, slugWords } from '../lib/domain/record-id.ts';
import { ROLE_FIELDS, type RoleField } from '../lib/domain/roles.ts';
import { calendarDate, calendarDay, isCalendarDate } from './calendar-date.ts';
import { documented } from './documented.ts';
import { LOCATION_MODES, LocationSchema } from './location.ts';
import { entityReference, PartySchema, type EntityCollection, type EntityReference } from './party.ts';
import { httpsUrl } from './web-address.ts';

export { LOCATION_MODES, type EntityCollection, type EntityReference };

const PASSAGE_EXAMPLE = 'passages: { forced-marriage: "They named forced marriage and sham marriage." }';

/** The kinds of outcome document a record can list. */
export const DOCUMENT_TYPES = [
  'declaration',
  'co-chairs-statement',
  'statement',
  'report',
  'work-plan',
  'guide',
  'strategy',
  'agenda',
  'presentation',
  'other',
] as const;

/**
 * A list field. A single value written without brackets gets a message that shows the brackets.
 * @param required when given, the list must have an entry and this is the message when it has none; otherwise a
 *   missing list is empty.
 */
function listOf<T extends z.ZodType>(element: T, field: string, example: string, required?: string) {
  const list = z.array(element, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing. e.g. ${example}`
        : typeof issue.input === 'string' || typeof issue.input === 'number'
          ? `expected a list, found ${describeValue(issue.input)}. Put the values in square brackets: ${field}: [${String(issue.input)}]`
          : `expected a list, found ${describeValue(issue.input)}. e.g. ${example}`,
  });
  return required ? list.min(1, required) : list.default([]);
}

/**
 * The error of a text field: "is missing" when absent, otherwise what was found (a number, a list, ...) and the
 * example, so that `title: 2019` is not reported as missing.
 */
function textError(missing: string, example: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? missing
      : `expected text, found ${describeValue(issue.input)}. Write it in double quotes, e.g. ${example}`;
}

const optionalText = () => z.string().trim().min(1).optional();

/**
 * A source: the page a record's facts came from, with, optionally, the day someone last checked it and the address of
 * an archived copy. That `checked` is not later than today is checked by the content reader, which knows the day.
 */
const SourceSchema = z
  .strictObject({
    url: httpsUrl('url'),
    title: optionalText(),
    note: optionalText(),
    checked: documented(calendarDay('checked: 2026-12-06').optional(), {
      description:
        'Day someone last opened the source and found it still says what the record cites it for (YYYY-MM-DD).',
      example: 'checked: 2026-12-06',
    }),
    archived: documented(httpsUrl('archived').optional(), {
      description: 'Address of an archived copy of the source, in a web archive, for when the page moves or goes.',
      example: 'archived: https://web.archive.org/web/2024/https://www.baliprocess.net/',
    }),
  })
  .superRefine((source, ctx) => {
    if (source.archived !== undefined && source.archived === source.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['archived'],
        message: `is the address of the source itself. Give the address of its copy in a web archive, e.g. archived: https://web.archive.org/web/2024/${source.url}`,
      });
    }
  });

/** The frontmatter of a meeting record. */
export const MeetingSchema = z
  .strictObject({
    title: documented(
      z
        .string({
          error: textError(
            'is missing. e.g. title: Fifth Joint Period of Action',
            'title: "Fifth Joint Period of Action"',
          ),
        })
        .trim()
        .min(3, 'is too short. e.g. title: Fifth Joint Period of Action')
        .max(200, 'is longer than 200 characters. Shorten it and keep the full name in the text'),
      {
        description: 'Name of the meeting as the official record gives it, without dates or places.',
        example: 'title: Fifth Joint Period of Action',
      },
    ),
    slug: documented(
      z
        .string()
        .regex(ID_PATTERN, {
          // The exact fix: the same words in lowercase ASCII, e.g. "JPA 6 Việt Nam" ⇒ jpa-6-viet-nam.
          error: (issue) =>
            `must be lowercase ASCII letters and digits joined by hyphens (found ${describeValue(issue.input)}), e.g. slug: ${slugWords(String(issue.input ?? ''), MAX_ID_LENGTH) || 'jpa-5-viet-nam'}`,
        })
        .max(MAX_ID_LENGTH, {
          error: (issue) =>
            `is longer than ${MAX_ID_LENGTH} characters. Keep the first words, e.g. slug: ${slugWords(String(issue.input), MAX_ID_LENGTH)}`,
        })
        .optional(),
      {
        description: `An explicit id for the page address, instead of the one made from the file name. Lowercase ASCII letters, digits and hyphens, at most ${MAX_ID_LENGTH} characters.`,
        example: 'slug: fifth-joint-period-of-action',
      },
    ),
    kind: documented(
      z.enum(MEETING_KINDS, {
        error: (issue) =>
          `${issue.input === undefined ? 'is missing' : `${describeValue(issue.input)} is not a kind of meeting`}. Use one of ${MEETING_KINDS.join(', ')}, e.g. kind: workshop`,
      }),
      { description: `Kind of meeting: ${MEETING_KINDS.join(', ')}.`, example: 'kind: joint-period-of-action' },
    ),
    body: documented(entityReference('bodies', 'body: working-group-disruption'), {
      description: 'The body that held the meeting, as an id from content/bodies/.',
      example: 'body: working-group-disruption',
    }),
    jointBodies: documented(
      listOf(
        entityReference('bodies', 'jointBodies: [task-force-planning-preparedness]'),
        'jointBodies',
        'jointBodies: [task-force-planning-preparedness]',
      ),
      {
        description: 'Other bodies that held the meeting jointly with body, as ids from content/bodies/.',
        example: 'jointBodies: [task-force-planning-preparedness]',
      },
    ),
    series: documented(entityReference('series', 'series: joint-periods-of-action').optional(), {
      description: 'The numbered series the meeting belongs to (previous/next links), as an id from content/series/.',
      example: 'series: joint-periods-of-action',
    }),
    number: documented(
      z
        .number({ error: 'must be a whole number, e.g. number: 5' })
        .int('must be a whole number, e.g. number: 5')
        .positive('must be 1 or more, e.g. number: 5')
        .optional(),
      {
        description: 'Number in the series as the official record counts it (the Fifth Joint Period of Action is 5).',
        example: 'number: 5',
      },
    ),
    numberNote: documented(optionalText(), {
      description: 'Where sources number the meeting differently, what each says.',
      example: 'numberNote: The Regional Support Office calls this the sixth.',
    }),
    startDate: documented(calendarDate('startDate: 2019-07-02').optional(), {
      description:
        'First day of the meeting as YYYY-MM-DD; YYYY-MM or YYYY when the sources give only the month or year. Leave out when no source gives a date.',
      example: 'startDate: 2019-07-02',
    }),
    endDate: documented(calendarDate('endDate: 2019-12-03').optional(), {
      description: 'Last day of the meeting, same forms as startDate; may be left out for a one-day meeting.',
      example: 'endDate: 2019-12-03',
    }),
    dateNote: documented(optionalText(), {
      description:
        'What the sources say about the dates: required when the date gives only a month or a year, or is left out; also for doubts or disagreements.',
      example: 'dateNote: The event page header says 29–30 April; its text says 28–30 April.',
    }),
    location: documented(
      z
        .unknown()
        .superRefine((value, ctx) => {
          if (value === undefined || value === null) {
            ctx.addIssue({
              code: 'custom',
              message:
                'is missing. e.g. location: { city: Bangkok, country: TH }, or location: { mode: online }, or location: { mode: not-recorded }',
              input: value,
            });
          } else if (typeof value !== 'object' || Array.isArray(value)) {
            ctx.addIssue({
              code: 'custom',
              message: `expected city and country, found ${describeValue(value)}. e.g. location: { city: Bangkok, country: TH }`,
              input: value,
            });
          }
        })
        .pipe(LocationSchema),
      {
        description:
          'Where the meeting was held: city and country (ISO code), with mode online, hybrid, several-places or not-recorded when it applies.',
        example: 'location: { city: Bangkok, country: TH }',
      },
    ),
    hosts: documented(listOf(PartySchema('hosts'), 'hosts', 'hosts: [TH]'), {
      description: 'Countries (ISO codes) or organisations (ids) that hosted the meeting.',
      example: 'hosts: [TH]',
    }),
    coChairs: documented(listOf(PartySchema('coChairs'), 'coChairs', 'coChairs: [FJ, NZ]'), {
      description: 'Co-chairs: countries or organisations, optionally with who represented them.',
      example: 'coChairs: [FJ, NZ]',
    }),
    participants: documented(listOf(PartySchema('participants'), 'participants', 'participants: [AU, BD, iom]'), {
      description:
        'Countries and organisations that took part, other than the co-chairs and hosts (each party is listed once, in its main role).',
      example: 'participants: [AU, BD, iom]',
    }),
    observers: documented(listOf(PartySchema('observers'), 'observers', 'observers: [CA, unodc]'), {
      description: 'Countries and organisations that attended as observers.',
      example: 'observers: [CA, unodc]',
    }),
    topics: documented(
      listOf(
        entityReference('topics', 'topics: [forced-marriage]'),
        'topics',
        'topics: [forced-marriage]',
        'needs at least one topic. e.g. topics: [forced-marriage]',
      ),
      {
        description: 'Topics from the thesaurus, as ids from content/topics/ (at least one).',
        example: 'topics: [forced-marriage, labour-exploitation]',
      },
    ),
    passages: documented(
      z
        .record(
          z.string().trim().min(1),
          z
            .string({
              error: (issue) =>
                `expected the sentences in double quotes, found ${describeValue(issue.input)}. e.g. ${PASSAGE_EXAMPLE}`,
            })
            .trim()
            .min(1, `is empty. Copy one or two sentences of the text, e.g. ${PASSAGE_EXAMPLE}`),
          {
            error: (issue) =>
              `expected a topic id and its sentences on each line, found ${describeValue(issue.input)}. e.g. ${PASSAGE_EXAMPLE}`,
          },
        )
        .default({}),
      {
        description:
          "For a topic of the record, the sentence or two of the text that say what the meeting said about it, copied from the text; the topic's page quotes them. Without one, the page quotes the sentences that name the topic.",
        example: `passages: { forced-marriage: "On trafficking, they named forced marriage, sham marriage and labour exploitation." }`,
      },
    ),
    summary: documented(
      z
        .string({
          error: textError(
            'is missing. Write one or two sentences, e.g. summary: Eleven countries worked together ...',
            'summary: "Eleven countries worked together ..."',
          ),
        })
        .trim()
        .min(20, 'is too short. Write one or two full sentences')
        .max(500, 'is longer than 500 characters. Keep one or two sentences and move the rest into the text'),
      {
        description: 'One or two sentences in our own words; shown in lists, feeds and search results.',
        example: 'summary: Eleven countries ran coordinated operations against smuggling networks.',
      },
    ),
    figures: documented(
      listOf(
        z.strictObject({
          label: z.string().trim().min(1),
          value: z.union([z.number(), z.string().trim().min(1)]),
          source: httpsUrl('source').optional(),
          note: optionalText(),
        }),
        'figures',
        'figures: [{ label: Delegates, value: 303, source: https://... }]',
      ),
      {
        description:
          'Figures the sources report (label, value, source). Where sources disagree, keep one entry per source.',
        example: 'figures: [{ label: Delegates, value: 303, source: https://www.baliprocess.net/ }]',
      },
    ),
    documents: documented(
      listOf(
        z.strictObject({
          title: z.string().trim().min(1),
          type: z.enum(DOCUMENT_TYPES),
          language: z
            .string()
            .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
            .default('en'),
          url: httpsUrl('url').optional(),
          date: calendarDate('date: 2019-12-03').optional(),
        }),
        'documents',
        "documents: [{ title: Co-Chairs' Statement, type: co-chairs-statement, url: https://... }]",
      ),
      {
        description: `Outcome documents: title, type (${DOCUMENT_TYPES.join(', ')}), language (a BCP 47 tag, en by default), url, date.`,
        example:
          "documents: [{ title: Co-Chairs' Statement, type: co-chairs-statement, url: https://www.baliprocess.net/ }]",
      },
    ),
    sources: documented(
      listOf(
        SourceSchema,
        'sources',
        'sources: [{ url: https://www.baliprocess.net/, title: Event page }]',
        'needs at least one source. e.g. sources: [{ url: https://www.baliprocess.net/ }]',
      ),
      {
        description:
          'Pages the facts came from: url, title, note (which facts), and optionally checked and archived; at least one.',
        example: 'sources: [{ url: https://www.baliprocess.net/, title: Event page }]',
      },
    ),
    photo: documented(
      z
        .strictObject({
          src: z
            .string({ error: 'is missing. Save the photo beside the record and write e.g. src: ./jpa-5.jpg' })
            .regex(/^\.\.?\//, 'must be a file beside the record, written with ./ in front, e.g. src: ./jpa-5.jpg'),
          alt: z
            .string({ error: 'is missing. Describe what the photo shows, e.g. alt: Delegates seated around a table' })
            .trim()
            .min(1, 'is empty. Describe what the photo shows, e.g. alt: Delegates seated around a table'),
          credit: z.string({ error: 'is missing. e.g. credit: Bali Process RSO' }).trim().min(1),
        })
        .optional(),
      {
        description: 'A photo stored beside the record: src (file), alt (what it shows, required), credit.',
        example: 'photo: { src: ./jpa-5.jpg, alt: Delegates seated around a table, credit: Bali Process RSO }',
      },
    ),
    updated: documented(calendarDay('updated: 2026-01-15'), {
      description: 'Day of the last substantive change to this record, as YYYY-MM-DD; not later than today.',
      example: 'updated: 2026-01-15',
    }),
    draft: documented(z.boolean({ error: 'must be true or false, e.g. draft: true' }).default(false), {
      description: 'true keeps the record out of the site while it is being written; the check and the build name it.',
      example: 'draft: true',
    }),
  })
  .superRefine(
    (meeting, ctx) => {
      const start: unknown = meeting.startDate;
      const end: unknown = meeting.endDate;
      if (end !== undefined && start === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'is given without a startDate. Give the start too, e.g. startDate: 2019-07-02',
        });
      }
      if (isCalendarDate(start) && isCalendarDate(end) && !isInOrder(start, end)) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `${end.iso} is before the start date ${start.iso}. The end may equal the start for a one-day meeting, e.g. endDate: ${start.iso}`,
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
              ? 'is missing. A record with no date says what the sources give, e.g. dateNote: The event page gives no date; the report of the next meeting says it met earlier that year.'
              : `gives only ${isCalendarDate(start) && start.precision === 'year' ? 'a year' : 'a month'}, so the record needs a dateNote saying what the sources give, e.g. dateNote: The co-chairs' statement says the meeting was held in May 2016 without a day.`,
        });
      } else if (meeting.dateNote === undefined && isCalendarDate(end) && end.precision !== 'day') {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `gives only ${end.precision === 'year' ? 'a year' : 'a month'}, so the record needs a dateNote saying what the sources give, e.g. dateNote: The report gives the opening day and says the meeting ran into June 2016.`,
        });
      }
      if (meeting.number !== undefined && meeting.series === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['number'],
          message: 'is given without a series. Name the series too, e.g. series: joint-periods-of-action',
        });
      }
      for (const issue of findRoleRepeats(meeting)) ctx.addIssue({ code: 'custom', ...issue });
    },
    { when: () => true },
  );

/**
 * The rule for roles: each country or organisation is listed once per meeting, in its main role. A co-chair may also
 * be a host (a member that chaired the meeting it hosted); co-chairs and hosts are not repeated among participants
 * or observers, no party is both a participant and an observer, and no list names a party twice.
 */
function findRoleRepeats(
  meeting: Partial<Record<RoleField, unknown>>,
): Array<{ path: PropertyKey[]; message: string }> {
  const found: Array<{ path: PropertyKey[]; message: string }> = [];
  const seen = new Map<string, RoleField>();
  const label: Record<RoleField, string> = {
    hosts: 'a host',
    coChairs: 'a co-chair',
    participants: 'a participant',
    observers: 'an observer',
  };
  for (const field of ROLE_FIELDS) {
    const list = meeting[field];
    if (!Array.isArray(list)) continue;
    const inThisList = new Set<string>();
    list.forEach((party: unknown, index) => {
      const key = partyKey(party);
      if (key === undefined) return;
      const earlier = seen.get(key);
      if (inThisList.has(key)) {
        found.push({ path: [field, index], message: `${key} is listed twice. Delete the second ${key}` });
      } else if (
        earlier &&
        !(field === 'coChairs' && earlier === 'hosts') &&
        !(field === 'hosts' && earlier === 'coChairs')
      ) {
        found.push({
          path: [field, index],
          message: `${key} is already ${label[earlier]} of this meeting, and each party is listed once, in its main role. Delete ${key} from ${field}`,
        });
      }
      inThisList.add(key);
      if (!earlier || field === 'coChairs') seen.set(key, field);
    });
  }
  return found;
}

function partyKey(party: unknown): string | undefined {
  if (typeof party !== 'object' || party === null) return undefined;
  const value = party as { type?: string; code?: string; organization?: { id: string } };
  return value.type === 'country' ? value.code : value.organization?.id;
}

/** A meeting record's frontmatter after parsing. */
export type MeetingData = z.output<typeof MeetingSchema>;
/** A party in one role, after parsing. */
export type Party = MeetingData['participants'][number];
/** Re-exported for consumers of parsed records. */
export type { CalendarDate };
