/** `/topics/<id>.csv`: the meetings of a topic's page, oldest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopicTimeline } from '../../lib/archive/topic-timeline.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvPaths, listCsvResponse, type ListCsvProps } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return listCsvPaths(
    import.meta.env.SITE,
    [...archive.topics.keys()].map((id) => ({
      params: { id },
      meetings: getTopicTimeline(archive, id).entries.map(({ meeting }) => meeting),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => listCsvResponse(props as ListCsvProps);
