/**
 * Cache keys for the pages of dynamic routes, for Astro's incremental static builds (`experimental.incrementalBuild`
 * in astro.config.mjs): a page whose key, and whose code, are unchanged since the last build is copied from that
 * build instead of rendered again.
 *
 * The rule that keeps keys right: **a page's props hold everything it shows, and the page reads nothing else** (its
 * template works from its props, its params and the site's settings, never from the archive). Its key is the digest
 * of its props, so it changes exactly when what the page shows may have changed. `keyedPaths` makes the keys: every
 * `getStaticPaths` returns its pages through it, and a build test fails when a page of a dynamic route is rendered
 * again although nothing changed. To show less of a meeting than all of it, give the page a smaller view of it
 * (`toMeetingCard`, `toMeetingSummary`): its key then ignores what it does not show.
 *
 * What Astro checks itself, and keys need not hold: the code of the page and of everything it imports, the
 * site's address and base path and other settings of astro.config.mjs, and the lock file.
 */
import { createHash } from 'node:crypto';
import { getRepositorySettings } from './site.ts';

/** Encodings longer than this are replaced by their hash, and remembered for the object. */
const INLINE_LIMIT = 160;

const digests = new WeakMap<object, string>();
const open = new Set<object>();
/** Where in the props the encoder is, for messages. */
const trail: string[] = [];

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

function fail(problem: string): never {
  throw new TypeError(
    `A page's props must be plain data (objects, arrays, maps, sets, strings, numbers, dates): props.${trail.join('.')} ${problem}.`,
  );
}

function encode(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : `"${String(value)}"`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `${value}n`;
    case 'object':
      return value === null ? 'null' : encodeObject(value);
    default:
      return fail(`is a ${typeof value}`);
  }
}

function child(key: string, value: unknown): string {
  trail.push(key);
  const text = encode(value);
  trail.pop();
  return text;
}

function encodeObject(object: object): string {
  const known = digests.get(object);
  if (known) return known;
  if (open.has(object)) fail('refers back to an object that holds it');
  open.add(object);
  try {
    let text: string;
    if (Array.isArray(object)) {
      text = `[${object.map((item, index) => child(String(index), item)).join(',')}]`;
    } else if (object instanceof Map) {
      text = `Map{${[...object].map(([key, value]) => `${encode(key)}:${child(String(key), value)}`).join(',')}}`;
    } else if (object instanceof Set) {
      text = `Set[${[...object].map((item, index) => child(String(index), item)).join(',')}]`;
    } else if (object instanceof Date) {
      text = `Date(${object.getTime()})`;
    } else if (object instanceof URL) {
      text = `URL(${JSON.stringify(object.href)})`;
    } else {
      const prototype: unknown = Object.getPrototypeOf(object);
      if (prototype !== Object.prototype && prototype !== null) {
        fail(`is a ${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'class instance'}`);
      }
      const record = object as Record<string, unknown>;
      // A field set to undefined shows the same as a field left out.
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      text = `{${keys.map((key) => `${JSON.stringify(key)}:${child(key, record[key])}`).join(',')}}`;
    }
    if (text.length <= INLINE_LIMIT) return text;
    const digest = `#${hash(text)}`;
    // Objects are taken as unchanging once digested: the archive and Astro's entries are made once per build.
    digests.set(object, digest);
    return digest;
  } finally {
    open.delete(object);
  }
}

/**
 * A digest of data: the same for equal data (object keys in any order, a field set to `undefined` or left out), and
 * different when anything in it differs. An object met again in the same build is not read again.
 * @returns 43 characters (SHA-256, base64url).
 * @throws TypeError naming the place in the props of a function, a class instance or an object that holds itself.
 * @example digestOf({ title: 'Fifth Joint Period of Action', year: 2019 }) === digestOf({ year: 2019, title: 'Fifth Joint Period of Action' })
 */
export function digestOf(value: unknown): string {
  trail.length = 0;
  return hash(encode(value));
}

/**
 * What pages show from the environment, which Astro's own check of astro.config.mjs does not see: the repository
 * that "Edit this record" and "Help add this record" link to (`GITHUB_REPOSITORY`).
 */
export function getPageSettings(env: Record<string, string | undefined> = process.env): Record<string, unknown> {
  return { repository: getRepositorySettings(env) };
}

/** A page of a dynamic route: its params, and as props everything it shows. */
export interface StaticPage<Params, Props> {
  params: Params;
  props: Props;
}

/**
 * The pages of a dynamic route, each with its cache key: the digest of its params, its props and the page settings.
 * Every `getStaticPaths` returns its pages through it (see the module comment for the rule it relies on).
 * @example return keyedPaths(archive.topics.values().map((topic) => ({ params: { id: topic.id }, props: getTopicPage(archive, topic) })));
 */
export function keyedPaths<Params extends Record<string, string | number | undefined>, Props extends object>(
  pages: Iterable<StaticPage<Params, Props>>,
  env: Record<string, string | undefined> = process.env,
): Array<StaticPage<Params, Props> & { cacheKey: string }> {
  const settings = digestOf(getPageSettings(env));
  return [...pages].map((page) => ({ ...page, cacheKey: digestOf([settings, page.params, page.props]) }));
}
