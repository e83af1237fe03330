/** `/meetings.ics`: the meetings with known days as all-day events, for calendar apps (see `lib/icalendar.ts`). */
import { toICalendar } from '../lib/data/icalendar.ts';
import { getDataContext } from '../lib/site/site-data.ts';
import { dataRoute } from '../lib/site/data-route.ts';

export const GET = dataRoute(async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return new Response(toICalendar(archive.meetings, siteBase), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
});
