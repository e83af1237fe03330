/** `/countries/<code>.csv`: the meetings of a country's page, newest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCountryCodes, getCountryMeetings } from '../../lib/archive/facets.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvPaths, listCsvResponse, type ListCsvProps } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return listCsvPaths(
    import.meta.env.SITE,
    getCountryCodes(archive).map((code) => ({
      params: { code: code.toLowerCase() },
      meetings: getCountryMeetings(archive, code).map(({ meeting }) => meeting),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => listCsvResponse(props as ListCsvProps);
