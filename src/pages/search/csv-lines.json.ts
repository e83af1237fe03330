/**
 * `search/csv-lines.json`: the lines of `/data/meetings.csv` by record id (`CsvLines`), from which the search page
 * makes "Download these results" without a CSV library in the browser. Loaded only when a reader asks for a download.
 */
import { toCsvLines } from '../../lib/data/csv.ts';
import { toMeetingRecords } from '../../lib/data/open-data.ts';
import { dataRoute } from '../../lib/site/data-route.ts';
import { getDataContext } from '../../lib/site/site-data.ts';

export const GET = dataRoute(
  async ({ site }) =>
    new Response(JSON.stringify(toCsvLines(toMeetingRecords(await getDataContext(site)))), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }),
  'search',
);
