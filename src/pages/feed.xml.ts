/** `/feed.xml`: RSS of new and substantively updated records (see `lib/feed.ts`). */
import rss from '@astrojs/rss';
import { getFeedOptions } from '../lib/data/feed.ts';
import { getDataVersion } from '../lib/data/open-data.ts';
import { getDataContext } from '../lib/site/site-data.ts';
import { dataRoute } from '../lib/site/data-route.ts';

export const GET = dataRoute(async ({ site }) => {
  const { archive, siteBase } = await getDataContext(site);
  return rss(getFeedOptions(archive.meetings, siteBase, getDataVersion(archive)));
});
