/**
 * The CSV file of a page's list (a topic, country, body, organisation or year): the meetings the page lists, in its
 * order, written by the one CSV writer with the columns of `/data/meetings.csv` (`lib/data/csv.ts`).
 */
import type { MeetingView } from '../archive/archive.ts';
import { toCsv } from '../data/csv.ts';
import { toListRecords } from '../data/open-data.ts';
import type { MeetingEntry } from './archive.ts';
import { getDataContext } from './site-data.ts';

/**
 * The response of a list's CSV endpoint.
 * @param site Astro's `site`, the origin the site is served from.
 * @param meetings the meetings of the page's list, in its order.
 */
export async function listCsvResponse(
  site: URL | undefined,
  meetings: readonly MeetingView<MeetingEntry>[],
): Promise<Response> {
  const context = await getDataContext(site);
  return new Response(toCsv(toListRecords(meetings, context)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
