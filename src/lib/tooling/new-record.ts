/**
 * The record generator's model (`npm run new`, src/cli/new-record.ts): the answers a contributor gives, the lists
 * they choose from, each answer checked with the record schema and the content check's messages, and the file
 * written from a template with a body outline.
 */
import countries from 'i18n-iso-countries';
import { Document } from 'yaml';
import { LOCATION_MODES, MeetingSchema } from '../../schemas/meeting.ts';
import type { EntityReading } from '../content/entities.ts';
import { prompt } from '../content/prompts.ts';
import { checkReferences } from '../content/reader.ts';
import { suggestFileName } from '../domain/record-id.ts';
import { getCountryName, isCountryCode } from '../domain/countries.ts';
import { KIND_INFO, MEETING_KINDS } from '../domain/kinds.ts';
import { GENERIC_MESSAGE, problemsFromIssues } from '../content/problems.ts';

/** How a meeting was held, as the `location.mode` field takes it. */
export type LocationMode = (typeof LOCATION_MODES)[number];

/** The four roles a party can have, by their field names. */
export const ROLE_FIELDS = ['hosts', 'coChairs', 'participants', 'observers'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/**
 * What a contributor tells the generator. Every value is text as typed (lists are lists of ids or codes); dates are
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or empty when the sources give none.
 */
export interface RecordAnswers {
  title: string;
  kind: string;
  /** Id of the body that held the meeting, from `content/bodies/`. */
  body: string;
  /** Id of a series from `content/series/`, or empty. */
  series?: string;
  /** Number in the series, as typed (`5`), or empty. */
  number?: string;
  startDate?: string;
  endDate?: string;
  mode: LocationMode;
  city?: string;
  /** ISO 3166-1 alpha-2 code of the country the meeting was held in. */
  country?: string;
  hosts: string[];
  coChairs: string[];
  participants: string[];
  observers: string[];
  /** Topic ids from `content/topics/` (at least one). */
  topics: string[];
  summary: string;
  /** The page the facts come from (http or https). */
  sourceUrl: string;
  sourceTitle?: string;
  /** Day of writing, `YYYY-MM-DD`. */
  updated: string;
}

/** One entry of a list to choose from: the value written in the record, the label shown, a hint. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** The real lists a contributor chooses from, read from the content directory. */
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

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The lists to choose from: kinds, bodies, series, topics, countries and organisations, each sorted by label.
 * @param reading the entities of the content folder (`readEntities`).
 */
export function readChoices(reading: Pick<EntityReading, 'entities'>): Choices {
  const entities = (
    collection: keyof EntityReading['entities'],
    label: (data: Record<string, unknown>, id: string) => Choice,
  ) =>
    (reading.entities[collection] as Array<{ id: string; data: unknown }>)
      .map(({ id, data }) => label(data as Record<string, unknown>, id))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'en');
  const countryChoices = Object.keys(countries.getAlpha2Codes())
    .filter(isCountryCode)
    .map((code) => ({ value: code, label: getCountryName(code), hint: code }))
    .sort(byLabel);
  const organizations = entities('organizations', (data, id) => ({
    value: id,
    label: text(data['name']) || id,
    hint: text(data['acronym']) || id,
  }));
  return {
    kinds: MEETING_KINDS.map((kind) => ({ value: kind, label: KIND_INFO[kind].label, hint: kind })),
    bodies: entities('bodies', (data, id) => ({ value: id, label: text(data['name']) || id, hint: id })),
    series: entities('series', (data, id) => ({ value: id, label: text(data['name']) || id, hint: id })),
    topics: entities('topics', (data, id) => ({ value: id, label: text(data['label']) || id, hint: id })),
    countries: countryChoices,
    parties: [...countryChoices, ...organizations].sort(byLabel),
  };
}

/** A date as the frontmatter takes it: a bare year is written as a number so YAML shows it unquoted. */
function dateValue(value: string | undefined): string | number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The frontmatter of the record the answers describe, in the order fields are written. Empty answers are left out
 * (so a missing title is reported as missing), except the four roles, which are written as empty lists so the
 * contributor sees where they go.
 */
export function toFrontmatter(answers: RecordAnswers): Record<string, unknown> {
  const number = blankToUndefined(answers.number);
  const location: Record<string, unknown> = {
    ...(answers.mode !== 'in-person' ? { mode: answers.mode } : {}),
    ...(blankToUndefined(answers.city) ? { city: answers.city?.trim() } : {}),
    ...(blankToUndefined(answers.country) ? { country: answers.country?.trim() } : {}),
  };
  const data: Record<string, unknown> = {
    title: blankToUndefined(answers.title),
    kind: blankToUndefined(answers.kind),
    body: blankToUndefined(answers.body),
    series: blankToUndefined(answers.series),
    number: number === undefined ? undefined : /^\d+$/.test(number) ? Number(number) : number,
    startDate: dateValue(answers.startDate),
    endDate: dateValue(answers.endDate),
    location,
    hosts: answers.hosts,
    coChairs: answers.coChairs,
    participants: answers.participants,
    observers: answers.observers,
    topics: answers.topics,
    summary: blankToUndefined(answers.summary),
    sources: blankToUndefined(answers.sourceUrl)
      ? [
          {
            url: answers.sourceUrl.trim(),
            ...(blankToUndefined(answers.sourceTitle) ? { title: answers.sourceTitle?.trim() } : {}),
          },
        ]
      : undefined,
    updated: answers.updated,
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/**
 * Checks the answers with the record schema, as the content check will: returns one `field: message` line per
 * problem (the same words as `npm run check:content`), or [] when the record is valid.
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
  const problems = result.success
    ? checkReferences(result.data, reading, '', nowhere)
    : problemsFromIssues(result.error.issues, MeetingSchema, '', nowhere);
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

/**
 * The record file for the answers: frontmatter in the style of the archive (short lists and the location on one
 * line, sources as a block) and the body outline.
 */
export function renderRecord(answers: RecordAnswers): string {
  const document = new Document(toFrontmatter(answers));
  for (const key of ['location', ...ROLE_FIELDS, 'topics']) {
    const node = document.get(key, true) as { flow?: boolean } | undefined;
    if (node) node.flow = true;
  }
  // Lists as [AU, NZ] and groups as { city: Bangkok, country: TH }, the way the archive's records are written.
  const yaml = document
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^(\w+: )\{(.+)\}$/gm, '$1{ $2 }');
  return `---\n${yaml}---\n\n${BODY_OUTLINE}`;
}

/**
 * The file name of the new record, by the rule the content check applies: the start date (or `undated`), then the
 * title in lowercase ASCII words. @example getRecordFileName({ startDate: '2024-05-02', title: '18th Steering Group
 * meeting', ... }) ⇒ '2024-05-02-18th-steering-group-meeting.mdx'
 */
export function getRecordFileName(answers: Pick<RecordAnswers, 'startDate' | 'title'>): string {
  const start = blankToUndefined(answers.startDate);
  return suggestFileName(start, answers.title);
}

/** Today's date where the contributor is, `YYYY-MM-DD`: the day they write the record. */
export function getToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
