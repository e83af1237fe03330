/** `/data/meetings.csv`: one row per published record, for spreadsheets (see `lib/data/csv.ts`). */
import { toCsv } from '../../lib/data/csv.ts';
import { toMeetingRecords } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';
import { dataRoute } from '../../lib/site/data-route.ts';

export const GET = dataRoute(async ({ site }) => {
  const context = await getDataContext(site);
  return new Response(toCsv(toMeetingRecords(context)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
});
