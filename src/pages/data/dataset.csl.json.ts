/** `/data/dataset.csl.json`: the CSL-JSON item for citing the whole dataset at its current version. */
import type { APIRoute } from 'astro';
import { toCslJson, toDatasetCsl } from '../../lib/data/citation.ts';
import { getDataVersion } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return new Response(toCslJson(toDatasetCsl(getDataVersion(archive), siteBase)), {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
