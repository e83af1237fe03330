/** `/meetings/<id>.bib`: the BibTeX entry for citing one record, linked from "Cite this record". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex, toRecordCsl } from '../../lib/citation.ts';
import { getArchive } from '../../lib/meetings.ts';
import { getDataContext } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.meetings.map((meeting) => ({ params: { id: meeting.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { archive, siteBase } = await getDataContext(site);
  const meeting = archive.byId.get(params.id ?? '')!;
  return new Response(toBibtex(toRecordCsl(meeting, siteBase)), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
};
