/** `/data/dataset.ris`: the RIS entry for citing the whole dataset at its current version, for EndNote and Zotero. */
import { toDatasetCsl, toRis } from '../../lib/data/citation.ts';
import { getDataVersion } from '../../lib/data/open-data.ts';
import { dataRoute } from '../../lib/site/data-route.ts';
import { getDataContext } from '../../lib/site/site-data.ts';

export const GET = dataRoute(async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return new Response(toRis(toDatasetCsl(getDataVersion(archive), siteBase)), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
});
