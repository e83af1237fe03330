/** `/data/known-meetings.csv`: the known meetings of each series that the archive has no record of yet. */
import { toKnownMeetingsCsv } from '../../lib/data/csv.ts';
import { toKnownMeetingRecords } from '../../lib/data/open-data.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { dataRoute } from '../../lib/site/data-route.ts';

export const GET = dataRoute(async () => {
  const records = toKnownMeetingRecords(await getArchive());
  return new Response(toKnownMeetingsCsv(records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
});
