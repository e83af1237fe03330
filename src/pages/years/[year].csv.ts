/** `/years/<yyyy>.csv`: the meetings of a year's page, newest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getYearMeetings, getYears } from '../../lib/archive/facets.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvPaths, listCsvResponse, type ListCsvProps } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return listCsvPaths(
    import.meta.env.SITE,
    getYears(archive).map((year) => ({ params: { year: String(year) }, meetings: getYearMeetings(archive, year) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => listCsvResponse(props as ListCsvProps);
