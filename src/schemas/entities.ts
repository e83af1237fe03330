/**
 * Schemas of the entities that meeting records point at: bodies, topics, organisations and series.
 * Each lives in `content/<collection>/<id>.yaml`; the file name (without `.yaml`) is the id records use.
 */
import { z } from 'astro/zod';
import { documented } from './documented.ts';
import { KnownMeetingSchema } from './known-meeting.ts';
import { httpsUrl } from './web-address.ts';

const URL_EXAMPLE = 'url: https://www.baliprocess.net/';

const nonEmptyText = (what: string, example: string) =>
  z
    .string({ error: `needs ${what}. e.g. ${example}` })
    .trim()
    .min(1, `needs ${what}. e.g. ${example}`);

/**
 * A body of the Bali Process: the Ministerial Conference, the Ad Hoc Group, a working group, the Regional Support
 * Office, and so on (`content/bodies/<id>.yaml`).
 */
export const BodySchema = z.strictObject({
  /** Full name, e.g. "Working Group on Trafficking in Persons". */
  name: documented(nonEmptyText('a name', 'name: Working Group on Trafficking in Persons'), {
    description: 'Full name of the body.',
    example: 'name: Working Group on Trafficking in Persons',
  }),
  /** Abbreviations people use for the body, e.g. `WG-TIP`; indexed for search. */
  acronyms: documented(z.array(z.string().min(1)).default([]), {
    description: 'Abbreviations people use for the body; indexed for search.',
    example: 'acronyms: [WG-TIP]',
  }),
  /** One or two sentences in our own words: what the body is and does. */
  description: documented(nonEmptyText('a description', 'description: A group of member officials that ...'), {
    description: 'One or two sentences, in our own words, on what the body does.',
    example: 'description: Brings together officials working against trafficking in persons.',
  }),
  /** The body this one reports to, if any (an id in `content/bodies/`). */
  parent: documented(z.string().optional(), {
    description: 'The body this one reports to, as an id from content/bodies/.',
    example: 'parent: ad-hoc-group',
  }),
  /** Year the body was set up, when known. */
  established: documented(z.number().int().min(1990).max(2100).optional(), {
    description: 'Year the body was set up, when known.',
    example: 'established: 2015',
  }),
  /** The body's page on an official website. */
  url: documented(httpsUrl().optional(), { description: "The body's official web page.", example: URL_EXAMPLE }),
  /** Order on the bodies page: lower first; bodies with the same order sort by name. */
  order: documented(z.number().int().default(100), {
    description: 'Order on the bodies page, lower first.',
    example: 'order: 10',
  }),
});

/**
 * A topic of the thesaurus (`content/topics/<id>.yaml`): the vocabulary that records are filed under, with the
 * other words people search by.
 */
export const TopicSchema = z.strictObject({
  /** Preferred label, in sentence case: "Forced marriage". */
  label: documented(nonEmptyText('a label', 'label: Forced marriage'), {
    description: 'Preferred label, in sentence case.',
    example: 'label: Forced marriage',
  }),
  /** A short definition in our own words. */
  definition: documented(nonEmptyText('a definition', 'definition: Marriage without the free consent of ...'), {
    description: 'A short definition in our own words.',
    example: 'definition: Marriage entered into without the free and full consent of both people.',
  }),
  /** Other words and abbreviations for the topic (synonyms, spellings, acronyms); indexed with every record. */
  aliases: documented(z.array(z.string().min(1)).default([]), {
    description: "Synonyms, other spellings and abbreviations; a search for any of them finds the topic's records.",
    example: 'aliases: [TIP, human trafficking]',
  }),
  /** The broader topic this one narrows, as an id from `content/topics/`. */
  broader: documented(z.string().optional(), {
    description: 'The broader topic this one narrows, as an id from content/topics/.',
    example: 'broader: trafficking-in-persons',
  }),
});

/** An organisation that takes part in meetings (`content/organizations/<id>.yaml`). */
export const OrganizationSchema = z.strictObject({
  /** Full name: "International Organization for Migration". */
  name: documented(nonEmptyText('a name', 'name: International Organization for Migration'), {
    description: 'Full name of the organisation.',
    example: 'name: International Organization for Migration',
  }),
  /** Usual abbreviation: "IOM". */
  acronym: documented(z.string().min(1).optional(), { description: 'Usual abbreviation.', example: 'acronym: IOM' }),
  /** What sort of organisation it is. */
  type: documented(
    z.enum(['un-agency', 'intergovernmental', 'regional-office', 'non-governmental', 'business', 'research', 'other']),
    {
      description:
        'What sort of organisation it is: un-agency, intergovernmental, regional-office, non-governmental, business, research or other.',
      example: 'type: un-agency',
    },
  ),
  /** Official website. */
  url: documented(httpsUrl().optional(), { description: 'Official website.', example: 'url: https://www.iom.int/' }),
});

/**
 * A numbered series of meetings (`content/series/<id>.yaml`), such as the Joint Periods of Action or the
 * ministerial conferences. Records in a series are linked previous/next by `number`, then by date.
 */
export const SeriesSchema = z.strictObject({
  /** Plural name of the series: "Joint Periods of Action". */
  name: documented(nonEmptyText('a name', 'name: Joint Periods of Action'), {
    description: 'Plural name of the series.',
    example: 'name: Joint Periods of Action',
  }),
  /** The body that holds the series, as an id from `content/bodies/`. */
  body: documented(z.string(), {
    description: 'The body that holds the series, as an id from content/bodies/.',
    example: 'body: working-group-disruption',
  }),
  known: documented(z.array(KnownMeetingSchema).default([]), {
    description:
      'Every meeting of the series that a source shows took place, recorded or not: number, title, dates and place as far as known, and the source.',
    example:
      'known: [{ number: 4, title: Fourth Regional Ministerial Conference, startDate: 2011-03-29, source: { url: https://… } }]',
  }),
});

export type Body = z.output<typeof BodySchema>;
export type Topic = z.output<typeof TopicSchema>;
export type Organization = z.output<typeof OrganizationSchema>;
export type Series = z.output<typeof SeriesSchema>;
