/**
 * The real archive built without Astro (`readArchive`, as command-line tools read it), and the checked records it
 * was made from, for tests that compare what pages show with what the records say.
 */
import { join } from 'node:path';
import type { Archive } from '../../src/lib/archive/archive.ts';
import { checkContent, type CheckedRecord } from '../../src/lib/content/content-check.ts';
import { readArchive } from '../../src/lib/content/content-files.ts';
import { ROOT } from '../setup/sites.ts';

let real: { records: CheckedRecord[]; archive: Archive<CheckedRecord> } | undefined;

/** The records of `content/meetings/` in file order, and the archive made from them. */
export function getRealArchive(): { records: CheckedRecord[]; archive: Archive<CheckedRecord> } {
  real ??= {
    records: checkContent({ contentDir: join(ROOT, 'content'), root: ROOT }).records,
    archive: readArchive(join(ROOT, 'content'), ROOT),
  };
  return real;
}
