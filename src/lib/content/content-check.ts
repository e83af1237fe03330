/**
 * The content check: reads every file in the content directory the way a contributor wrote it, and reports every
 * problem at once, each as one line `file:line:col field: what is wrong. how to write it`.
 *
 * It runs before Astro (`npm run check:content`, and first in `astro build` / `astro dev` through the content-check
 * integration), so no record is dropped, shifted or half-rendered by a mistake in another.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { z } from 'astro/zod';
import { BodySchema, OrganizationSchema, SeriesSchema, TopicSchema } from '../../schemas/entities.ts';
import {
  createMeetingSchema,
  ID_PATTERN,
  type EntityCollection,
  type EntityNames,
  type KnownIds,
  type MeetingData,
  type ReferenceFactory,
} from '../../schemas/meeting.ts';
import { parseCalendarDate } from '../domain/calendar-date.ts';
import { readRecordSource, type Position } from './frontmatter.ts';
import { compareProblems, GENERIC_MESSAGE, problemsFromIssues, type Problem } from './problems.ts';
import { checkRecordBody } from './record-body.ts';

/** The entity collections, their schemas and folders under the content directory. */
export const ENTITY_SCHEMAS: Readonly<Record<EntityCollection, z.ZodType>> = {
  bodies: BodySchema,
  topics: TopicSchema,
  organizations: OrganizationSchema,
  series: SeriesSchema,
};

/** A record that passed every check. */
export interface CheckedRecord {
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: MeetingData;
  body: string;
}

/** What the check found. */
export interface CheckResult {
  problems: Problem[];
  records: CheckedRecord[];
  known: KnownIds;
  /** Number of files read, records and entities together. */
  filesRead: number;
}

/** Inputs of `checkContent`. */
export interface CheckOptions {
  /** Absolute path of the content directory (`content/` unless `CONTENT_DIR` says otherwise). */
  contentDir: string;
  /** Absolute path that file names in messages are relative to (the project root). */
  root: string;
  /** Where the records are, when not in `<contentDir>/meetings` (tests check fixture records against real entities). */
  meetingsDir?: string;
  /** Astro's `reference`, or `plainReference` outside Astro. */
  reference?: ReferenceFactory;
}

/**
 * A stand-in for Astro's `reference()` outside Astro (the CLI and tests): the same output, `{ id, collection }`.
 */
export const plainReference: ReferenceFactory = (collection) =>
  z.string().transform((id) => ({ id, collection })) as unknown as ReturnType<ReferenceFactory>;

/** Files below a directory with a given extension, sorted, or [] when the directory does not exist. */
export function listFiles(directory: string, extension: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.endsWith(extension) && statSync(join(directory, entry)).isFile())
    .map((entry) => join(directory, entry))
    .sort();
}

const toDisplayPath = (root: string, file: string) => relative(root, file).split(sep).join('/');

/**
 * The id of a record: its `slug` field if it has one, otherwise its file name without `.mdx`.
 * @example getRecordId('content/meetings/2019-07-02-fifth-joint-period-of-action.mdx', {}) ⇒ '2019-07-02-fifth-joint-period-of-action'
 */
export function getRecordId(file: string, data: Record<string, unknown> | undefined): string {
  const slug = data?.['slug'];
  return typeof slug === 'string' && slug !== '' ? slug : basename(file).replace(/\.mdx$/, '');
}

/**
 * The file name a record should have, from its start date and title: `YYYY-MM-DD-<words>.mdx` for a full date,
 * `YYYY-MM-<words>.mdx` or `YYYY-<words>.mdx` for a partial one, `undated-<words>.mdx` with no date.
 * Words are the title (or the old name) in lowercase ASCII, accents removed (`Việt Nam` ⇒ `viet-nam`).
 */
export function suggestFileName(startIso: string | undefined, words: string): string {
  const prefix = startIso ?? 'undated';
  const slug = slugify(words.replace(/^(?:\d{4}(?:-\d{2}){0,2}|undated)-?/, ''), { decamelize: false }) || 'meeting';
  return `${prefix}-${slug}.mdx`;
}

const FILE_NAME = /^(?:(\d{4}(?:-\d{2}(?:-\d{2})?)?)|undated)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

function checkFileName(file: string, display: string, raw: Record<string, unknown> | undefined): Problem[] {
  const name = basename(file);
  const match = FILE_NAME.exec(name);
  const parsedStart = raw ? parseCalendarDate(raw['startDate']) : undefined;
  const start = parsedStart?.ok ? parsedStart.date.iso : undefined;
  const position = { line: 1, column: 1 };
  if (!match) {
    const suggestion = suggestFileName(start, name.replace(/\.mdx$/, ''));
    return [
      {
        file: display,
        position,
        field: 'file name',
        message: `"${name}" does not follow the naming rule: the start date (or "undated"), then words in lowercase ASCII letters and digits joined by hyphens. Rename it to ${suggestion}; its page address will be /meetings/${suggestion.replace(/\.mdx$/, '')}/`,
      },
    ];
  }
  if (raw && (raw['startDate'] === undefined || parsedStart?.ok) && (match[1] ?? undefined) !== start) {
    const suggestion = suggestFileName(start, match[2] ?? '');
    const expected = start ? `the start date ${start}` : '"undated" because the record has no startDate';
    return [
      {
        file: display,
        position,
        field: 'file name',
        message: `"${name}" does not begin with ${expected}. Rename it to ${suggestion}`,
      },
    ];
  }
  return [];
}

/**
 * The ids present in each entity collection: the names of its `.yaml` files. The schema uses them to refuse an
 * unknown topic, body, organisation or series with a plain message.
 */
export function readKnownIds(contentDir: string): KnownIds {
  const ids = (collection: EntityCollection) =>
    new Set(listFiles(join(contentDir, collection), '.yaml').map((file) => basename(file, '.yaml')));
  return { bodies: ids('bodies'), topics: ids('topics'), organizations: ids('organizations'), series: ids('series') };
}

/**
 * The other names of the entities in the content directory (labels, names, aliases, acronyms), for the messages
 * that suggest an id. Entity files with problems are left out; the content check reports those.
 */
export function readEntityNames(contentDir: string): EntityNames {
  return checkEntities({ contentDir, root: contentDir }).names;
}

/** Reads the entity folders; returns the ids found and the problems in them. */
function checkEntities(options: CheckOptions): {
  known: KnownIds;
  names: EntityNames;
  problems: Problem[];
  filesRead: number;
} {
  const problems: Problem[] = [];
  const ids = {} as Record<EntityCollection, Set<string>>;
  const parsed: Array<{ collection: EntityCollection; id: string; data: Record<string, unknown>; file: string }> = [];
  let filesRead = 0;
  for (const collection of Object.keys(ENTITY_SCHEMAS) as EntityCollection[]) {
    ids[collection] = new Set();
    for (const file of listFiles(join(options.contentDir, collection), '.yaml')) {
      filesRead += 1;
      const display = toDisplayPath(options.root, file);
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
      // Entity files are YAML with no fences; reuse the record reader by wrapping them.
      const source = readRecordSource(`---\n${readFileSync(file, 'utf8')}\n---\n`);
      const locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => {
        const position = source.locate(path, at);
        return { line: position.line - 1, column: position.column };
      };
      for (const error of source.errors) {
        problems.push({ file: display, position: { ...error.position, line: error.position.line - 1 }, field: 'file', message: error.message });
      }
      if (!source.data) continue;
      const schema = ENTITY_SCHEMAS[collection];
      const result = schema.safeParse(source.data, { reportInput: true, error: () => GENERIC_MESSAGE });
      if (!result.success) {
        problems.push(...problemsFromIssues(result.error.issues, schema, display, locate));
        continue;
      }
      ids[collection].add(id);
      parsed.push({ collection, id, data: result.data as Record<string, unknown>, file: display });
    }
  }
  // Links between entities: a body's parent, a topic's broader topic, a series' body.
  const links: Array<[EntityCollection, string, EntityCollection]> = [
    ['bodies', 'parent', 'bodies'],
    ['topics', 'broader', 'topics'],
    ['series', 'body', 'bodies'],
  ];
  for (const entity of parsed) {
    for (const [collection, field, target] of links) {
      const value = entity.data[field];
      if (entity.collection === collection && typeof value === 'string' && !ids[target].has(value)) {
        problems.push({
          file: entity.file,
          position: { line: 1, column: 1 },
          field,
          message: `"${value}" is not in content/${target}/. Use a file name from there without .yaml`,
        });
      }
    }
  }
  return { known: ids, names: collectNames(parsed), problems, filesRead };
}

/** The fields that hold another name of an entity, by collection. */
const NAME_FIELDS: Readonly<Record<EntityCollection, readonly string[]>> = {
  bodies: ['name', 'acronyms'],
  topics: ['label', 'aliases'],
  organizations: ['name', 'acronym'],
  series: ['name'],
};

/** Maps the slug of each label, name, alias and acronym to its entity's id; a name two entities share is dropped. */
function collectNames(entities: ReadonlyArray<{ collection: EntityCollection; id: string; data: Record<string, unknown> }>): EntityNames {
  const names = {} as Record<EntityCollection, Map<string, string>>;
  const shared = new Set<string>();
  for (const { collection, id, data } of entities) {
    const map = (names[collection] ??= new Map());
    for (const field of NAME_FIELDS[collection]) {
      for (const name of [data[field]].flat()) {
        if (typeof name !== 'string') continue;
        const key = slugify(name, { decamelize: false });
        const other = map.get(key);
        if (other !== undefined && other !== id) shared.add(`${collection}/${key}`);
        map.set(key, id);
      }
    }
  }
  for (const entry of shared) {
    const [collection, key] = entry.split('/') as [EntityCollection, string];
    names[collection].delete(key);
  }
  return names;
}

/** Image files that may sit beside a record, for its photo or the images in its text. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

/**
 * Files in the records folder that are neither records (`.mdx`) nor images: they would be left out without a word,
 * so each is reported with the name it should have (a `.md` or `.MDX` file is most often a record misnamed).
 */
function checkOtherFiles(meetingsDir: string, root: string): Problem[] {
  return listFiles(meetingsDir, '')
    .filter((file) => {
      const extension = extname(file);
      return extension !== '.mdx' && !IMAGE_EXTENSIONS.has(extension.toLowerCase()) && !basename(file).startsWith('.');
    })
    .map((file) => {
      const name = basename(file);
      const stem = name.slice(0, name.length - extname(name).length);
      return {
        file: toDisplayPath(root, file),
        position: { line: 1, column: 1 },
        field: 'file name',
        message: `"${name}" is not read, because only files ending in .mdx are records (and .jpg, .png, .webp, .avif or .gif images may sit beside them). If it is a record, rename it to ${stem}.mdx; otherwise move it out of content/meetings/`,
      };
    });
}

/** A record's `photo.src` must name an image file in the record's folder (Astro cannot build the page otherwise). */
function checkPhotoFile(file: string, display: string, source: ReturnType<typeof readRecordSource>): Problem[] {
  const photo = source.data?.['photo'];
  const src = typeof photo === 'object' && photo !== null ? (photo as Record<string, unknown>)['src'] : undefined;
  if (typeof src !== 'string' || src.trim() === '') return [];
  const position = source.locate(['photo', 'src']);
  const example = 'photo: { src: ./opening-session.jpg, alt: Delegates at the opening session, credit: Bali Process RSO }';
  if (!src.startsWith('./') && !src.startsWith('../')) {
    return [
      {
        file: display,
        position,
        field: 'photo.src',
        message: `"${src}" is not a file beside the record. Save the image next to the .mdx file and write its name after ./, e.g. ${example}`,
      },
    ];
  }
  if (!IMAGE_EXTENSIONS.has(extname(src).toLowerCase())) {
    return [
      {
        file: display,
        position,
        field: 'photo.src',
        message: `"${src}" is not a .jpg, .png, .webp, .avif or .gif image. Save the photo in one of these formats, e.g. ${example}`,
      },
    ];
  }
  if (!existsSync(resolve(dirname(file), src))) {
    return [
      {
        file: display,
        position,
        field: 'photo.src',
        message: `"${src}" is not in the folder of the record. Save the image next to the .mdx file, or correct the name`,
      },
    ];
  }
  return [];
}

/**
 * Checks the whole content directory: entity files, then every record (frontmatter against `MeetingSchema`, file
 * name, body), then that no two records share an id (case C10).
 */
export function checkContent(options: CheckOptions): CheckResult {
  const entities = checkEntities(options);
  const problems = [...entities.problems];
  const schema = createMeetingSchema({
    reference: options.reference ?? plainReference,
    known: entities.known,
    names: entities.names,
  });
  const records: CheckedRecord[] = [];
  const meetingsDir = options.meetingsDir ?? join(options.contentDir, 'meetings');
  const files = listFiles(meetingsDir, '.mdx');
  const byId = new Map<string, Array<{ display: string; slugAt?: Position }>>();
  problems.push(...checkOtherFiles(meetingsDir, options.root));

  for (const file of files) {
    const display = toDisplayPath(options.root, file);
    const source = readRecordSource(readFileSync(file, 'utf8'));
    const fileProblems: Problem[] = source.errors.map((error) => ({
      file: display,
      position: error.position,
      field: error.field ?? 'frontmatter',
      message: error.message,
    }));
    let data: MeetingData | undefined;
    if (source.data) {
      const result = schema.safeParse(source.data, { reportInput: true, error: () => GENERIC_MESSAGE });
      if (result.success) data = result.data;
      else fileProblems.push(...problemsFromIssues(result.error.issues, schema, display, source.locate));
    }
    fileProblems.push(...checkFileName(file, display, source.data));
    fileProblems.push(...checkPhotoFile(file, display, source));
    for (const problem of checkRecordBody(source.body, source.bodyStartLine, { recordDir: dirname(file) })) {
      fileProblems.push({ file: display, position: problem.position, field: 'body', message: problem.message });
    }
    const id = getRecordId(file, source.data);
    const slugAt = typeof source.data?.['slug'] === 'string' ? source.locate(['slug']) : undefined;
    byId.set(id, [...(byId.get(id) ?? []), { display, ...(slugAt ? { slugAt } : {}) }]);
    problems.push(...fileProblems);
    if (data && fileProblems.length === 0) records.push({ id, file: display, data, body: source.body });
  }

  for (const [id, sameId] of byId) {
    if (sameId.length < 2) continue;
    for (const { display, slugAt } of sameId) {
      const others = sameId.filter((other) => other.display !== display).map((other) => other.display).join(', ');
      problems.push({
        file: display,
        position: slugAt ?? { line: 1, column: 1 },
        field: slugAt ? 'slug' : 'id',
        message: `the id "${id}" is also the id of ${others}. Each record needs its own: change the slug field or the file name of one of them`,
      });
    }
  }

  return {
    problems: problems.sort(compareProblems),
    records,
    known: entities.known,
    filesRead: files.length + entities.filesRead,
  };
}

const checkedOnce = new Map<string, CheckResult>();

/**
 * `checkContent`, once per content folder in this process: the build's content-check integration and the sitemap's
 * `lastmod` both need the checked records, and reading them twice would double the cost of large archives.
 */
export function checkContentOnce(options: CheckOptions): CheckResult {
  const key = `${options.contentDir}\n${options.meetingsDir ?? ''}\n${options.root}`;
  let result = checkedOnce.get(key);
  if (!result) {
    result = checkContent(options);
    checkedOnce.set(key, result);
  }
  return result;
}
