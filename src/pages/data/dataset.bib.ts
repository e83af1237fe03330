/** `/data/dataset.bib`: the BibTeX entry for citing the whole dataset at its current version. */
import type { APIRoute } from 'astro';
import { toBibtex, toDatasetCsl } from '../../lib/data/citation.ts';
import { getDataVersion } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return new Response(toBibtex(toDatasetCsl(getDataVersion(archive), siteBase)), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
};
