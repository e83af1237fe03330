/**
 * Where the content lives. `content/` at the project root, unless the `CONTENT_DIR` environment variable names
 * another directory (the benchmark builds generated records this way; tests build fixtures).
 */
import { isAbsolute, resolve } from 'node:path';

/** Absolute path of the content directory. @param root the project root (default: the working directory). */
export function getContentDir(root: string = process.cwd()): string {
  const configured = process.env['CONTENT_DIR'];
  if (!configured) return resolve(root, 'content');
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
