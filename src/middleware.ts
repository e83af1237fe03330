/**
 * Every page, as it is rendered (at build time for this static site, and by `astro dev`): the first use of each
 * glossary abbreviation in its main content links to `/glossary/` with its expansion (`lib/site/glossary-links.ts`).
 * Data files, feeds and the glossary itself are left as they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary } from './lib/archive/glossary.ts';
import { getArchive } from './lib/site/archive.ts';
import { getGlossaryMatcher, linkFirstUses, type GlossaryMatcher } from './lib/site/glossary-links.ts';
import { href } from './lib/site/paths.ts';

let matcher: Promise<GlossaryMatcher> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const glossary = href('glossary/');
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/html') || context.url.pathname === glossary) return response;
  matcher ??= getArchive().then((archive) => getGlossaryMatcher(getGlossary(archive)));
  const html = linkFirstUses(await response.text(), await matcher, glossary);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
