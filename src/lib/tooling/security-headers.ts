/**
 * The site's HTTP headers, kept in one file: `public/_headers`, in the format Netlify and Cloudflare Pages read (a
 * path pattern on its own line, then indented `Name: value` lines). Astro copies it to `dist/_headers`; the local
 * server and the browser tests read it from there and send the same headers, so what is tested is what hosts send.
 * Parsing is Netlify's own parser (`@netlify/headers-parser`); matching follows its rules (`*` matches the rest of a
 * path, `:name` one segment).
 */
import { existsSync } from 'node:fs';
import { parseAllHeaders } from '@netlify/headers-parser';

/** One rule of a `_headers` file: the path pattern, as written and as a regular expression, and its headers. */
export interface HeaderRule {
  /** The path pattern as written, e.g. `/*`. */
  for: string;
  /** The pattern as Netlify matches it against a request path. */
  forRegExp: RegExp;
  /** Header names as written, with their values. */
  values: Readonly<Record<string, string>>;
}

/**
 * Reads and parses a `_headers` file.
 * @param file path of the file, e.g. `public/_headers` or `dist/_headers`.
 * @returns its rules in file order.
 * @throws Error when the file is missing, a line cannot be parsed (Netlify's message, with the line), or the file
 *   has no rule at all (a host would then send no security headers, so this is never silently accepted).
 */
export async function readHeaderRules(file: string): Promise<HeaderRule[]> {
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing. It holds the site's security headers, e.g. "/*" then "  X-Content-Type-Options: nosniff".`,
    );
  }
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length > 0) {
    throw new Error(`${file} could not be read as a _headers file: ${errors.map((error) => error.message).join('; ')}`);
  }
  const rules = headers.flatMap((header) => ('forRegExp' in header ? [header] : []));
  if (rules.length === 0) {
    throw new Error(
      `${file} has no headers. Write a path line such as "/*", then indented lines such as "  X-Content-Type-Options: nosniff".`,
    );
  }
  return rules;
}

/**
 * The headers a host sends for a request path: those of every rule whose pattern matches, in file order; a header
 * named by two matching rules gets both values, joined with ", " (as Netlify does).
 * @param pathname the path of the request as the host sees it, base path included, e.g. `/records/search/`.
 * @example getHeadersForPath([{ for: '/*', … values: { 'X-Content-Type-Options': 'nosniff' } }], '/about/')
 *   ⇒ { 'X-Content-Type-Options': 'nosniff' }
 */
export function getHeadersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.forRegExp.test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}
