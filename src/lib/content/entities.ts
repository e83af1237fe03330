/**
 * Reading the entity files that records point at (`content/bodies/`, `topics/`, `organizations/`, `series/`): each
 * YAML file is read once, checked by its schema, and its links to other entities checked. The other names of each
 * entity (labels, aliases, acronyms) are gathered for the messages that suggest the id a contributor meant.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { z } from 'astro/zod';
import { findForbiddenCharacters, findForbiddenInValues } from '../domain/characters.ts';
import { getCountryName, isCountryCode, suggestCountryCode } from '../domain/countries.ts';
import { ID_PATTERN } from '../domain/record-id.ts';
import { BodySchema, OrganizationSchema, SeriesSchema, TopicSchema, type Body, type Organization, type Series, type Topic } from '../../schemas/entities.ts';
import type { EntityCollection } from '../../schemas/party.ts';
import { listFolder, toDisplayPath } from './files.ts';
import { readRecordSource } from './frontmatter.ts';
import { formatPath, GENERIC_MESSAGE, problemsFromIssues, type Problem } from './problems.ts';

/** The entity collections, their schemas, in the order they are read. */
export const ENTITY_SCHEMAS: Readonly<Record<EntityCollection, z.ZodType>> = {
  bodies: BodySchema,
  topics: TopicSchema,
  organizations: OrganizationSchema,
  series: SeriesSchema,
};

/** An entity with its id (its file name without `.yaml`). */
export interface WithId<T> {
  id: string;
  data: T;
  /** Path of the file relative to the project root. */
  file: string;
  /** Where a field is in the file, for messages about it (see `readRecordSource`). */
  locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Every entity of the content folder, by collection, in file-name order. */
export interface Entities {
  bodies: Array<WithId<Body>>;
  topics: Array<WithId<Topic>>;
  organizations: Array<WithId<Organization>>;
  series: Array<WithId<Series>>;
}

/**
 * Other names of the entities, for suggestions in messages: for each collection, a map from the slug of a label,
 * name, alias or acronym (`tip`, `human-trafficking`, `international-organization-for-migration`) to the id it stands
 * for. A name two entities share is left out.
 */
export type EntityNames = Readonly<Record<EntityCollection, ReadonlyMap<string, string>>>;

/** What reading the entity folders gives. */
export interface EntityReading {
  entities: Entities;
  names: EntityNames;
  problems: Problem[];
  filesRead: number;
}

/** The fields that hold another name of an entity, by collection. */
const NAME_FIELDS: Readonly<Record<EntityCollection, readonly string[]>> = {
  bodies: ['name', 'acronyms'],
  topics: ['label', 'aliases'],
  organizations: ['name', 'acronym'],
  series: ['name'],
};

/** Links between entities: a body's parent, a topic's broader topic, a series' body. */
const LINKS: ReadonlyArray<[EntityCollection, string, EntityCollection]> = [
  ['bodies', 'parent', 'bodies'],
  ['topics', 'broader', 'topics'],
  ['series', 'body', 'bodies'],
];

/**
 * Reads every entity file of the content folder.
 * @param contentDir absolute path of the content folder.
 * @param root absolute path of the project, which file names in messages are relative to.
 */
export function readEntities(contentDir: string, root: string): EntityReading {
  const problems: Problem[] = [];
  const entities: Entities = { bodies: [], topics: [], organizations: [], series: [] };
  let filesRead = 0;
  for (const collection of Object.keys(ENTITY_SCHEMAS) as EntityCollection[]) {
    const listing = listFolder(join(contentDir, collection), root);
    problems.push(...listing.problems);
    for (const file of listing.files) {
      const display = toDisplayPath(root, file);
      if (extname(file) !== '.yaml') {
        problems.push({
          file: display,
          position: { line: 1, column: 1 },
          field: 'file name',
          message: `"${basename(file)}" is not read, because only .yaml files describe ${collection}. Rename it to ${basename(file, extname(file))}.yaml, or move it out of content/${collection}/`,
        });
        continue;
      }
      filesRead += 1;
      const id = basename(file, '.yaml');
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file: display,
          position: { line: 1, column: 1 },
          field: 'file name',
          message: `"${basename(file)}" must be lowercase ASCII words joined by hyphens. Rename it to ${slugify(id)}.yaml`,
        });
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const forbidden = findForbiddenCharacters(text);
      for (const found of forbidden) {
        problems.push({
          file: display,
          position: { line: found.line, column: found.column },
          field: 'file',
          message: `has the invisible or control character ${found.escaped} here. Delete it (retype the text around it if unsure)`,
        });
      }
      if (forbidden.length > 0) continue;
      // Entity files are YAML with no fences; the record reader reads them with positions when wrapped in fences.
      const source = readRecordSource(`---\n${text}\n---\n`);
      const locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => {
        const position = source.locate(path, at);
        return { line: position.line - 1, column: position.column };
      };
      for (const error of source.errors) {
        problems.push({ file: display, position: { ...error.position, line: error.position.line - 1 }, field: error.field ?? 'file', message: error.message });
      }
      if (!source.data) continue;
      const escaped = findForbiddenInValues(source.data);
      for (const found of escaped) {
        problems.push({
          file: display,
          position: locate(found.path),
          field: formatPath(found.path),
          message: `has the invisible or control character ${found.escaped}, written as an escape between quotes. Delete the escape`,
        });
      }
      if (escaped.length > 0) continue;
      const schema = ENTITY_SCHEMAS[collection];
      const result = schema.safeParse(source.data, { reportInput: true, error: () => GENERIC_MESSAGE });
      if (!result.success) {
        problems.push(...problemsFromIssues(result.error.issues, schema, display, locate));
        continue;
      }
      (entities[collection] as Array<WithId<unknown>>).push({ id, data: result.data, file: display, locate });
    }
  }
  const ids = Object.fromEntries(
    (Object.keys(entities) as EntityCollection[]).map((collection) => [collection, new Set(entities[collection].map((entity) => entity.id))]),
  ) as Record<EntityCollection, Set<string>>;
  for (const [collection, field, target] of LINKS) {
    for (const entity of entities[collection] as Array<WithId<Record<string, unknown>>>) {
      const value = entity.data[field];
      if (typeof value === 'string' && !ids[target].has(value)) {
        problems.push({
          file: entity.file,
          position: { line: 1, column: 1 },
          field,
          message: `"${value}" is not in content/${target}/. Use a file name from there without .yaml`,
        });
      }
    }
  }
  problems.push(...checkMembers(entities));
  return { entities, names: collectNames(entities), problems, filesRead };
}

/** The members of each body are countries (ISO 3166-1 alpha-2 codes) or organisations of content/organizations/. */
function checkMembers(entities: Entities): Problem[] {
  const organizations = new Set(entities.organizations.map((organization) => organization.id));
  return entities.bodies.flatMap((body) =>
    body.data.members.flatMap((member, index) => {
      if (isCountryCode(member.id) || organizations.has(member.id)) return [];
      const code = suggestCountryCode(member.id);
      return [
        {
          file: body.file,
          position: body.locate?.(['members', index, 'id']) ?? { line: 1, column: 1 },
          field: `members[${index}].id`,
          message: `"${member.id}" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. ${
            code ? `Write ${code} for ${getCountryName(code)}` : 'Write a country code in capitals or an organisation id, e.g. id: PH'
          }`,
        },
      ];
    }),
  );
}

/** Maps the slug of each label, name, alias and acronym to its entity's id; a name two entities share is dropped. */
function collectNames(entities: Entities): EntityNames {
  const names = {} as Record<EntityCollection, Map<string, string>>;
  for (const collection of Object.keys(NAME_FIELDS) as EntityCollection[]) {
    const map = new Map<string, string>();
    const shared = new Set<string>();
    for (const { id, data } of entities[collection] as Array<WithId<Record<string, unknown>>>) {
      for (const field of NAME_FIELDS[collection]) {
        for (const name of [data[field]].flat()) {
          if (typeof name !== 'string') continue;
          const key = slugify(name, { decamelize: false });
          const other = map.get(key);
          if (other !== undefined && other !== id) shared.add(key);
          map.set(key, id);
        }
      }
    }
    for (const key of shared) map.delete(key);
    names[collection] = map;
  }
  return names;
}

/**
 * The id a contributor most likely meant by an unknown value: the value written as an id (`Forced Marriage` ⇒
 * forced-marriage) when that id exists, else the entity with that label, name, alias or acronym.
 * @example suggestEntityId(reading, 'topics', 'TIP') ⇒ 'trafficking-in-persons'
 */
export function suggestEntityId(reading: Pick<EntityReading, 'entities' | 'names'>, collection: EntityCollection, value: string): string | undefined {
  const key = slugify(value, { decamelize: false });
  if (reading.entities[collection].some((entity) => entity.id === key)) return key;
  return reading.names[collection].get(key);
}
