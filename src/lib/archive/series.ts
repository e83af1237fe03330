/** A meeting's place in its series: what comes before and after it, recorded or not. */
import type { Archive, MeetingView, SeriesEntry, SeriesView } from './archive.ts';
import { describeCoverage, getSeriesCoverage } from './coverage.ts';

/**
 * The entries before and after a meeting in its series, in series order. Either may be a known meeting the archive
 * has no record of, so a page can say "4th Ministerial Conference, 2011: no record yet" instead of jumping past it.
 */
export function getSeriesNeighbours<Entry>(
  archive: Archive<Entry>,
  meeting: MeetingView<Entry>,
): { series?: SeriesView<Entry>; previous?: SeriesEntry<Entry>; next?: SeriesEntry<Entry> } {
  if (!meeting.seriesId) return {};
  const series = archive.series.get(meeting.seriesId);
  if (!series) return {};
  const index = series.entries.findIndex((entry) => entry.type === 'record' && entry.meeting === meeting);
  const previous = index > 0 ? series.entries[index - 1] : undefined;
  const next = series.entries[index + 1];
  return { series, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** A neighbour in a series as a record page shows it: a record by its title, or a known meeting it has no record of. */
export type PagerEntry =
  { type: 'record'; id: string; title: string } | { type: 'missing'; title: string; dateText: string };

/** A record's series as its page shows it: the series, how much of it the archive holds, and the meetings either side. */
export interface SeriesPlace {
  id: string;
  name: string;
  /** "12 of 17 known meetings recorded" (see `describeCoverage`). */
  coverage: string;
  previous?: PagerEntry;
  next?: PagerEntry;
}

function toPagerEntry(entry: SeriesEntry): PagerEntry {
  return entry.type === 'record'
    ? { type: 'record', id: entry.meeting.id, title: entry.meeting.title }
    : { type: 'missing', title: entry.known.title, dateText: entry.known.dateText };
}

/** A record's place in its series, or `undefined` when it belongs to none. */
export function getSeriesPlace<Entry>(archive: Archive<Entry>, meeting: MeetingView<Entry>): SeriesPlace | undefined {
  const { series, previous, next } = getSeriesNeighbours(archive, meeting);
  if (!series) return undefined;
  return {
    id: series.id,
    name: series.name,
    coverage: describeCoverage(getSeriesCoverage(series)),
    ...(previous ? { previous: toPagerEntry(previous) } : {}),
    ...(next ? { next: toPagerEntry(next) } : {}),
  };
}
