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

/** Oldest first (series order); undated records last. */
export function compareOldestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) {
    if (a.sortDate === '') return 1;
    if (b.sortDate === '') return -1;
    return a.sortDate < b.sortDate ? -1 : 1;
  }
  return a.id.localeCompare(b.id, 'en');
}
