/** `/organizations/<id>.csv`: the meetings of an organisation's page, newest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrganizationMeetings } from '../../lib/archive/facets.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvPaths, listCsvResponse, type ListCsvProps } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return listCsvPaths(
    import.meta.env.SITE,
    [...archive.organizations.keys()].map((id) => ({
      params: { id },
      meetings: getOrganizationMeetings(archive, id).map(({ meeting }) => meeting),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => listCsvResponse(props as ListCsvProps);
