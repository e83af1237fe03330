/** `/bodies/<id>.csv`: the meetings of a body's page, newest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBodyMeetings } from '../../lib/archive/facets.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvPaths, listCsvResponse, type ListCsvProps } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return listCsvPaths(
    import.meta.env.SITE,
    [...archive.bodies.keys()].map((id) => ({ params: { id }, meetings: getBodyMeetings(archive, id) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => listCsvResponse(props as ListCsvProps);
