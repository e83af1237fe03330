/** `/data/dataset.bib`: the BibTeX entry for citing the whole dataset at its current version. */
import { toBibtex, toDatasetCsl } from '../../lib/data/citation.ts';
import { getDataVersion } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';
import { dataRoute } from '../../lib/site/data-route.ts';

export const GET = dataRoute(async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return new Response(toBibtex(toDatasetCsl(getDataVersion(archive), siteBase)), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
});
