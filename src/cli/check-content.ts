/**
 * `npm run check:content [-- --fix] [-- --records <folder>]`: reads and checks every file in the content folder and
 * prints one line per problem, `file:line:col field: what is wrong. how to write it`, then a line naming any draft
 * that is not published and a closing line. Exits 1 when there is a problem, 0 when none.
 *
 * `--fix` first applies the fixes that cannot change what a record says (see `lib/content/fix.ts`), says which files
 * it changed, then checks again and reports what is left.
 * `--records <folder>` checks the records in another folder against the bodies, topics, organisations and series
 * of the content folder (tests check fixture records this way); `CONTENT_DIR` moves the whole content folder.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getContentDir } from '../lib/content/content-dir.ts';
import { applySafeFixes } from '../lib/content/fix.ts';
import { readContent } from '../lib/content/reader.ts';
import { describeReading } from '../lib/content/report.ts';

const root = process.cwd();
const contentDir = getContentDir(root);

let options: { fix: boolean; records: string | undefined };
try {
  const { values } = parseArgs({
    options: { fix: { type: 'boolean', default: false }, records: { type: 'string' } },
    strict: true,
  });
  options = { fix: values.fix, records: values.records };
} catch (error) {
  console.error(`${(error as Error).message}. Use: npm run check:content, or npm run check:content -- --fix`);
  process.exit(2);
}
const meetingsDir = options.records ? resolve(root, options.records) : join(contentDir, 'meetings');

if (options.fix) {
  for (const line of await applySafeFixes({ contentDir, root, meetingsDir })) console.log(line);
}

const reading = await readContent({ contentDir, root, meetingsDir });
const report = describeReading(reading);
for (const line of report.problems) console.error(line);
for (const line of report.notes) console.log(line);
if (reading.problems.length > 0) process.exitCode = 1;
