/**
 * New bodies, topics, organisations and series for `npm run new -- body|topic|organization|series`: the flags each
 * takes, and the YAML file written from them, checked with the entity's schema and the content check's messages.
 */
import { Document } from 'yaml';
import { ENTITY_SCHEMAS, suggestEntityId, type EntityReading } from '../content/entities.ts';
import { GENERIC_MESSAGE, problemsFromIssues } from '../content/problems.ts';
import { ID_PATTERN, slugWords } from '../domain/record-id.ts';
import type { EntityCollection } from '../../schemas/party.ts';

/** The kinds of entity the generator writes, by the word given after `npm run new --`. */
export const ENTITY_KINDS = ['body', 'topic', 'organization', 'series'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const FOLDER: Record<EntityKind, EntityCollection> = {
  body: 'bodies',
  topic: 'topics',
  organization: 'organizations',
  series: 'series',
};

/** Every flag of every entity kind (each kind uses its own, listed in `ENTITY_HELP`). */
export const ENTITY_FLAGS = {
  id: { type: 'string' },
  name: { type: 'string' },
  label: { type: 'string' },
  acronym: { type: 'string' },
  acronyms: { type: 'string' },
  aliases: { type: 'string' },
  description: { type: 'string' },
  definition: { type: 'string' },
  parent: { type: 'string' },
  broader: { type: 'string' },
  established: { type: 'string' },
  type: { type: 'string' },
  url: { type: 'string' },
  body: { type: 'string' },
} as const;

/** The flags of each kind, for `--help`. */
export const ENTITY_HELP: Readonly<Record<EntityKind, string>> = {
  body: '--name "Working Group on …" --acronyms WG-X,WGX --description "One or two sentences." [--parent ad-hoc-group --established 2015 --url https://…]',
  topic:
    '--label "Forced marriage" --definition "A short definition in your own words." [--aliases "child marriage,bride trafficking" --broader trafficking-in-persons]',
  organization: '--name "International Organization for Migration" --type un-agency [--acronym IOM --url https://…]',
  series: '--name "Meetings of the …" --body working-group-disruption',
};

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;

/**
 * The file of a new entity, or the problems with the flags (one `field: message` line each).
 * @param values the flags as given; `id` defaults to the name or label in lowercase ASCII words.
 */
export function renderEntity(
  kind: EntityKind,
  values: Readonly<Record<string, string | undefined>>,
  reading: Pick<EntityReading, 'entities' | 'names'>,
): { id: string; folder: EntityCollection; text: string } | { problems: string[] } {
  const folder = FOLDER[kind];
  const id = values['id'] ?? slugWords(values['name'] ?? values['label'] ?? '', 60);
  const data: Record<string, unknown> = Object.fromEntries(
    Object.entries({
      name: values['name'],
      label: values['label'],
      acronym: values['acronym'],
      acronyms: list(values['acronyms']),
      aliases: list(values['aliases']),
      description: values['description'],
      definition: values['definition'],
      parent: values['parent'],
      broader: values['broader'],
      established: values['established'] ? Number(values['established']) : undefined,
      type: values['type'],
      url: values['url'],
      body: values['body'],
    }).filter(
      ([key, value]) => value !== undefined && key in (ENTITY_SCHEMAS[folder] as unknown as { shape: object }).shape,
    ),
  );
  const problems: string[] = [];
  if (!ID_PATTERN.test(id))
    problems.push(
      `--id: "${id}" must be lowercase ASCII words joined by hyphens, e.g. --id ${slugWords(id, 60) || 'working-group-on-returns'}`,
    );
  const existing = suggestEntityId(reading, folder, id);
  if (existing)
    problems.push(`--id: content/${folder}/${existing}.yaml already has this name. Records can name it as ${existing}`);
  const result = ENTITY_SCHEMAS[folder].safeParse(data, { reportInput: true, error: () => GENERIC_MESSAGE });
  if (!result.success) {
    problems.push(
      ...problemsFromIssues(result.error.issues, ENTITY_SCHEMAS[folder], '', () => ({ line: 1, column: 1 })).map(
        (problem) => `--${problem.field}: ${problem.message}`,
      ),
    );
  }
  if (problems.length > 0) return { problems };
  return { id, folder, text: new Document(data).toString({ lineWidth: 0 }) };
}
