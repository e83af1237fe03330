/** `/data/dataset.csl.json`: the CSL-JSON item for citing the whole dataset at its current version. */
import { toCslJson, toDatasetCsl } from '../../lib/data/citation.ts';
import { getDataVersion } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';
import { dataRoute } from '../../lib/site/data-route.ts';

export const GET = dataRoute(async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return new Response(toCslJson(toDatasetCsl(getDataVersion(archive), siteBase)), {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
});
