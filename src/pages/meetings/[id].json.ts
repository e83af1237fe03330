/** `/meetings/<id>.json`: one record as data, the same object as its entry in `/data/meetings.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/meetings.ts';
import { toJson, toMeetingRecord } from '../../lib/open-data.ts';
import { getDataContext } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.meetings.map((meeting) => ({ params: { id: meeting.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const context = await getDataContext(site);
  const meeting = context.archive.byId.get(params.id ?? '')!;
  return new Response(toJson(toMeetingRecord(meeting, context)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
