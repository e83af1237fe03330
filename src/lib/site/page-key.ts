/**
 * Cache keys for the pages of dynamic routes, for Astro's incremental static builds (`experimental.incrementalBuild`
 * in astro.config.mjs): a page whose key, and whose code, are unchanged since the last build is copied from that
 * build instead of rendered again.
 *
 * The rule that keeps keys right: **a page's props hold everything it shows, and the page reads nothing else** (its
 * template works from its props, its params and the site's settings, never from the archive). Its key is the digest
 * of its props, so it changes exactly when what the page shows may have changed. `keyedPaths` makes the keys: every
 * `getStaticPaths` returns its pages through it, and a build test fails when a page of a dynamic route is rendered
 * again although nothing changed, or when a rebuild differs from a build from scratch. A page's props are typed by its
 * view (`lib/archive/page-views.ts`), so `astro check` refuses a template that reads a field its view lacks. To show
 * less of a meeting than all of it, give the page a smaller view of it (`toMeetingCard`, `toMeetingSummary`): its key
 * then ignores what it does not show.
 *
 * What Astro checks itself, and keys need not hold: the code of the page and of everything it imports, the
 * site's address and base path and other settings of astro.config.mjs, and the lock file. What it does not check, and
 * `astro build --force` (or a deploy's new cache, see .github/workflows/deploy.yml) is for: a change to the code of
 * `src/middleware.ts` alone.
 */
import { createHash } from 'node:crypto';
import { getGlossary } from '../archive/glossary.ts';
import { getRepositorySettings } from './site.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Thrown by `asData` at a value that is not data; `digestOf` then finds where it is. */
class NotData extends Error {}

/** Tags for the values JSON has no form of, so that they digest unlike any plain value. */
const TAG = '\u0000';

/** JSON.stringify's replacer: maps, sets and addresses as tagged lists; refuses what is not data. */
function asData(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') throw new NotData();
    // JSON writes these as null.
    if (typeof value === 'number' && !Number.isFinite(value)) return `${TAG}${value}`;
    return value;
  }
  if (Array.isArray(value)) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return value;
  if (value instanceof Map) return [`${TAG}Map`, ...value];
  if (value instanceof Set) return [`${TAG}Set`, ...value];
  if (value instanceof URL) return `${TAG}URL ${value.href}`;
  throw new NotData();
}

/** Where in `value` the first thing that is not data is, and what it is, for the message (the slow way, once). */
function findNotData(value: unknown, path: string[] = [], open = new Set<object>()): string | undefined {
  const at = `props${path.map((key) => `.${key}`).join('')}`;
  if (typeof value === 'function' || typeof value === 'symbol') return `${at} is a ${typeof value}`;
  if (value === null || typeof value !== 'object') return undefined;
  if (open.has(value)) return `${at} refers back to an object that holds it`;
  const prototype: unknown = Object.getPrototypeOf(value);
  const plain = Array.isArray(value) || prototype === Object.prototype || prototype === null;
  if (!plain && !(value instanceof Map || value instanceof Set || value instanceof URL || value instanceof Date)) {
    return `${at} is a ${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'class instance'}`;
  }
  open.add(value);
  const entries: Array<[string, unknown]> =
    value instanceof Map
      ? [...value].map(([key, item]) => [String(key), item])
      : value instanceof Set
        ? [...value].map((item, index) => [String(index), item])
        : plain
          ? Object.entries(value)
          : [];
  for (const [key, item] of entries) {
    const problem = findNotData(item, [...path, key], open);
    if (problem) return problem;
  }
  open.delete(value);
  return undefined;
}

/**
 * A digest of data: the same for the same data made the same way, and different when anything in it differs. Made
 * from its JSON, with maps, sets and addresses written out; a field set to `undefined` counts as left out (a page
 * shows them alike). Object keys count in their order, which the code that made the object fixes: equal data made in
 * another order digests differently, so a page is rendered again, never kept when it should not be.
 * @returns 43 characters (SHA-256, base64url).
 * @throws TypeError naming the place in the props of a function, a class instance or an object that holds itself.
 * @example digestOf({ title: 'Fifth Joint Period of Action', year: 2019 }) ⇒ 'pP0c…' (43 characters)
 */
export function digestOf(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify([value], asData);
  } catch (error) {
    if (!(error instanceof NotData) && !(error instanceof TypeError)) throw error;
    const problem = findNotData(value) ?? (error as Error).message;
    throw new TypeError(
      `A page's props must be plain data (objects, arrays, maps, sets, strings, numbers, dates): ${problem}.`,
    );
  }
  return hash(json);
}

/**
 * What every page shows beyond its props, which Astro's own check of astro.config.mjs does not see: the repository
 * that "Edit this record" and "Help add this record" link to (`GITHUB_REPOSITORY`), and the glossary whose
 * abbreviations `src/middleware.ts` links at their first use on each page (`getGlossary`, made from the bodies,
 * organisations and topics).
 */
export function getPageSettings(
  archive: GlossaryArchive,
  env: Record<string, string | undefined> = process.env,
): Record<string, unknown> {
  return { repository: getRepositorySettings(env), glossary: getGlossary(archive) };
}

/** What `getPageSettings` reads of the archive. */
type GlossaryArchive = Parameters<typeof getGlossary>[0];

/** A page of a dynamic route: its params, and as props everything it shows. */
export interface StaticPage<Params, Props> {
  params: Params;
  props: Props;
}

/**
 * The pages of a dynamic route, each with its cache key: the digest of its params, its props and the page settings
 * (`getPageSettings`). Every `getStaticPaths` returns its pages through it (see the module comment for the rule it
 * relies on).
 * @example return keyedPaths(archive, [...archive.topics.values()].map((topic) => ({ params: { id: topic.id }, props: getTopicPage(archive, topic) })));
 */
export function keyedPaths<Params extends Record<string, string | number | undefined>, Props extends object>(
  archive: GlossaryArchive,
  pages: Iterable<StaticPage<Params, Props>>,
  env: Record<string, string | undefined> = process.env,
): Array<StaticPage<Params, Props> & { cacheKey: string }> {
  const settings = digestOf(getPageSettings(archive, env));
  return [...pages].map((page) => ({ ...page, cacheKey: digestOf([settings, page.params, page.props]) }));
}
