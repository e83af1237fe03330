/**
 * The meeting record: one MDX file per meeting in `content/meetings/`, its frontmatter checked by this schema.
 *
 * Every field carries its documentation (`documented`), which error messages, CONTRIBUTING.md and `/data/` reuse.
 * Errors are written for contributors: each names the value found and gives a valid line to copy.
 */
import slugify from '@sindresorhus/slugify';
import { z } from 'astro/zod';
import { isInOrder, type CalendarDate } from '../lib/domain/calendar-date.ts';
import { getCountryName, isCountryCode, suggestCountryCode } from '../lib/domain/countries.ts';
import { describeValue } from '../lib/domain/describe-value.ts';
import { MEETING_KINDS } from '../lib/domain/kinds.ts';
import { calendarDate, calendarDay, isCalendarDate } from './calendar-date.ts';
import { documented } from './documented.ts';
import { httpUrl } from './entities.ts';

/** The collections a meeting points at. */
export type EntityCollection = 'bodies' | 'topics' | 'organizations' | 'series';

/** What Astro's `reference(collection)` returns: a schema whose output is `{ id, collection }`. */
export type ReferenceFactory = (collection: EntityCollection) => z.ZodType<{ id: string; collection: string }, string>;

/** The ids that exist in each entity collection, so that an unknown id fails with a plain message. */
export type KnownIds = Readonly<Record<EntityCollection, ReadonlySet<string>>>;

/**
 * Other names of the entities, for suggestions in error messages: for each collection, a map from a slug of a
 * label, name, alias or acronym (`tip`, `human-trafficking`, `international-organization-for-migration`) to the id
 * it stands for. Names shared by two entities are left out.
 */
export type EntityNames = Readonly<Partial<Record<EntityCollection, ReadonlyMap<string, string>>>>;

/** Inputs of `createMeetingSchema`. */
export interface MeetingSchemaOptions {
  /** Astro's `reference` from `astro:content` (or the same function from a test). */
  reference: ReferenceFactory;
  /** Ids present in `content/bodies/`, `content/topics/`, ...; when given, unknown ids are refused here. */
  known?: KnownIds;
  /** When given, an unknown id that is another name of an entity gets that entity's id in its message. */
  names?: EntityNames;
  /** Astro's `image()` helper from the collection's schema context, for `photo.src`. */
  image?: () => z.ZodType;
}

/** The id rule for records and entities: lowercase ASCII letters and digits in hyphen-separated words. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const COLLECTION_NOUN: Record<EntityCollection, string> = {
  bodies: 'body',
  topics: 'topic',
  organizations: 'organisation',
  series: 'series',
};

/**
 * The id a contributor most likely meant by an unknown value: the value written as an id (`Forced Marriage` ⇒
 * forced-marriage) when that id exists, else the entity with that label, name, alias or acronym.
 */
function suggestEntityId(options: MeetingSchemaOptions, collection: EntityCollection, value: string): string | undefined {
  const key = slugify(value, { decamelize: false });
  if (options.known?.[collection].has(key)) return key;
  return options.names?.[collection]?.get(key);
}

/**
 * A pointer to an entity in `content/<collection>/`, passed through Astro's `reference()`.
 * Errors: not a string; an id that is not in the collection (when `known` is given), naming where ids live.
 */
function entityReference(options: MeetingSchemaOptions, collection: EntityCollection, example: string) {
  const noun = COLLECTION_NOUN[collection];
  return z
    .unknown()
    .transform((value, ctx) => {
      if (typeof value !== 'string' || value.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          message: `expected the id of a ${noun}, found ${describeValue(value)}. Use a file name from content/${collection}/ without .yaml, e.g. ${example}`,
          input: value,
        });
        return z.NEVER;
      }
      if (options.known && !options.known[collection].has(value)) {
        const meant = suggestEntityId(options, collection, value);
        ctx.addIssue({
          code: 'custom',
          message: meant
            ? `"${value}" is not a known ${noun}. Write its id, ${meant} (content/${collection}/${meant}.yaml)`
            : `"${value}" is not a known ${noun}. Use a file name from content/${collection}/ without .yaml, e.g. ${example}`,
          input: value,
        });
        return z.NEVER;
      }
      return value;
    })
    .pipe(options.reference(collection));
}

/**
 * A party to a meeting in one role: a country by its ISO 3166-1 alpha-2 code (`AU`) or an organisation by its id in
 * `content/organizations/` (`iom`). The long form adds who represented it: `{ id: AU, representative: "Foreign
 * Minister Alexander Downer" }`.
 *
 * Output: `{ type: 'country', code }` or `{ type: 'organization', organization: { id, collection } }`, plus
 * `representative` and `note` when given.
 */
function party(options: MeetingSchemaOptions, field: string) {
  const organization = options.reference('organizations');
  const example = `${field}: [AU, iom]`;
  return z.unknown().transform((value, ctx) => {
    let id: unknown = value;
    let extra: { representative?: string; note?: string } = {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { id: given, representative, note, ...rest } = value as Record<string, unknown>;
      const unknownKeys = Object.keys(rest);
      if (unknownKeys.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `has a field "${unknownKeys[0]}" that an entry cannot have. An entry is a code, or { id, representative, note }, e.g. ${field}: [{ id: AU, representative: "Minister for Foreign Affairs" }]`,
          input: value,
        });
        return z.NEVER;
      }
      for (const [key, text] of Object.entries({ representative, note })) {
        if (text !== undefined && typeof text !== 'string') {
          ctx.addIssue({
            code: 'custom',
            message: `has a ${key} that is not text (found ${describeValue(text)}). Write it in quotes, e.g. ${field}: [{ id: AU, ${key}: "Minister for Foreign Affairs" }]`,
            input: value,
          });
          return z.NEVER;
        }
      }
      id = given;
      extra = {
        ...(typeof representative === 'string' ? { representative } : {}),
        ...(typeof note === 'string' ? { note } : {}),
      };
    }
    if (typeof id === 'string' && isCountryCode(id)) return { type: 'country' as const, code: id, ...extra };
    if (typeof id === 'string' && ID_PATTERN.test(id) && (!options.known || options.known.organizations.has(id))) {
      const parsed = organization.safeParse(id);
      if (parsed.success) return { type: 'organization' as const, organization: parsed.data, ...extra };
    }
    const code = typeof id === 'string' ? suggestCountryCode(id) : undefined;
    const organizationId = typeof id === 'string' && !code ? suggestEntityId(options, 'organizations', id) : undefined;
    const fix = code
      ? `Write ${code} for ${getCountryName(code)} in its place`
      : organizationId
        ? `Write the organisation's id, ${organizationId} (content/organizations/${organizationId}.yaml)`
        : `Write a country code in capitals or an organisation id, e.g. ${example}`;
    ctx.addIssue({
      code: 'custom',
      message: `${describeValue(id)} is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. ${fix}`,
      input: value,
    });
    return z.NEVER;
  });
}

/**
 * A list field. A single value written without brackets gets a message that shows the brackets (case C4).
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
 * example, so that `title: 2019` is not reported as missing (case C4).
 */
function textError(missing: string, example: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? missing : `expected text, found ${describeValue(issue.input)}. Write it in double quotes, e.g. ${example}`;
}

/** How a meeting can be held: the values of `location.mode`. */
export const LOCATION_MODES = ['in-person', 'online', 'hybrid', 'several-places', 'not-recorded'] as const;

const DOCUMENT_TYPES = [
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
 * Builds the meeting schema. Called by `src/content.config.ts` with Astro's `reference` and `image` helpers and
 * the ids in the entity collections; tests call it with the same functions.
 */
export function createMeetingSchema(options: MeetingSchemaOptions) {
  const country = z.unknown().transform((value, ctx) => {
    if (typeof value === 'string' && isCountryCode(value)) return value;
    const code = typeof value === 'string' ? suggestCountryCode(value) : undefined;
    ctx.addIssue({
      code: 'custom',
      message: code
        ? `${describeValue(value)} is not an ISO 3166-1 alpha-2 country code. Write ${code} for ${getCountryName(code)}, e.g. country: ${code}`
        : `${describeValue(value)} is not an ISO 3166-1 alpha-2 country code. Write the two capital letters, e.g. country: TH`,
      input: value,
    });
    return z.NEVER;
  });

  const LocationSchema = z
    .strictObject({
      /** How the meeting was held. `several-places` is for coordinated work in many countries at once. */
      mode: documented(z.enum(LOCATION_MODES).default('in-person'), {
        description:
          'How the meeting was held: in-person (the default), online, hybrid, several-places (coordinated work in many countries) or not-recorded.',
        example: 'mode: online',
      }),
      /** City or town, in its usual English spelling. */
      city: documented(z.string().trim().min(1).optional(), {
        description: 'City or town, in its usual English spelling.',
        example: 'city: Bangkok',
      }),
      /** Country, by ISO 3166-1 alpha-2 code; the page shows its name. */
      country: documented(country.optional(), {
        description: 'Country, as an ISO 3166-1 alpha-2 code; the site shows its name.',
        example: 'country: TH',
      }),
      /** Venue, when the sources name it. */
      venue: documented(z.string().trim().min(1).optional(), {
        description: 'Venue, when the sources name it.',
        example: 'venue: Bali International Convention Centre',
      }),
      /** Anything the sources say or leave unsaid about the place. */
      note: documented(z.string().trim().min(1).optional(), {
        description: 'What the sources say, or leave unsaid, about the place.',
        example: 'note: Sessions were held online on two days.',
      }),
    })
    .superRefine((location, ctx) => {
      if ((location.mode === 'in-person' || location.mode === 'hybrid') && !location.country) {
        ctx.addIssue({
          code: 'custom',
          path: ['country'],
          message:
            'is missing. A meeting held in person needs its country, e.g. location: { city: Bangkok, country: TH }; write location: { mode: not-recorded } when the sources do not say where it met',
        });
      }
    });

  return z
    .strictObject({
      /** The meeting's name as the official record gives it, without dates or places. */
      title: documented(
        z
          .string({ error: textError('is missing. e.g. title: Fifth Joint Period of Action', 'title: "Fifth Joint Period of Action"') })
          .trim()
          .min(3, 'is too short. e.g. title: Fifth Joint Period of Action')
          .max(200, 'is longer than 200 characters. Shorten it and keep the full name in the text'),
        {
          description: 'Name of the meeting as the official record gives it, without dates or places.',
          example: 'title: Fifth Joint Period of Action',
        },
      ),
      /** An explicit id for the page address, replacing the one made from the file name. */
      slug: documented(
        z
          .string()
          .regex(ID_PATTERN, {
            // The exact fix: the same words in lowercase ASCII (case C9), e.g. "JPA 6 Việt Nam" ⇒ jpa-6-viet-nam.
            error: (issue) =>
              `must be lowercase ASCII letters and digits joined by hyphens (found ${describeValue(issue.input)}), e.g. slug: ${slugify(String(issue.input ?? '')) || 'jpa-5-viet-nam'}`,
          })
          .optional(),
        {
          description:
            'An explicit id for the page address, instead of the one made from the file name. Lowercase ASCII letters, digits and hyphens.',
          example: 'slug: fifth-joint-period-of-action',
        },
      ),
      /** The kind of meeting. */
      kind: documented(
        z.enum(MEETING_KINDS, {
          error: (issue) =>
            `${issue.input === undefined ? 'is missing' : `${describeValue(issue.input)} is not a kind of meeting`}. Use one of ${MEETING_KINDS.join(', ')}, e.g. kind: workshop`,
        }),
        {
          description: `Kind of meeting: ${MEETING_KINDS.join(', ')}.`,
          example: 'kind: joint-period-of-action',
        },
      ),
      /** The body that held the meeting. */
      body: documented(entityReference(options, 'bodies', 'body: working-group-disruption'), {
        description: 'The body that held the meeting, as an id from content/bodies/.',
        example: 'body: working-group-disruption',
      }),
      /** Other bodies that held the meeting jointly with `body`. */
      jointBodies: documented(
        listOf(
          entityReference(options, 'bodies', 'jointBodies: [task-force-planning-preparedness]'),
          'jointBodies',
          'jointBodies: [task-force-planning-preparedness]',
        ),
        {
          description: 'Other bodies that held the meeting jointly with body, as ids from content/bodies/.',
          example: 'jointBodies: [task-force-planning-preparedness]',
        },
      ),
      /** The numbered series the meeting belongs to, for previous/next links. */
      series: documented(entityReference(options, 'series', 'series: joint-periods-of-action').optional(), {
        description: 'The numbered series the meeting belongs to (previous/next links), as an id from content/series/.',
        example: 'series: joint-periods-of-action',
      }),
      /** Number in the series as the official record counts it: the Fifth Joint Period of Action is 5. */
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
      /** Where sources number the meeting differently, what each says. */
      numberNote: documented(z.string().trim().min(1).optional(), {
        description: 'Where sources number the meeting differently, what each says.',
        example: 'numberNote: The Regional Support Office calls this the sixth.',
      }),
      /** First day (or month, or year) of the meeting. Leave out when no source gives a date. */
      startDate: documented(calendarDate('startDate: 2019-07-02').optional(), {
        description:
          'First day of the meeting as YYYY-MM-DD; YYYY-MM or YYYY when the sources give only the month or year. Leave out when no source gives a date.',
        example: 'startDate: 2019-07-02',
      }),
      /** Last day; the same as startDate for a one-day meeting, which may then leave it out. */
      endDate: documented(calendarDate('endDate: 2019-12-03').optional(), {
        description: 'Last day of the meeting, same forms as startDate; may be left out for a one-day meeting.',
        example: 'endDate: 2019-12-03',
      }),
      /** Doubts or disagreements about the dates, and what the sources say. */
      dateNote: documented(z.string().trim().min(1).optional(), {
        description: 'Doubts or disagreements about the dates, and what each source says.',
        example: 'dateNote: The event page header says 29–30 April; its text says 28–30 April.',
      }),
      /** Where the meeting was held. */
      location: documented(
        z.unknown().superRefine((value, ctx) => {
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
        }).pipe(LocationSchema),
        {
          description:
            'Where the meeting was held: city and country (ISO code), with mode online, hybrid, several-places or not-recorded when it applies.',
          example: 'location: { city: Bangkok, country: TH }',
        },
      ),
      /** Countries or organisations that hosted the meeting. */
      hosts: documented(listOf(party(options, 'hosts'), 'hosts', 'hosts: [TH]'), {
        description: 'Countries (ISO codes) or organisations (ids) that hosted the meeting.',
        example: 'hosts: [TH]',
      }),
      /** Co-chairs of the meeting. */
      coChairs: documented(listOf(party(options, 'coChairs'), 'coChairs', 'coChairs: [FJ, NZ]'), {
        description: 'Co-chairs: countries or organisations, optionally with who represented them.',
        example: 'coChairs: [FJ, NZ]',
      }),
      /** Members taking part. */
      participants: documented(listOf(party(options, 'participants'), 'participants', 'participants: [AU, BD, iom]'), {
        description: 'Countries and organisations that took part as members.',
        example: 'participants: [AU, BD, iom]',
      }),
      /** Observers. */
      observers: documented(listOf(party(options, 'observers'), 'observers', 'observers: [CA, unodc]'), {
        description: 'Countries and organisations that attended as observers.',
        example: 'observers: [CA, unodc]',
      }),
      /** Topics from the thesaurus; the body text carries the specific points. */
      topics: documented(
        listOf(
          entityReference(options, 'topics', 'topics: [forced-marriage]'),
          'topics',
          'topics: [forced-marriage]',
          'needs at least one topic. e.g. topics: [forced-marriage]',
        ),
        {
          description: 'Topics from the thesaurus, as ids from content/topics/ (at least one).',
          example: 'topics: [forced-marriage, labour-exploitation]',
        },
      ),
      /** One or two sentences in our own words, used in lists, feeds and page descriptions. */
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
      /** Figures reported for the meeting; several entries with one label keep sources that disagree. */
      figures: documented(
        listOf(
          z.strictObject({
            label: z.string().trim().min(1),
            value: z.union([z.number(), z.string().trim().min(1)]),
            source: httpUrl('source: https://www.baliprocess.net/').optional(),
            note: z.string().trim().min(1).optional(),
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
      /** Outcome documents: declarations, statements, reports, plans. */
      documents: documented(
        listOf(
          z.strictObject({
            title: z.string().trim().min(1),
            type: z.enum(DOCUMENT_TYPES),
            /** BCP 47 language tag of the document. */
            language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/).default('en'),
            url: httpUrl('url: https://www.baliprocess.net/').optional(),
            date: calendarDate('date: 2019-12-03').optional(),
          }),
          'documents',
          'documents: [{ title: Co-Chairs\' Statement, type: co-chairs-statement, url: https://... }]',
        ),
        {
          description: `Outcome documents: title, type (${DOCUMENT_TYPES.join(', ')}), language, url, date.`,
          example: "documents: [{ title: Co-Chairs' Statement, type: co-chairs-statement, url: https://www.baliprocess.net/ }]",
        },
      ),
      /** Where the facts came from: every record lists at least one source. */
      sources: documented(
        listOf(
          z.strictObject({
            url: httpUrl('url: https://www.baliprocess.net/'),
            title: z.string().trim().min(1).optional(),
            note: z.string().trim().min(1).optional(),
          }),
          'sources',
          'sources: [{ url: https://www.baliprocess.net/, title: Event page }]',
          'needs at least one source. e.g. sources: [{ url: https://www.baliprocess.net/ }]',
        ),
        {
          description: 'Pages the facts came from (url, optional title and note); at least one.',
          example: 'sources: [{ url: https://www.baliprocess.net/, title: Event page }]',
        },
      ),
      /** A photograph of the meeting, stored beside the record. */
      photo: documented(
        z
          .strictObject({
            src: z
              .string({ error: 'is missing. Save the photo beside the record and write e.g. src: ./jpa-5.jpg' })
              .regex(/^\.\.?\//, 'must be a file beside the record, written with ./ in front, e.g. src: ./jpa-5.jpg')
              .pipe(options.image ? (options.image() as z.ZodType<unknown, string>) : z.string()),
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
      /** Day of the last substantive change to the record. */
      updated: documented(calendarDay('updated: 2026-01-15'), {
        description: 'Day of the last substantive change to this record, as YYYY-MM-DD.',
        example: 'updated: 2026-01-15',
      }),
      /** A draft is checked but not published. */
      draft: documented(z.boolean({ error: 'must be true or false, e.g. draft: true' }).default(false), {
        description: 'true keeps the record out of the site while it is being written.',
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
        if (meeting.number !== undefined && meeting.series === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['number'],
            message: 'is given without a series. Name the series too, e.g. series: joint-periods-of-action',
          });
        }
      },
      { when: () => true },
    );
}

export type MeetingSchema = ReturnType<typeof createMeetingSchema>;
/** A meeting record's frontmatter after parsing. */
export type MeetingData = z.output<MeetingSchema>;
/** A party in one role, after parsing. */
export type Party = MeetingData['participants'][number];
/** Re-exported for consumers of parsed records. */
export type { CalendarDate };
