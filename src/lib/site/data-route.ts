/**
 * The data routes (`/data/meetings.json`, `/feed.xml`, …, and the search page's `search/*.json`): each renders among
 * the pages, and its time counts in the build's "data files" phase (or the phase it names), not in page rendering
 * (see `lib/tooling/build-phases.ts`).
 */
import type { APIContext, APIRoute } from 'astro';
import { timePhase, type BuildPhase } from '../tooling/build-phases.ts';

/**
 * A data route's `GET`, timed as a data file, or in `phase`.
 * @example export const GET = dataRoute(async ({ site }) => new Response(await makeFile(site)));
 * @example export const GET = dataRoute(async () => new Response(thesaurusJson()), 'search');
 */
export function dataRoute(handler: (context: APIContext) => Promise<Response>, phase: BuildPhase = 'data'): APIRoute {
  return (context) => timePhase(phase, () => handler(context));
}
