/** A meeting's place in its series: the meetings before and after it. */
import type { Archive, MeetingView, SeriesView } from './archive.ts';

/** The meetings before and after this one in its series (oldest first), when it is in one. */
export function getSeriesNeighbours<Entry>(
  archive: Archive<Entry>,
  meeting: MeetingView<Entry>,
): { series?: SeriesView<Entry>; previous?: MeetingView<Entry>; next?: MeetingView<Entry> } {
  if (!meeting.seriesId) return {};
  const series = archive.series.get(meeting.seriesId);
  if (!series) return {};
  const index = series.meetings.indexOf(meeting);
  const previous = index > 0 ? series.meetings[index - 1] : undefined;
  const next = series.meetings[index + 1];
  return { series, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
