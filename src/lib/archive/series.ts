/** A meeting's place in its series: what comes before and after it, recorded or not. */
import type { Archive, MeetingView, SeriesEntry, SeriesView } from './archive.ts';

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
