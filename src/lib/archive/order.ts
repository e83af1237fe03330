/** The orders the archive lists meetings in. Undated meetings always come last: a gap is never the first thing read. */

/**
 * Newest first; among equal dates, by id; undated records after all dated ones.
 * @example ['2019-07-02', '', '2024-01-23'] sorts as ['2024-01-23', '2019-07-02', '']
 */
export function compareNewestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === '') return 1;
    if (b.sortDate === '') return -1;
    return a.sortDate < b.sortDate ? 1 : -1;
  }
  return a.id.localeCompare(b.id, 'en');
}

/** Oldest first; undated records last. */
export function compareOldestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === '') return 1;
    if (b.sortDate === '') return -1;
    return a.sortDate < b.sortDate ? -1 : 1;
  }
  return a.id.localeCompare(b.id, 'en');
}

/**
 * The order of a series: by `number`, the way the series counts its meetings, so that an undated third meeting sits
 * between the second and the fourth. A meeting the sources do not number takes its place by date among the
 * numbered ones (before the first numbered meeting that is later than it); an undated one without a number comes
 * last.
 * @example orderSeries([{ id: 'c', number: 3, sortDate: '' }, { id: 'a', number: 1, sortDate: '2015-09-28' }, { id: 'b', number: 2, sortDate: '2016-05' }]) ⇒ [a, b, c]
 */
export function orderSeries<T extends { id: string; sortDate: string; number?: number | undefined }>(
  meetings: readonly T[],
): T[] {
  const numbered = meetings.filter((meeting) => meeting.number !== undefined);
  numbered.sort((a, b) => a.number! - b.number! || compareOldestFirst(a, b));
  const unnumbered = meetings.filter((meeting) => meeting.number === undefined).sort(compareOldestFirst);
  const ordered = [...numbered];
  for (const meeting of unnumbered) {
    const later =
      meeting.sortDate === ''
        ? -1
        : ordered.findIndex((other) => other.sortDate !== '' && other.sortDate > meeting.sortDate);
    if (later === -1) ordered.push(meeting);
    else ordered.splice(later, 0, meeting);
  }
  return ordered;
}
