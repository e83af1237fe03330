/** `/data/meetings.json`: every published record as data, with the dataset's version, licence and field list. */
import { toDataset, toJson } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';
import { dataRoute } from '../../lib/site/data-route.ts';

export const GET = dataRoute(async ({ site }) => {
  const context = await getDataContext(site);
  return new Response(toJson(toDataset(context)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
});
