/**
 * The search settings that the index (built with the site) and the search page (in the reader's browser) share: the
 * filters each record carries, the sort keys, the section ids results link to, and Pagefind's options.
 */
import { ROLE_LABELS, type Role } from '../domain/roles.ts';

/** The filters of the search page, in the order shown. `name` is the Pagefind filter key and the address parameter. */
export const FILTERS = [
  { name: 'kind', label: 'Kind of meeting' },
  { name: 'body', label: 'Body' },
  { name: 'country', label: 'Country' },
  { name: 'topic', label: 'Topic' },
] as const;
export type FilterName = (typeof FILTERS)[number]['name'];

/**
 * A country's role, as a filter of its own per role: `host=Thailand` holds the meetings the record says Thailand
 * hosted. The address says `role=host&country=Thailand`; the page picks the filter key from the role.
 */
export const ROLE_FILTERS: ReadonlyArray<{ role: Role; name: RoleFilterName; label: string }> = [
  { role: 'host', name: 'host', label: `as ${ROLE_LABELS.host.one.toLowerCase()}` },
  { role: 'coChair', name: 'co-chair', label: `as ${ROLE_LABELS.coChair.one.toLowerCase()}` },
  { role: 'participant', name: 'participant', label: `as ${ROLE_LABELS.participant.one.toLowerCase()}` },
  { role: 'observer', name: 'observer', label: `as ${ROLE_LABELS.observer.one.toLowerCase()}` },
];
export type RoleFilterName = 'host' | 'co-chair' | 'participant' | 'observer';

/** What a thesaurus entry names. */
export type ThesaurusType = 'topic' | 'country' | 'body' | 'organization' | 'series' | 'kind';

/** What each type of thesaurus entry is called next to its name in an answer: "Thailand (country) — 38 meetings". */
export const THESAURUS_TYPE_LABELS: Readonly<Record<ThesaurusType, string>> = {
  topic: 'topic',
  country: 'country',
  body: 'body',
  organization: 'organisation',
  series: 'series',
  kind: 'kind of meeting',
};

/** The year filter: one value per calendar year of a record's start; the page offers it as a range. */
export const YEAR_FILTER = 'year';

/** Sort keys set on each record: ISO days, undated records last in both orders. */
export const SORT_KEYS = { newest: 'newest', oldest: 'oldest' } as const;

/**
 * Ids of the parts of a record page that a result can link to when the match is there. Each is an element id on the
 * record page and a heading of the record's search document (headings of the record's own text keep their ids).
 */
export const SECTION_IDS = {
  facts: 'facts',
  topics: 'topics',
  figures: 'figures',
  documents: 'documents',
  sources: 'sources',
} as const;

/** How many results the page shows at first, and how many more each "Show more results" adds. */
export const RESULTS_PER_PAGE = 10;

/** Words of the record's text around the match in each result: two or three lines on a desktop screen. */
export const EXCERPT_LENGTH = 36;

/**
 * Pagefind's ranking, tuned for meeting records: a record's length says how much its sources said, not how relevant
 * it is, so length counts for little (Pagefind's default `pageLength` is 0.75).
 */
export const RANKING = { pageLength: 0.3 };

/** Where the search page finds its data, relative to the site's base path. */
export const SEARCH_FILES = {
  /** Pagefind's bundle: its script, WebAssembly and index. */
  pagefind: 'pagefind/',
  /** The names of topics, countries, bodies, organisations, series and kinds, with their counts (`Thesaurus`). */
  thesaurus: 'search/thesaurus.json',
  /** Every word of the index, most frequent first, for "did you mean" (`SearchWords`). */
  words: 'search/words.json',
  /** The lines of `/data/meetings.csv` by record id, for "Download these results" (`CsvLines`). */
  csvLines: 'search/csv-lines.json',
} as const;
