/** `/meetings/<id>.csl.json`: the CSL-JSON item for citing one record (Zotero, Mendeley, pandoc), linked from "Cite this record". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCslJson, toRecordCsl } from '../../lib/citation.ts';
import { getArchive } from '../../lib/meetings.ts';
import { getDataContext } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.meetings.map((meeting) => ({ params: { id: meeting.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { archive, siteBase } = await getDataContext(site);
  const meeting = archive.byId.get(params.id ?? '')!;
  return new Response(toCslJson(toRecordCsl(meeting, siteBase)), {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
