/** `/countries/<code>.csv`: the meetings of a country's page, newest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCountryCodes, getCountryMeetings } from '../../lib/archive/facets.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvResponse } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return getCountryCodes(archive).map((code) => ({ params: { code: code.toLowerCase() }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  const entries = getCountryMeetings(archive, (props as { code: string }).code);
  return listCsvResponse(
    site,
    entries.map(({ meeting }) => meeting),
  );
};
