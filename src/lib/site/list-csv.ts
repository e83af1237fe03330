/**
 * The CSV file of a page's list (a topic, country, body, organisation or year): the meetings the page lists, in its
 * order, written by the one CSV writer with the columns of `/data/meetings.csv` (`lib/data/csv.ts`). Each file is a
 * path of its route with its records as props and their digest as cache key (`lib/site/page-key.ts`), so a rebuild
 * writes again only the lists whose records changed.
 */
import type { MeetingView } from '../archive/archive.ts';
import { toCsv } from '../data/csv.ts';
import { toListRecords, type MeetingRecord } from '../data/open-data.ts';
import type { MeetingEntry } from './archive.ts';
import { keyedPaths } from './page-key.ts';
import { getDataContext } from './site-data.ts';

/** What a list's CSV file holds: its meetings as data, in the list's order. */
export interface ListCsvProps {
  records: MeetingRecord[];
}

/**
 * The paths of a list CSV route, each with its records as props and its cache key.
 * @param site the origin the site is served from (`import.meta.env.SITE`, which astro.config.mjs sets).
 * @param lists each file's params and the meetings of its page's list, in its order.
 * @example return listCsvPaths(import.meta.env.SITE, years.map((year) => ({ params: { year: String(year) }, meetings: getYearMeetings(archive, year) })));
 */
export async function listCsvPaths<Params extends Record<string, string>>(
  site: string | undefined,
  lists: Iterable<{ params: Params; meetings: readonly MeetingView<MeetingEntry>[] }>,
) {
  const context = await getDataContext(site === undefined ? undefined : new URL(site));
  return keyedPaths(
    context.archive,
    [...lists].map(({ params, meetings }) => ({
      params,
      props: { records: toListRecords(meetings, context) } satisfies ListCsvProps,
    })),
  );
}

/** The response of a list's CSV endpoint, from its props (`listCsvPaths`). */
export function listCsvResponse(props: ListCsvProps): Response {
  return new Response(toCsv(props.records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
