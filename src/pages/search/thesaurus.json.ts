/** `search/thesaurus.json`: the names the search page expands queries with and answers them from (`Thesaurus`). */
import { buildThesaurus } from '../../lib/search/thesaurus.ts';
import { getArchive } from '../../lib/site/archive.ts';
import { dataRoute } from '../../lib/site/data-route.ts';

export const GET = dataRoute(
  async () =>
    new Response(JSON.stringify(buildThesaurus(await getArchive())), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }),
  'search',
);
