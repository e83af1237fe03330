/** `search/thesaurus.json`: the names the search page expands queries with and answers them from (`Thesaurus`). */
import type { APIRoute } from 'astro';
import { buildThesaurus } from '../../lib/search/thesaurus.ts';
import { getArchive } from '../../lib/site/archive.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildThesaurus(await getArchive())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
