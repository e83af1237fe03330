/**
 * Writes each record's own data files beside its page once the site is built: `/meetings/<id>.json` (its entry of
 * `/data/meetings.json`, unchanged), `/meetings/<id>.bib`, `/meetings/<id>.ris` and `/meetings/<id>.csl.json` (its citation).
 *
 * They are made from `/data/meetings.json` rather than as one Astro route each: three routes per record made a large
 * archive's build spend most of its time rendering routes (tens of thousands at 10,000 records), while reading one
 * JSON file and writing small files takes seconds. The content is the same either way, from the same functions.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBibtex, toCslJson, toRecordCsl, toRis } from '../lib/data/citation.ts';
import { toJson, type MeetingRecord } from '../lib/data/open-data.ts';

/** Writes the per-record files of a built site from its `data/meetings.json`; returns how many records. */
export function writeRecordFiles(outDir: string): number {
  const data = JSON.parse(readFileSync(join(outDir, 'data', 'meetings.json'), 'utf8')) as { meetings: MeetingRecord[] };
  const folder = join(outDir, 'meetings');
  mkdirSync(folder, { recursive: true });
  for (const record of data.meetings) {
    const item = toRecordCsl(record);
    writeFileSync(join(folder, `${record.id}.json`), toJson(record));
    writeFileSync(join(folder, `${record.id}.bib`), toBibtex(item));
    writeFileSync(join(folder, `${record.id}.ris`), toRis(item));
    writeFileSync(join(folder, `${record.id}.csl.json`), toCslJson(item));
  }
  return data.meetings.length;
}

/** The integration: runs `writeRecordFiles` in `astro:build:done`. */
export function recordFiles(): AstroIntegration {
  return {
    name: 'bali-process:record-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = writeRecordFiles(fileURLToPath(dir));
        logger.info(`Wrote the JSON, BibTeX, RIS and CSL-JSON files of ${count} records.`);
      },
    },
  };
}
