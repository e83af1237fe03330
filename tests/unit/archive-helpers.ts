/** The real archive built without Astro, for unit tests of the view model. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { buildArchive, type Archive } from '../../src/lib/archive.ts';
import { checkContent, ENTITY_SCHEMAS, listFiles } from '../../src/lib/content-check.ts';
import type { EntityCollection } from '../../src/schemas/meeting.ts';
import { ROOT } from '../setup/sites.ts';

function readEntities<T>(collection: EntityCollection): Array<{ id: string; data: T }> {
  return listFiles(join(ROOT, 'content', collection), '.yaml').map((file) => ({
    id: basename(file, '.yaml'),
    data: ENTITY_SCHEMAS[collection].parse(parse(readFileSync(file, 'utf8'))) as T,
  }));
}

let archive: Archive | undefined;

/** The archive of the real records, as pages see it. */
export function getRealArchive(): Archive {
  archive ??= buildArchive({
    meetings: checkContent({ contentDir: join(ROOT, 'content'), root: ROOT }).records.map((record) => ({
      id: record.id,
      filePath: record.file,
      data: record.data,
      entry: undefined,
    })),
    bodies: readEntities('bodies'),
    topics: readEntities('topics'),
    organizations: readEntities('organizations'),
    series: readEntities('series'),
  });
  return archive;
}
