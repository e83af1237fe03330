/**
 * The real archive built without Astro: the records as the content check reads them and the entity files parsed
 * with their schemas, passed through `buildArchive` as `lib/meetings.ts` does inside a build.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { buildArchive, type Archive } from '../../src/lib/archive.ts';
import { checkContent, listFiles, type CheckedRecord } from '../../src/lib/content-check.ts';
import { BodySchema, OrganizationSchema, SeriesSchema, TopicSchema } from '../../src/schemas/entities.ts';
import { ROOT } from '../setup/sites.ts';

const contentDir = join(ROOT, 'content');

function readEntities<T>(collection: string, schema: { parse(value: unknown): T }): Array<{ id: string; data: T }> {
  return listFiles(join(contentDir, collection), '.yaml').map((file) => ({
    id: basename(file, '.yaml'),
    data: schema.parse(parse(readFileSync(file, 'utf8'))),
  }));
}

/** The records of `content/meetings/` and the archive made from them. */
export function getRealArchive(): { records: CheckedRecord[]; archive: Archive<CheckedRecord> } {
  const { records, problems } = checkContent({ contentDir, root: ROOT });
  if (problems.length > 0) throw new Error(`The real content has problems: ${problems.length}`);
  const archive = buildArchive<CheckedRecord>({
    meetings: records.map((record) => ({ id: record.id, filePath: record.file, data: record.data, entry: record })),
    bodies: readEntities('bodies', BodySchema),
    topics: readEntities('topics', TopicSchema),
    organizations: readEntities('organizations', OrganizationSchema),
    series: readEntities('series', SeriesSchema),
  });
  return { records, archive };
}
