/**
 * Where the content lives. `content/` at the project root, unless the `CONTENT_DIR` environment variable names
 * another directory (the benchmark builds generated records this way; tests build fixtures).
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

/** Absolute path of the content directory. @param root the project root (default: the working directory). */
export function getContentDir(root: string = process.cwd()): string {
  const configured = process.env['CONTENT_DIR'];
  if (!configured) return resolve(root, 'content');
  return isAbsolute(configured) ? configured : resolve(root, configured);
}

/**
 * Astro's cache folder for a content directory: the default (`node_modules/.astro/`) for `content/`, and a folder of
 * its own for any other (`CONTENT_DIR`). Astro's content cache keeps an entry's file path as long as the entry's text
 * is unchanged, so a build of a copy of `content/` elsewhere would otherwise leave the next build of `content/`
 * pointing at the copy's files.
 * @param contentDir absolute path of the content directory (see `getContentDir`).
 * @returns a path relative to the root, or `undefined` for Astro's default.
 * @example getCacheDir('/tmp/copy/content', '/project') ⇒ './node_modules/.astro/content-3f2a…/'
 */
export function getCacheDir(contentDir: string, root: string = process.cwd()): string | undefined {
  if (resolve(contentDir) === resolve(root, 'content')) return undefined;
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return `./node_modules/.astro/content-${key}/`;
}
