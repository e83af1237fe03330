/**
 * How much of each series and body the archive holds: recorded against known meetings, the known meetings still
 * missing, and the years with no record at all. A known meeting is one a source shows took place: an entry of its
 * series file, or a record (a record is its own evidence).
 */
import type { Archive, KnownMeetingView, SeriesView } from './archive.ts';
import { getBodyMeetings } from './facets.ts';

/** Recorded against known, and what is missing. */
export interface Coverage {
  recorded: number;
  known: number;
  missing: KnownMeetingView[];
}

/** The coverage of a series. */
export function getSeriesCoverage(series: SeriesView): Coverage {
  return {
    recorded: series.meetings.length,
    known: series.meetings.length + series.missing.length,
    missing: series.missing,
  };
}

/** The series a body holds, in name order. */
export function getBodySeries<Entry>(archive: Archive<Entry>, bodyId: string): SeriesView<Entry>[] {
  return [...archive.series.values()]
    .filter((series) => series.bodyId === bodyId)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The coverage of a body: its records, and the known meetings of its series that have none. */
export function getBodyCoverage(archive: Archive, bodyId: string): Coverage {
  const recorded = getBodyMeetings(archive, bodyId).length;
  const missing = getBodySeries(archive, bodyId).flatMap((series) => series.missing);
  return { recorded, known: recorded + missing.length, missing };
}

/** The first year of the Bali Process: its first ministerial conference met in February 2002. */
export const FIRST_YEAR = 2002;

/**
 * The years from `FIRST_YEAR` to `lastYear` in which the archive holds no record.
 * @param lastYear the last year to look at: the year of the build.
 */
export function getYearsWithoutRecords(archive: Archive, lastYear: number): number[] {
  const years = new Set(archive.meetings.flatMap((meeting) => (meeting.year === undefined ? [] : [meeting.year])));
  return Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index).filter(
    (year) => !years.has(year),
  );
}

/** "12 of 17 meetings recorded", or "All 8 meetings recorded". */
export function describeCoverage(coverage: Coverage): string {
  if (coverage.known === 0) return 'No meetings known yet';
  if (coverage.recorded === coverage.known)
    return coverage.known === 1 ? 'Its one known meeting is recorded' : `All ${coverage.known} known meetings recorded`;
  return `${coverage.recorded} of ${coverage.known} known meetings recorded`;
}
