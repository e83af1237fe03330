/**
 * The archive made straight from the reading of the content folder, without Astro: for command-line tools and tests
 * that need the same resolved records the pages get (for example, to check that the data files come out the same in
 * every time zone). Pages and endpoints use `getArchive()` from `lib/site/archive.ts` instead.
 */
import { formatProblem } from '../content/problems.ts';
import { getContentReading, type ContentReading, type ReadOptions, type RecordFile } from '../content/reader.ts';
import { buildArchive, type Archive } from './archive.ts';

/**
 * The archive of a reading. Each meeting's `entry` is its record file, whose `body` is the record's text as written.
 * @throws Error listing every problem, one line each, when the reading has any.
 */
export function archiveFromReading(reading: ContentReading): Archive<RecordFile> {
  if (reading.problems.length > 0) throw new Error(reading.problems.map(formatProblem).join('\n'));
  return buildArchive<RecordFile>({
    meetings: reading.records.map((record) => ({
      id: record.id,
      filePath: record.file,
      data: record.data,
      entry: record,
      textPlaces: record.places,
    })),
    ...reading.entities,
  });
}

/**
 * Reads the content folder (once per process) and makes its archive, as `getArchive()` does inside Astro.
 * @throws Error listing every problem, one line each, when the content check finds any.
 */
export async function readArchive(options: ReadOptions): Promise<Archive<RecordFile>> {
  return archiveFromReading(await getContentReading(options));
}
