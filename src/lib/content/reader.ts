/**
 * THE reader of content: reads every record and entity file of the content folder once, checks each against the
 * schemas and the rules of the archive, and returns the records, the entities and every problem found, each as one
 * plain sentence (`file:line:col field: what is wrong. how to write it`).
 *
 * Everything that needs content uses this reading: the content check (`npm run check:content` and the build's
 * content-check integration), the collection loaders, the sitemap's dates, the command-line tools and the tests. A
 * record with a problem is never half-published: it is not among `records`, and the build stops on any problem.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { findForbiddenCharacters, findForbiddenInValues } from '../domain/characters.ts';
import { getRecordId, MAX_ID_LENGTH, RECORD_FILE_NAME, suggestFileName } from '../domain/record-id.ts';
import { parseCalendarDate } from '../domain/calendar-date.ts';
import { ROLE_FIELDS } from '../domain/roles.ts';
import { MeetingSchema, type MeetingData } from '../../schemas/meeting.ts';
import type { EntityCollection } from '../../schemas/party.ts';
import { checkRecordBody } from './body-check.ts';
import { readEntities, suggestEntityId, type Entities, type EntityNames, type EntityReading } from './entities.ts';
import { checkOtherFiles, listFolder, toDisplayPath } from './files.ts';
import { readRecordSource, type Position, type RecordSource } from './frontmatter.ts';
import { checkImage } from './images.ts';
import { findPassage, type TextPlace } from '../domain/passages.ts';
import { compareProblems, formatPath, GENERIC_MESSAGE, problemsFromIssues, type Problem } from './problems.ts';
import { findUnfilledPrompts } from './prompts.ts';
import { isCountryCode, suggestCountryCode } from '../domain/countries.ts';

/** A record file that passed every check. */
export interface RecordFile {
  /** The record's id: its `slug`, or its file name without `.mdx`. */
  id: string;
  /** Path relative to the project root, with forward slashes, as messages and "Edit this record" links give it. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The whole file as written. */
  text: string;
  data: MeetingData;
  /** The text after the frontmatter, exactly as written. */
  body: string;
  /** The file line on which the text starts. */
  bodyStartLine: number;
  /** The images the text shows, as written (`./opening.jpg`); each passed the image rule. */
  images: string[];
  /** The paragraphs, list items and table cells of the text, with the ids the page gives them (`text-places.ts`). */
  places: TextPlace[];
}

/** Everything the content folder holds, checked. */
export interface ContentReading {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Published records (not drafts) with no problem, in file-name order. */
  records: RecordFile[];
  /** Records marked `draft: true` with no problem: checked, named by the check and the build, never published. */
  drafts: RecordFile[];
  entities: Entities;
  names: EntityNames;
  /** Every problem, ordered by file, line and column. */
  problems: Problem[];
  /** How many files were read: records and entity files. */
  filesRead: number;
}

/** Inputs of `readContent`. */
export interface ReadOptions {
  /** Absolute path of the content folder (`content/`, or `CONTENT_DIR`). */
  contentDir: string;
  /** Absolute path of the project, which file names in messages are relative to. */
  root: string;
  /** Where the records are, when not `<contentDir>/meetings` (tests check fixture records against real entities). */
  meetingsDir?: string;
  /** The build day as `YYYY-MM-DD`; `updated` may not be later. Defaults to today where the day is latest (UTC+14). */
  today?: string;
}

/**
 * Today as a calendar day where it is latest on Earth (UTC+14), so a record updated today in any time zone passes.
 * @example getLatestToday(new Date('2026-12-06T12:00:00Z')) ⇒ '2026-12-07'
 */
export function getLatestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The frontmatter field on a line of a record (the nearest `key:` at or above it), or `body` past the frontmatter. */
function fieldAtLine(lines: readonly string[], line: number, bodyStartLine: number): string {
  if (bodyStartLine > 0 && line >= bodyStartLine) return 'body';
  for (let index = line - 1; index >= 1; index -= 1) {
    const key = /^([A-Za-z][A-Za-z0-9]*):/.exec(lines[index] ?? '');
    if (key) return key[1]!;
  }
  return 'file';
}

const ROLE_EXAMPLE = '[AU, iom]';

/**
 * References to entities that do not exist, each with the id the contributor most likely meant. It reads the
 * frontmatter as written, so it reports alongside any other problem of the record.
 * @param data the frontmatter as written (`readRecordSource(...).data`).
 * @param locate where a field is in the file (see `readRecordSource`).
 */
export function checkReferences(
  data: Record<string, unknown>,
  reading: Pick<EntityReading, 'entities' | 'names'>,
  file: string,
  locate: RecordSource['locate'],
): Problem[] {
  const problems: Problem[] = [];
  const has = (collection: EntityCollection, id: string) => reading.entities[collection].some((entity) => entity.id === id);
  const noun: Record<EntityCollection, string> = { bodies: 'body', topics: 'topic', organizations: 'organisation', series: 'series' };
  const examples: Record<EntityCollection, string> = {
    bodies: 'working-group-disruption',
    topics: 'forced-marriage',
    organizations: 'iom',
    series: 'joint-periods-of-action',
  };
  const fieldName = (path: PropertyKey[]) =>
    path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');
  const check = (collection: EntityCollection, value: unknown, path: PropertyKey[]) => {
    if (typeof value !== 'string' || value.trim() === '' || has(collection, value.trim())) return;
    const id = value.trim();
    const meant = suggestEntityId(reading, collection, id);
    problems.push({
      file,
      position: locate(path),
      field: fieldName(path),
      message: meant
        ? `"${id}" is not a known ${noun[collection]}. Write its id, ${meant} (content/${collection}/${meant}.yaml)`
        : `"${id}" is not a known ${noun[collection]}. Use a file name from content/${collection}/ without .yaml, e.g. ${examples[collection]}`,
    });
  };
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  check('bodies', data['body'], ['body']);
  list(data['jointBodies']).forEach((body, index) => check('bodies', body, ['jointBodies', index]));
  check('series', data['series'], ['series']);
  list(data['topics']).forEach((topic, index) => check('topics', topic, ['topics', index]));
  for (const field of ROLE_FIELDS) {
    list(data[field]).forEach((entry: unknown, index) => {
      const written = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['id'] : entry;
      if (typeof written !== 'string' || written.trim() === '') return;
      const id = written.trim();
      // Countries, and values the schema reports as a country written another way, are not organisations.
      if (isCountryCode(id) || suggestCountryCode(id) || has('organizations', id)) return;
      const organization = suggestEntityId(reading, 'organizations', id);
      problems.push({
        file,
        position: locate([field, index]),
        field: `${field}[${index}]`,
        message: `"${id}" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. ${
          organization
            ? `Write the organisation's id, ${organization} (content/organizations/${organization}.yaml)`
            : `Write a country code in capitals or an organisation id, e.g. ${field}: ${ROLE_EXAMPLE}`
        }`,
      });
    });
  }
  return problems;
}

/**
 * The passages a record marks for its topics (`passages`): each for a topic of the record, and each found in one
 * paragraph or list item of its text, as `findPassage` finds it for the topic page.
 */
export function checkPassages(
  data: Pick<MeetingData, 'passages' | 'topics'>,
  places: readonly TextPlace[],
  file: string,
  locate: RecordSource['locate'],
): Problem[] {
  const problems: Problem[] = [];
  for (const [topic, passage] of Object.entries(data.passages)) {
    const field = `passages.${topic}`;
    const position = locate(['passages', topic]);
    if (!data.topics.some((filed) => filed.id === topic)) {
      problems.push({
        file,
        position,
        field,
        message: `the record is not filed under the topic ${topic}. Write one of its topics (${data.topics.map((filed) => filed.id).join(', ')}), or add ${topic} to topics`,
      });
    } else if (!findPassage(places, passage)) {
      const shown = passage.length > 60 ? `${passage.slice(0, 59)}…` : passage;
      problems.push({
        file,
        position,
        field,
        message: `"${shown}" is not in the text of the record. Copy one or two sentences exactly as the text below the second --- writes them, from one paragraph or list item`,
      });
    }
  }
  return problems;
}

/** The file name rule (see `lib/domain/record-id.ts`), with a name to rename to that no other record uses. */
function checkFileName(path: string, file: string, raw: Record<string, unknown> | undefined, isTaken: (name: string) => boolean): Problem[] {
  const name = basename(path);
  const match = RECORD_FILE_NAME.exec(name);
  const parsedStart = raw ? parseCalendarDate(raw['startDate']) : undefined;
  const start = parsedStart?.ok ? parsedStart.date.iso : undefined;
  const position = { line: 1, column: 1 };
  const taken = (candidate: string) => candidate !== name && isTaken(candidate);
  if (!match) {
    const suggestion = suggestFileName(start, name.replace(/\.mdx$/, ''), taken);
    return [
      {
        file,
        position,
        field: 'file name',
        message: `"${name}" does not follow the naming rule: the start date (or "undated"), then words in lowercase ASCII letters and digits joined by hyphens. Rename it to ${suggestion}; its page address will be /meetings/${suggestion.replace(/\.mdx$/, '')}/`,
      },
    ];
  }
  if (raw && (raw['startDate'] === undefined || parsedStart?.ok) && (match[1] ?? undefined) !== start) {
    const suggestion = suggestFileName(start, match[2] ?? '', taken);
    const expected = start ? `the start date ${start}` : '"undated" because the record has no startDate';
    return [{ file, position, field: 'file name', message: `"${name}" does not begin with ${expected}. Rename it to ${suggestion}` }];
  }
  if (name.length - '.mdx'.length > MAX_ID_LENGTH) {
    const suggestion = suggestFileName(match[1], match[2] ?? '', taken);
    return [
      {
        file,
        position,
        field: 'file name',
        message: `"${name}" is longer than ${MAX_ID_LENGTH} characters before .mdx, which makes page addresses and citation keys unwieldy. Rename it to ${suggestion}`,
      },
    ];
  }
  return [];
}

/** Reads and checks one record file. */
async function readRecord(
  path: string,
  options: ReadOptions,
  reading: EntityReading,
  isTaken: (name: string) => boolean,
): Promise<{ record?: RecordFile; problems: Problem[]; slugAt?: Position; id: string }> {
  const file = toDisplayPath(options.root, path);
  const text = readFileSync(path, 'utf8');
  const source = readRecordSource(text.replace(/^\uFEFF/, ''));
  const id = getRecordId(basename(path), source.data?.['slug']);
  const slugAt = typeof source.data?.['slug'] === 'string' ? source.locate(['slug']) : undefined;
  const forbidden = findForbiddenCharacters(text);
  if (forbidden.length > 0) {
    const lines = text.split('\n');
    const problems = forbidden.map((found) => ({
      file,
      position: { line: found.line, column: found.column },
      field: fieldAtLine(lines, found.line, source.data ? source.bodyStartLine : 0),
      message: `has the invisible or control character ${found.escaped} here${found.offset === 0 ? ' (a byte-order mark at the start of the file)' : ''}. Delete it (retype the text around it if unsure)`,
    }));
    return { problems, id, ...(slugAt ? { slugAt } : {}) };
  }
  const problems: Problem[] = source.errors.map((error) => ({
    file,
    position: error.position,
    field: error.field ?? 'frontmatter',
    message: error.message,
  }));
  for (const found of findForbiddenInValues(source.data ?? {})) {
    problems.push({
      file,
      position: source.locate(found.path),
      field: formatPath(found.path),
      message: `has the invisible or control character ${found.escaped}, written as an escape between quotes. Delete the escape`,
    });
  }
  let data: MeetingData | undefined;
  if (source.data) {
    const result = MeetingSchema.safeParse(source.data, { reportInput: true, error: () => GENERIC_MESSAGE });
    problems.push(...checkReferences(source.data, reading, file, source.locate));
    if (result.success) {
      data = result.data;
      const today = options.today ?? getLatestToday();
      data.sources.forEach((cited, index) => {
        if (cited.checked && cited.checked.iso > today) {
          problems.push({
            file,
            position: source.locate(['sources', index, 'checked']),
            field: `sources[${index}].checked`,
            message: `${cited.checked.iso} is later than today (${today}). Write the day you last opened the source, e.g. checked: ${today}`,
          });
        }
      });
      if (data.updated.iso > today) {
        problems.push({
          file,
          position: source.locate(['updated']),
          field: 'updated',
          message: `${data.updated.iso} is later than today (${today}). Write the day of the change, e.g. updated: ${today}`,
        });
      }
    } else {
      problems.push(...problemsFromIssues(result.error.issues, MeetingSchema, file, source.locate));
    }
  }
  problems.push(...checkFileName(path, file, source.data, isTaken));
  const places = { recordFile: path, contentDir: options.contentDir };
  const photo = data?.photo;
  if (photo) {
    const verdict = await checkImage(photo.src, photo.alt, places);
    if (!verdict.ok) problems.push({ file, position: source.locate(['photo', 'src']), field: 'photo.src', message: verdict.reason.replace(/^the (image|file) /, '') });
  }
  const body = await checkRecordBody(source.body, source.bodyStartLine, places);
  for (const problem of body.problems) problems.push({ file, position: problem.position, field: 'body', message: problem.message });
  if (data) problems.push(...checkPassages(data, body.places, file, source.locate));
  for (const prompt of findUnfilledPrompts(text)) {
    problems.push({ file, position: { line: prompt.line, column: 1 }, field: prompt.line >= source.bodyStartLine ? 'body' : 'frontmatter', message: prompt.message });
  }
  const record =
    data && problems.length === 0
      ? { id, file, path, text, data, body: source.body, bodyStartLine: source.bodyStartLine, images: body.images, places: body.places }
      : undefined;
  return { problems, id, ...(record ? { record } : {}), ...(slugAt ? { slugAt } : {}) };
}

/**
 * Reads and checks the whole content folder: entity files, then every record, then what records must not share
 * (an id; a number in a series).
 */
export async function readContent(options: ReadOptions): Promise<ContentReading> {
  const reading = readEntities(options.contentDir, options.root);
  const problems = [...reading.problems];
  const meetingsDir = options.meetingsDir ?? join(options.contentDir, 'meetings');
  const listing = listFolder(meetingsDir, options.root);
  problems.push(...listing.problems, ...checkOtherFiles(listing.files, options.root));
  const recordPaths = listing.files.filter((path) => extname(path) === '.mdx');
  const names = new Set(recordPaths.map((path) => basename(path)));
  const records: RecordFile[] = [];
  const drafts: RecordFile[] = [];
  const byId = new Map<string, Array<{ file: string; slugAt?: Position }>>();
  const bySeriesNumber = new Map<string, RecordFile[]>();

  for (const path of recordPaths) {
    const result = await readRecord(path, options, reading, (name) => names.has(name));
    problems.push(...result.problems);
    const file = toDisplayPath(options.root, path);
    byId.set(result.id, [...(byId.get(result.id) ?? []), { file, ...(result.slugAt ? { slugAt: result.slugAt } : {}) }]);
    const record = result.record;
    if (!record) continue;
    (record.data.draft ? drafts : records).push(record);
    if (record.data.series && record.data.number !== undefined) {
      const key = `${record.data.series.id} ${record.data.number}`;
      bySeriesNumber.set(key, [...(bySeriesNumber.get(key) ?? []), record]);
    }
  }

  for (const [id, sameId] of byId) {
    if (sameId.length < 2) continue;
    for (const { file, slugAt } of sameId) {
      const others = sameId.filter((other) => other.file !== file).map((other) => other.file).join(', ');
      problems.push({
        file,
        position: slugAt ?? { line: 1, column: 1 },
        field: slugAt ? 'slug' : 'id',
        message: `the id "${id}" is also the id of ${others}. Each record needs its own: change the slug field or the file name of one of them`,
      });
    }
  }
  for (const sameNumber of bySeriesNumber.values()) {
    if (sameNumber.length < 2) continue;
    for (const record of sameNumber) {
      const others = sameNumber.filter((other) => other !== record).map((other) => other.file).join(', ');
      problems.push({
        file: record.file,
        position: readRecordSource(record.text).locate(['number']),
        field: 'number',
        message: `${record.data.number} is also the number of ${others} in the series ${record.data.series!.id}. Check both records against their sources; where the sources number a meeting differently, keep the official number and say so in numberNote`,
      });
    }
  }

  problems.push(...checkKnownMeetings(reading, [...records, ...drafts]));

  const failed = new Set(problems.map((problem) => problem.file));
  return {
    contentDir: options.contentDir,
    records: records.filter((record) => !failed.has(record.file)),
    drafts: drafts.filter((record) => !failed.has(record.file)),
    entities: reading.entities,
    names: reading.names,
    problems: problems.sort(compareProblems),
    filesRead: recordPaths.length + reading.filesRead,
  };
}

/**
 * The `record` of each known meeting in a series file names a record of the archive (of that series, or of another
 * when one meeting served both, such as a joint meeting of two groups).
 */
function checkKnownMeetings(reading: EntityReading, records: readonly RecordFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const series of reading.entities.series) {
    series.data.known.forEach((known, index) => {
      if (!known.record || records.some((record) => record.id === known.record)) return;
      problems.push({
        file: series.file,
        position: series.locate?.(['known', index, 'record']) ?? { line: 1, column: 1 },
        field: `known[${index}].record`,
        message: `"${known.record}" is not a record in content/meetings/. Write the id of the meeting's record (its file name without .mdx), or leave record out while it has none`,
      });
    });
  }
  return problems;
}

/**
 * The readings of this process, by content folder. Astro loads `astro.config.mjs` and `src/content.config.ts` as
 * separate module graphs, so a cache in this module's scope would exist once per graph and the content would be read
 * twice; kept on `globalThis` under a registered symbol, one reading is shared by the content check, the loaders and
 * the sitemap of a build.
 */
const READINGS_KEY = Symbol.for('bali-process-meeting-records.content-readings');
const readings: Map<string, Promise<ContentReading>> = ((globalThis as Record<symbol, unknown>)[READINGS_KEY] ??= new Map()) as Map<
  string,
  Promise<ContentReading>
>;

/** The reading of a content folder, made once per process (see `readContent`). */
export function getContentReading(options: ReadOptions): Promise<ContentReading> {
  const key = JSON.stringify([resolve(options.contentDir), options.meetingsDir ?? '', resolve(options.root), options.today ?? '']);
  let reading = readings.get(key);
  if (!reading) {
    reading = readContent(options);
    readings.set(key, reading);
  }
  return reading;
}

/** Forgets the readings of this process, so that the next `getContentReading` reads the files again (`astro dev`). */
export function forgetContentReadings(): void {
  readings.clear();
}

/** The folder a record's images are relative to. */
export const getRecordFolder = (record: RecordFile) => dirname(record.path);
