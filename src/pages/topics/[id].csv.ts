/** `/topics/<id>.csv`: the meetings of a topic's page, oldest first, as CSV (see `lib/site/list-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopicTimeline } from '../../lib/archive/topic-timeline.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { listCsvResponse } from '../../lib/site/list-csv.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...archive.topics.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const { entries } = getTopicTimeline(archive, params.id!);
  return listCsvResponse(
    site,
    entries.map(({ meeting }) => meeting),
  );
};
