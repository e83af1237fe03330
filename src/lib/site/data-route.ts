/**
 * The data routes (`/data/meetings.json`, `/feed.xml`, …): each renders among the pages, and its time counts in the
 * build's "data files" phase, not in page rendering (see `lib/tooling/build-phases.ts`).
 */
import type { APIContext, APIRoute } from 'astro';
import { timePhase } from '../tooling/build-phases.ts';

/**
 * A data route's `GET`, timed as a data file.
 * @example export const GET = dataRoute(async ({ site }) => new Response(await makeFile(site)));
 */
export function dataRoute(handler: (context: APIContext) => Promise<Response>): APIRoute {
  return (context) => timePhase('data', () => handler(context));
}
