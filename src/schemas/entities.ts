/**
 * Schemas of the entities that meeting records point at: bodies, topics, organisations and series.
 * Each lives in `content/<collection>/<id>.yaml`; the file name (without `.yaml`) is the id records use.
 */
import { z } from 'astro/zod';
import { ORGANIZATION_TYPES } from '../lib/domain/organization-types.ts';
import { documented } from './documented.ts';
import { calendarDate } from './calendar-date.ts';
import { KnownMeetingSchema } from './known-meeting.ts';
import { httpsUrl } from './web-address.ts';

const URL_EXAMPLE = 'url: https://www.baliprocess.net/';

const nonEmptyText = (what: string, example: string) =>
  z
    .string({ error: `needs ${what}. e.g. ${example}` })
    .trim()
    .min(1, `needs ${what}. e.g. ${example}`);

const MEMBER_EXAMPLE = 'members: [{ id: PH, since: 2011-10-12, source: { url: https://www.baliprocess.net/event/… } }]';

/**
 * A member of a body, as a source gives it: who (a country code or an organisation id, checked by the content
 * reader), since when, and the source that says so.
 */
const MemberSchema = z.strictObject({
  id: nonEmptyText('the code of a country or the id of an organisation', MEMBER_EXAMPLE),
  since: calendarDate('since: 2011-10-12'),
  note: z.string().trim().min(1).optional(),
  source: z.strictObject(
    { url: httpsUrl('url'), title: z.string().trim().min(1).optional(), note: z.string().trim().min(1).optional() },
    {
      error: (issue) =>
        issue.input === undefined
          ? `is missing. Give the page that says it is a member, e.g. source: { url: https://www.baliprocess.net/event/…, title: Event page }`
          : undefined,
    },
  ),
});

/**
 * A body of the Bali Process: the Ministerial Conference, the Ad Hoc Group, a working group, the Regional Support
 * Office, and so on (`content/bodies/<id>.yaml`).
 */
export const BodySchema = z.strictObject({
  name: documented(nonEmptyText('a name', 'name: Working Group on Trafficking in Persons'), {
    description: 'Full name of the body.',
    example: 'name: Working Group on Trafficking in Persons',
  }),
  acronyms: documented(z.array(z.string().min(1)).default([]), {
    description: 'Abbreviations people use for the body; indexed for search.',
    example: 'acronyms: [WG-TIP]',
  }),
  description: documented(nonEmptyText('a description', 'description: A group of member officials that ...'), {
    description: 'One or two sentences, in our own words, on what the body does.',
    example: 'description: Brings together officials working against trafficking in persons.',
  }),
  parent: documented(z.string().optional(), {
    description: 'The body this one reports to, as an id from content/bodies/.',
    example: 'parent: ad-hoc-group',
  }),
  established: documented(z.number().int().min(1990).max(2100).optional(), {
    description: 'Year the body was set up, when known.',
    example: 'established: 2015',
  }),
  url: documented(httpsUrl().optional(), { description: "The body's official web page.", example: URL_EXAMPLE }),
  members: documented(z.array(MemberSchema).default([]), {
    description:
      'Members of the body where a source says since when: id (a country code or an organisation id), since (YYYY-MM-DD, YYYY-MM or YYYY), note, and source (url, title, note). Never inferred from attendance.',
    example:
      'members: [{ id: PH, since: 2011-10-12, source: { url: https://www.baliprocess.net/event/…, title: Event page } }]',
  }),
  order: documented(z.number().int().default(100), {
    description: 'Order on the bodies page, lower first.',
    example: 'order: 10',
  }),
});

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** A language tag that names a language: `id`, `th`, `zh-Hans`. */
const languageTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1 && languageNames.of(tag) !== undefined;
    } catch {
      return false;
    }
  },
  { error: 'needs a language code (ISO 639-1, or BCP 47 for a script), e.g. language: id for Bahasa Indonesia' },
);

/** A topic's label in another language, as a source gives it. */
const TranslationSchema = z.strictObject({
  language: documented(languageTag, {
    description: 'The language, as an ISO 639-1 code (BCP 47 where a script must be named: zh-Hans).',
    example: 'language: th',
  }),
  label: documented(nonEmptyText('the label as the source writes it', 'label: perdagangan orang'), {
    description: 'The label as the source writes it.',
    example: 'label: การค้ามนุษย์',
  }),
  source: documented(httpsUrl('source'), {
    description: 'The https address of the page or document where the label appears.',
    example: 'source: https://…',
  }),
  sourceTitle: documented(nonEmptyText('the title of the source', 'sourceTitle: Anti-Trafficking in Persons Act'), {
    description: 'The title of that page or document, as it gives it.',
    example: 'sourceTitle: Undang-Undang Nomor 21 Tahun 2007',
  }),
});

/**
 * A topic of the thesaurus (`content/topics/<id>.yaml`): the vocabulary that records are filed under, with the
 * other words people search by.
 */
export const TopicSchema = z.strictObject({
  label: documented(nonEmptyText('a label', 'label: Forced marriage'), {
    description: 'Preferred label, in sentence case.',
    example: 'label: Forced marriage',
  }),
  definition: documented(nonEmptyText('a definition', 'definition: Marriage without the free consent of ...'), {
    description: 'A short definition in our own words.',
    example: 'definition: Marriage entered into without the free and full consent of both people.',
  }),
  aliases: documented(z.array(z.string().min(1)).default([]), {
    description: "Synonyms, other spellings and abbreviations; a search for any of them finds the topic's records.",
    example: 'aliases: [TIP, human trafficking]',
  }),
  broader: documented(z.string().optional(), {
    description: 'The broader topic this one narrows, as an id from content/topics/.',
    example: 'broader: trafficking-in-persons',
  }),
  translations: documented(z.array(TranslationSchema).default([]), {
    description:
      "The topic's label in other languages, each as a cited source writes it (UN or government terminology, a law's title); a search in that language finds the topic's records, and the topic page shows each label with its source.",
    example:
      'translations: [{ language: id, label: perdagangan orang, source: https://…, sourceTitle: "Undang-Undang Nomor 21 Tahun 2007" }]',
  }),
});

/** An organisation that takes part in meetings (`content/organizations/<id>.yaml`). */
export const OrganizationSchema = z.strictObject({
  name: documented(nonEmptyText('a name', 'name: International Organization for Migration'), {
    description: 'Full name of the organisation.',
    example: 'name: International Organization for Migration',
  }),
  acronym: documented(z.string().min(1).optional(), { description: 'Usual abbreviation.', example: 'acronym: IOM' }),
  type: documented(z.enum(ORGANIZATION_TYPES), {
    description: `What sort of organisation it is: ${ORGANIZATION_TYPES.slice(0, -1).join(', ')} or ${ORGANIZATION_TYPES.at(-1)}.`,
    example: 'type: un-agency',
  }),
  url: documented(httpsUrl().optional(), { description: 'Official website.', example: 'url: https://www.iom.int/' }),
});

/**
 * A numbered series of meetings (`content/series/<id>.yaml`), such as the Joint Periods of Action or the
 * ministerial conferences. Records in a series are linked previous/next by `number`, then by date.
 */
export const SeriesSchema = z.strictObject({
  name: documented(nonEmptyText('a name', 'name: Joint Periods of Action'), {
    description: 'Plural name of the series.',
    example: 'name: Joint Periods of Action',
  }),
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
