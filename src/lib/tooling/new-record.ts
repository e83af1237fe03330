/**
 * The record generator's model (`npm run new`, src/cli/new-record.ts): the answers a contributor gives for every
 * field of a record, the lists they choose from (found by label, alias, acronym or another name, as the content
 * check finds them), the answers given as flags, each answer checked with the content check's own messages, and the
 * file written in the style of the archive, with notes where text is still to be written.
 */
import countries from 'i18n-iso-countries';
import { Document } from 'yaml';
import slugify from '@sindresorhus/slugify';
import { DOCUMENT_TYPES, LOCATION_MODES, MeetingSchema } from '../../schemas/meeting.ts';
import type { EntityReading } from '../content/entities.ts';
import { GENERIC_MESSAGE, problemsFromIssues } from '../content/problems.ts';
import { prompt } from '../content/prompts.ts';
import { checkReferences } from '../content/reader.ts';
import { getCountryName, getOtherCountryNames, isCountryCode } from '../domain/countries.ts';
import { KIND_INFO, MEETING_KINDS } from '../domain/kinds.ts';
import { suggestFileName } from '../domain/record-id.ts';
import { ROLE_FIELDS, type RoleField } from '../domain/roles.ts';

/** How a meeting was held, as the `location.mode` field takes it. */
export type LocationMode = (typeof LOCATION_MODES)[number];

/** A country or organisation in one role, with who represented it when the sources say. */
export interface PartyAnswer {
  /** ISO 3166-1 alpha-2 code or organisation id. */
  id: string;
  representative?: string;
  note?: string;
}

/**
 * What a contributor tells the generator: every field of a record. Text is as typed; dates are `YYYY-MM-DD`,
 * `YYYY-MM` or `YYYY`, or empty when the sources give none.
 */
export interface RecordAnswers {
  title: string;
  kind: string;
  /** Id of the body that held the meeting, from `content/bodies/`. */
  body: string;
  jointBodies: string[];
  /** Id of a series from `content/series/`, or empty. */
  series?: string;
  /** Number in the series, as typed (`5`), or empty. */
  number?: string;
  numberNote?: string | undefined;
  startDate?: string;
  endDate?: string;
  dateNote?: string | undefined;
  mode: LocationMode;
  city?: string;
  /** ISO 3166-1 alpha-2 code of the country the meeting was held in. */
  country?: string;
  venue?: string | undefined;
  placeNote?: string | undefined;
  hosts: PartyAnswer[];
  coChairs: PartyAnswer[];
  participants: PartyAnswer[];
  observers: PartyAnswer[];
  /** Topic ids from `content/topics/` (at least one). */
  topics: string[];
  summary: string;
  figures: Array<{ label: string; value: string; source?: string; note?: string }>;
  documents: Array<{ title: string; type: string; url?: string; date?: string; language?: string }>;
  sources: Array<{ url: string; title?: string; note?: string }>;
  /** Day of writing, `YYYY-MM-DD`. */
  updated: string;
}

/** Answers with nothing given yet. */
export function emptyAnswers(updated: string): RecordAnswers {
  return {
    title: '',
    kind: '',
    body: '',
    jointBodies: [],
    mode: 'in-person',
    hosts: [],
    coChairs: [],
    participants: [],
    observers: [],
    topics: [],
    summary: '',
    figures: [],
    documents: [],
    sources: [],
    updated,
  };
}

/** One entry of a list to choose from: the value written in the record, the label shown, a hint, other names. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Other names the entry is found by: codes, acronyms, aliases, other spellings. */
  names?: readonly string[];
}

/** The real lists a contributor chooses from. */
export interface Choices {
  kinds: Choice[];
  bodies: Choice[];
  series: Choice[];
  topics: Choice[];
  /** Every ISO 3166-1 alpha-2 country, by name. */
  countries: Choice[];
  /** Countries and organisations, for the roles. */
  parties: Choice[];
}

const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'en');

/**
 * The lists to choose from: kinds, bodies, series, topics, countries and organisations, each sorted by label, each
 * entry with the other names the content check knows it by.
 * @param reading the entities of the content folder (`readEntities`).
 */
export function readChoices(reading: Pick<EntityReading, 'entities'>): Choices {
  const { entities } = reading;
  const countryChoices = Object.keys(countries.getAlpha2Codes())
    .filter(isCountryCode)
    .map((code) => ({
      value: code,
      label: getCountryName(code),
      hint: code,
      names: [code, ...getOtherCountryNames(code)],
    }))
    .sort(byLabel);
  const organizations = entities.organizations.map(({ id, data }) => ({
    value: id,
    label: data.name,
    hint: data.acronym ?? id,
    names: [id, ...(data.acronym ? [data.acronym] : [])],
  }));
  return {
    kinds: MEETING_KINDS.map((kind) => ({
      value: kind,
      label: KIND_INFO[kind].label,
      hint: kind,
      names: [kind, ...KIND_INFO[kind].aliases],
    })),
    bodies: entities.bodies
      .map(({ id, data }) => ({ value: id, label: data.name, hint: id, names: [id, ...data.acronyms] }))
      .sort(byLabel),
    series: entities.series
      .map(({ id, data }) => ({ value: id, label: data.name, hint: id, names: [id] }))
      .sort(byLabel),
    topics: entities.topics
      .map(({ id, data }) => ({ value: id, label: data.label, hint: id, names: [id, ...list(data.aliases)] }))
      .sort(byLabel),
    countries: countryChoices,
    parties: [...countryChoices, ...organizations].sort(byLabel),
  };
}

/** Case, accents and punctuation folded away: `Việt Nam` and `viet-nam` compare equal. */
const fold = (value: string) => slugify(value, { decamelize: false, separator: ' ' });

/**
 * The entries that match what a contributor typed, best first: an exact code, id, acronym, alias or other name;
 * then a label that starts with it; then a label with a word that starts with it; then any of its names that
 * contains it. So "UK" finds the United Kingdom before Ukraine, "RSO" the Regional Support Office and "Vietnam" Viet
 * Nam, as the content check would suggest them.
 * @example searchChoices('UK', choices.parties)[0].value ⇒ 'GB'
 */
export function searchChoices(query: string, options: readonly Choice[]): Choice[] {
  const wanted = fold(query);
  if (wanted === '') return [...options];
  const rank = (choice: Choice): number => {
    const names = [choice.value, ...(choice.names ?? [])].map(fold);
    const label = fold(choice.label);
    if (names.includes(wanted) || label === wanted) return 0;
    if (label.startsWith(wanted)) return 1;
    if (label.split(' ').some((word) => word.startsWith(wanted))) return 2;
    if ([label, ...names].some((name) => name.includes(wanted))) return 3;
    return -1;
  };
  return options
    .map((choice) => ({ choice, rank: rank(choice) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || byLabel(a.choice, b.choice))
    .map(({ choice }) => choice);
}

/** A date as the frontmatter takes it: a bare year is written as a number so YAML shows it unquoted. */
function dateValue(value: string | undefined): string | number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const defined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

/** A party as a record writes it: the bare code or id, or the long form when a representative or note is given. */
function partyValue(party: PartyAnswer): unknown {
  const representative = blank(party.representative);
  const note = blank(party.note);
  return representative || note ? defined({ id: party.id, representative, note }) : party.id;
}

/**
 * The frontmatter of the record the answers describe, in the order fields are written. Empty answers are left out
 * (so a missing title is reported as missing), except the four roles, which are written as empty lists so the
 * contributor sees where they go.
 */
export function toFrontmatter(answers: RecordAnswers): Record<string, unknown> {
  const number = blank(answers.number);
  const location = defined({
    mode: answers.mode !== 'in-person' ? answers.mode : undefined,
    city: blank(answers.city),
    country: blank(answers.country),
    venue: blank(answers.venue),
    note: blank(answers.placeNote),
  });
  return defined({
    title: blank(answers.title),
    kind: blank(answers.kind),
    body: blank(answers.body),
    jointBodies: answers.jointBodies.length ? answers.jointBodies : undefined,
    series: blank(answers.series),
    number: number === undefined ? undefined : /^\d+$/.test(number) ? Number(number) : number,
    numberNote: blank(answers.numberNote),
    startDate: dateValue(answers.startDate),
    endDate: dateValue(answers.endDate),
    dateNote: blank(answers.dateNote),
    location,
    ...Object.fromEntries(ROLE_FIELDS.map((field) => [field, answers[field].map(partyValue)])),
    topics: answers.topics,
    summary: blank(answers.summary),
    figures: answers.figures.length
      ? answers.figures.map((figure) =>
          defined({
            label: blank(figure.label),
            value: /^\d+$/.test(figure.value.trim()) ? Number(figure.value.trim()) : blank(figure.value),
            source: blank(figure.source),
            note: blank(figure.note),
          }),
        )
      : undefined,
    documents: answers.documents.length
      ? answers.documents.map((document) =>
          defined({
            title: blank(document.title),
            type: blank(document.type),
            language: blank(document.language),
            url: blank(document.url),
            date: dateValue(document.date),
          }),
        )
      : undefined,
    sources: answers.sources.length
      ? answers.sources.map((source) =>
          defined({ url: blank(source.url), title: blank(source.title), note: blank(source.note) }),
        )
      : undefined,
    updated: answers.updated,
  });
}

/**
 * Checks the answers as the content check will: returns one `field: message` line per problem (the same words as
 * `npm run check:content`), or [] when the record is valid.
 * @param reading the entities of the content folder, for the ids of topics, bodies, series and organisations.
 * @param fields check only these fields (the generator checks each answer as it is given); all when omitted.
 */
export function checkAnswers(
  answers: RecordAnswers,
  reading: Pick<EntityReading, 'entities' | 'names'>,
  fields?: readonly string[],
): string[] {
  const data = toFrontmatter(answers);
  const result = MeetingSchema.safeParse(data, { reportInput: true, error: () => GENERIC_MESSAGE });
  const nowhere = () => ({ line: 1, column: 1 });
  const problems = [
    ...(result.success ? [] : problemsFromIssues(result.error.issues, MeetingSchema, '', nowhere)),
    ...checkReferences(data, reading, '', nowhere),
  ];
  return problems
    .filter(
      (problem) =>
        !fields ||
        fields.some(
          (field) =>
            problem.field === field || problem.field.startsWith(`${field}.`) || problem.field.startsWith(`${field}[`),
        ),
    )
    .map((problem) => `${problem.field}: ${problem.message}`);
}

/** The body outline of a new record: the sections every record has, each with a note on what goes in it. */
export const BODY_OUTLINE = `## Context

${prompt('why the meeting was held and what came before it, in your own words.')}

## Discussion

${prompt('what was discussed: one point per line, each starting with "- ".')}

## Outcomes

${prompt('what was agreed or decided, and any documents that came out of it.')}
`;

/** YAML as the archive writes it: short lists and groups on one line, `{ city: Bangkok, country: TH }`. */
function toYaml(data: Record<string, unknown>, flowKeys: readonly string[]): string {
  const document = new Document(data);
  for (const key of flowKeys) {
    const node = document.get(key, true) as { flow?: boolean; items?: unknown[] } | undefined;
    // Lists of plain codes fit on one line; a list with representatives is easier to read one entry per line.
    if (node && !(node.items ?? []).some((item) => typeof item === 'object' && item !== null && 'items' in item))
      node.flow = true;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/^(\w+: )\{(.+)\}$/gm, '$1{ $2 }');
}

/**
 * The record file for the answers: frontmatter in the style of the archive, and the body outline with the notes
 * the content check refuses until they are replaced with text.
 */
export function renderRecord(answers: RecordAnswers): string {
  return `---\n${toYaml(toFrontmatter(answers), ['location', 'jointBodies', ...ROLE_FIELDS, 'topics'])}---\n\n${BODY_OUTLINE}`;
}

/**
 * The file name of the new record, by the rule the content check applies (see `lib/domain/record-id.ts`), never one
 * that another record has.
 * @example getRecordFileName({ startDate: '2024-05-02', title: '18th Steering Group meeting' }) ⇒ '2024-05-02-18th-steering-group-meeting.mdx'
 */
export function getRecordFileName(
  answers: Pick<RecordAnswers, 'startDate' | 'title'>,
  isTaken?: (name: string) => boolean,
): string {
  return suggestFileName(blank(answers.startDate), answers.title, isTaken);
}

/** Today's date where the contributor is, `YYYY-MM-DD`: the day they write the record. */
export function getToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The flags of `npm run new`, as node:util `parseArgs` takes them; the repeatable ones keep every value given. */
export const RECORD_FLAGS = {
  title: { type: 'string' },
  kind: { type: 'string' },
  body: { type: 'string' },
  'joint-bodies': { type: 'string', multiple: true },
  series: { type: 'string' },
  number: { type: 'string' },
  'number-note': { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  'date-note': { type: 'string' },
  mode: { type: 'string' },
  city: { type: 'string' },
  country: { type: 'string' },
  venue: { type: 'string' },
  'place-note': { type: 'string' },
  hosts: { type: 'string', multiple: true },
  'co-chairs': { type: 'string', multiple: true },
  participants: { type: 'string', multiple: true },
  observers: { type: 'string', multiple: true },
  topics: { type: 'string', multiple: true },
  summary: { type: 'string' },
  figure: { type: 'string', multiple: true },
  document: { type: 'string', multiple: true },
  source: { type: 'string', multiple: true },
  updated: { type: 'string' },
  yes: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** The flag that gives each field, for messages. */
export const FLAG_OF: Readonly<Record<string, string>> = {
  jointBodies: '--joint-bodies',
  numberNote: '--number-note',
  startDate: '--start',
  endDate: '--end',
  dateNote: '--date-note',
  location: '--mode, --city, --country',
  'location.venue': '--venue',
  'location.note': '--place-note',
  coChairs: '--co-chairs',
  figures: '--figure',
  documents: '--document',
  sources: '--source',
};

/** Items of a list flag: each value given, split at commas (`--topics a,b --topics c` ⇒ a, b, c). */
const items = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Parties of a role flag. Each value is a list of codes and ids separated by commas (`--participants AU,NZ,iom`), or
 * one party with who represented it after `=` (`--co-chairs "AU=Penny Wong, Minister for Foreign Affairs"`), in
 * which commas are kept.
 */
function parties(values: readonly string[] | undefined): PartyAnswer[] {
  return (values ?? []).flatMap((value) => {
    const at = value.indexOf('=');
    if (at === -1) return items([value]).map((id) => ({ id }));
    return [{ id: value.slice(0, at).trim(), representative: value.slice(at + 1).trim() }];
  });
}

/** The parts of a `|`-separated flag value, trimmed: `"Delegates|303|https://…"` ⇒ ['Delegates', '303', 'https://…']. */
const parts = (value: string) => value.split('|').map((part) => part.trim());

/** The values `parseArgs` gives for `RECORD_FLAGS`. */
export type RecordFlagValues = {
  [K in keyof typeof RECORD_FLAGS]?: (typeof RECORD_FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof RECORD_FLAGS)[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/**
 * The answers the flags give; a flag given twice keeps both values.
 * - `--figure "label|value|source|note"`, `--document "title|type|url|date|language"`, `--source "url|title|note"`,
 *   each as many times as there are figures, documents and sources.
 */
export function answersFromFlags(flags: RecordFlagValues, updated: string): RecordAnswers {
  const answers = emptyAnswers(flags.updated ?? updated);
  const assign = <K extends keyof RecordAnswers>(key: K, value: RecordAnswers[K] | undefined) => {
    if (value !== undefined) answers[key] = value;
  };
  assign('title', flags.title);
  assign('kind', flags.kind);
  assign('body', flags.body);
  answers.jointBodies = items(flags['joint-bodies']);
  assign('series', flags.series);
  assign('number', flags.number);
  assign('numberNote', flags['number-note']);
  assign('startDate', flags.start);
  assign('endDate', flags.end);
  assign('dateNote', flags['date-note']);
  assign('mode', flags.mode as LocationMode | undefined);
  assign('city', flags.city);
  assign('country', flags.country);
  assign('venue', flags.venue);
  assign('placeNote', flags['place-note']);
  answers.hosts = parties(flags.hosts);
  answers.coChairs = parties(flags['co-chairs']);
  answers.participants = parties(flags.participants);
  answers.observers = parties(flags.observers);
  answers.topics = items(flags.topics);
  assign('summary', flags.summary);
  answers.figures = (flags.figure ?? [])
    .map(parts)
    .map(
      ([label = '', value = '', source, note]) =>
        defined({ label, value, source, note }) as RecordAnswers['figures'][number],
    );
  answers.documents = (flags.document ?? [])
    .map(parts)
    .map(
      ([title = '', type = '', url, date, language]) =>
        defined({ title, type, url, date, language }) as RecordAnswers['documents'][number],
    );
  answers.sources = (flags.source ?? [])
    .map(parts)
    .map(([url = '', title, note]) => defined({ url, title, note }) as RecordAnswers['sources'][number]);
  return answers;
}

/** The document types a record may list, for the generator's picker. */
export const DOCUMENT_TYPE_CHOICES: Choice[] = DOCUMENT_TYPES.map((type) => ({
  value: type,
  label: type.replaceAll('-', ' '),
}));

/** The role fields, with the question the generator asks for each. */
export const ROLE_QUESTIONS: Readonly<Record<RoleField, string>> = {
  hosts: 'Hosts',
  coChairs: 'Co-chairs',
  participants: 'Participants (everyone who took part, other than the co-chairs and hosts)',
  observers: 'Observers',
};
