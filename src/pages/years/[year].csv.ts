/** `/years/<yyyy>.csv`: the meetings of a year's page, newest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getYearMeetings, getYears } from '../../lib/archive/facets.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvResponse } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return getYears(archive).map((year) => ({ params: { year: String(year) }, props: { year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  return listCsvResponse(site, getYearMeetings(archive, (props as { year: number }).year));
};
