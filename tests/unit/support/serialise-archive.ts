/**
 * Every data file the site writes, made from the real content outside Astro, as one JSON object on stdout when run
 * as a script. The time-zone test runs it under several `TZ` values and compares the outputs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRssString } from '@astrojs/rss';
import { formatCitation, toBibtex, toCslJson, toDatasetCsl, toRecordCsl } from '../../../src/lib/data/citation.ts';
import { readArchive } from '../../../src/lib/content/content-files.ts';
import { toCsv } from '../../../src/lib/data/csv.ts';
import { getFeedOptions } from '../../../src/lib/data/feed.ts';
import { toICalendar } from '../../../src/lib/data/icalendar.ts';
import { toEventJsonLd } from '../../../src/lib/data/json-ld.ts';
import { getDataVersion, toDataset, toJson, type DataContext } from '../../../src/lib/data/open-data.ts';
import type { CheckedRecord } from '../../../src/lib/content/content-check.ts';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The serialisers' context for the real content, at a fixed address. */
export function getRealDataContext(siteBase = new URL('https://records.example.org/')): DataContext<CheckedRecord> {
  return {
    archive: readArchive(join(ROOT, 'content'), ROOT),
    siteBase,
    getText: (meeting) => meeting.entry.body,
  };
}

/** Every file's text, by name. */
export async function serialiseArchive(): Promise<Record<string, string>> {
  const context = getRealDataContext();
  const { archive, siteBase } = context;
  const version = getDataVersion(archive);
  const dataset = toDataset(context);
  return {
    'meetings.json': toJson(dataset),
    'meetings.csv': toCsv(dataset.meetings),
    'meetings.ics': toICalendar(archive.meetings, siteBase),
    'feed.xml': await getRssString(getFeedOptions(archive.meetings, siteBase, version)),
    'records.bib': dataset.meetings.map((record) => toBibtex(toRecordCsl(record))).join('\n'),
    'records.csl.json': dataset.meetings.map((record) => toCslJson(toRecordCsl(record))).join(''),
    'citations.txt': dataset.meetings.map((record) => formatCitation(toRecordCsl(record))).join('\n'),
    'dataset.bib': toBibtex(toDatasetCsl(version, siteBase)),
    'json-ld.json': JSON.stringify(archive.meetings.map((meeting) => toEventJsonLd(meeting, siteBase))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await serialiseArchive()));
}
