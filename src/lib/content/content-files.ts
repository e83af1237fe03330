/**
 * The archive read straight from the content folder, without Astro: for command-line tools and tests that need the
 * same resolved records the pages get (for example, to check that the data files come out the same in every time
 * zone). Pages and endpoints use `getArchive()` from `lib/site/archive.ts` instead.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { buildArchive, type Archive, type WithId } from '../archive/archive.ts';
import { checkContent, ENTITY_SCHEMAS, listFiles, type CheckedRecord } from './content-check.ts';
import { formatProblem } from './problems.ts';
import type { EntityCollection } from '../../schemas/meeting.ts';

/**
 * The entities of one collection: every `content/<collection>/*.yaml`, parsed by its schema.
 * @throws Error naming the file when one does not pass its schema (the content check reports these first).
 */
function readEntities<T>(contentDir: string, collection: EntityCollection): Array<WithId<T>> {
  return listFiles(join(contentDir, collection), '.yaml').map((file) => {
    const result = ENTITY_SCHEMAS[collection].safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) throw new Error(`${file} does not pass its schema; run npm run check:content to see why.`);
    return { id: basename(file, '.yaml'), data: result.data as T };
  });
}

/**
 * Reads, checks and resolves the whole content folder, as `getArchive()` does inside Astro. Each meeting's `entry`
 * is the checked record, whose `body` is the record's text as written.
 *
 * @param contentDir absolute path of the content folder (`content/`).
 * @param root absolute path of the project, which file names in messages are relative to.
 * @throws Error listing every problem, one line each, when the content check finds any.
 */
export function readArchive(contentDir: string, root: string): Archive<CheckedRecord> {
  const { problems, records } = checkContent({ contentDir, root });
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return buildArchive<CheckedRecord>({
    meetings: records.map((record) => ({ id: record.id, filePath: record.file, data: record.data, entry: record })),
    bodies: readEntities(contentDir, 'bodies'),
    topics: readEntities(contentDir, 'topics'),
    organizations: readEntities(contentDir, 'organizations'),
    series: readEntities(contentDir, 'series'),
  });
}
