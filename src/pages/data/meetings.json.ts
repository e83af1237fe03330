/** `/data/meetings.json`: every published record as data, with the dataset's version, licence and field list. */
import type { APIRoute } from 'astro';
import { toDataset, toJson } from '../../lib/data/open-data.ts';
import { getDataContext } from '../../lib/site/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const context = await getDataContext(site);
  return new Response(toJson(toDataset(context)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
