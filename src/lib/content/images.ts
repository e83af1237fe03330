/**
 * The image rule, shared by the content check and the renderer: an image in a record is a raster file (JPEG, PNG,
 * WebP, AVIF or GIF), recognised by its content and not only by its name, stored in the record's own folder or in the
 * archive's images folder (`content/images/`), and not a symbolic link. Anything else (an SVG, which can carry
 * scripts; a file from elsewhere in the repository; a file that is not an image) is refused with one sentence.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { IMAGE_EXTENSIONS } from './files.ts';

/** The MIME types of the raster formats a record may show. */
const RASTER_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']);

/** Where a record's images may be: its own folder, or `content/images/`. */
export interface ImagePlaces {
  /** Absolute path of the record file. */
  recordFile: string;
  /** Absolute path of the content folder. */
  contentDir: string;
}

/** The image rule's verdict: the file to use, or why the image is refused (a sentence ending in what to write). */
export type ImageVerdict = { ok: true; path: string } | { ok: false; reason: string };

const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !rel.includes(`${sep}..${sep}`);
};

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The first bytes of a file, enough for its type to be recognised. */
function readHead(path: string): Uint8Array {
  const buffer = new Uint8Array(4100);
  const handle = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(handle, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(handle);
  }
}

/**
 * Applies the image rule to an image address written in a record.
 * @param src the address as written, e.g. `./opening.jpg` or `../images/map.png`.
 * @param alt the image's description, for the example in messages.
 * @example await checkImage('./opening.jpg', 'Delegates', places) ⇒ { ok: true, path: '/…/content/meetings/opening.jpg' }
 */
export async function checkImage(src: string, alt: string, places: ImagePlaces): Promise<ImageVerdict> {
  const example = `![${alt.trim() || 'what it shows'}](./file.jpg)`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      ok: false,
      reason: `the image ${src} is on another site, which would tell that site who reads the record. Save the file beside the record and write ${example}`,
    };
  }
  if (src.startsWith('/')) {
    return {
      ok: false,
      reason: `the image ${src} starts with /, which breaks when the site is served under a sub-path. Save the file beside the record and write ${example}`,
    };
  }
  const recordFolder = dirname(places.recordFile);
  const path = resolve(recordFolder, safeDecode(src.split(/[?#]/)[0] ?? src));
  const imagesFolder = join(places.contentDir, 'images');
  if (!isInside(recordFolder, path) && !isInside(imagesFolder, path)) {
    return {
      ok: false,
      reason: `the image ${src} is outside the record's folder and content/images/, where a record's images must be. Save the file beside the record and write ${example}`,
    };
  }
  const extension = path.slice(path.lastIndexOf('.')).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(extension)) {
    return {
      ok: false,
      reason: `the image ${src} is not a JPEG, PNG, WebP, AVIF or GIF file${extension === '.svg' ? ' (an SVG file can run code)' : ''}. Save it in one of these formats and write ${example}`,
    };
  }
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) {
    return {
      ok: false,
      reason: `the image ${src} is not in the folder of the record. Save the file there, next to the .mdx file, or correct the name`,
    };
  }
  if (stats.isSymbolicLink() || !stats.isFile()) {
    return { ok: false, reason: `the image ${src} is a link or a folder, not a file. Save the image itself there` };
  }
  const type = await fileTypeFromBuffer(readHead(path));
  if (!type || !RASTER_TYPES.has(type.mime)) {
    return {
      ok: false,
      reason: `the file ${src} is not a JPEG, PNG, WebP, AVIF or GIF image inside (${type ? `it is ${type.mime}` : 'its content is not an image'}), whatever its name says. Save the image again in one of these formats`,
    };
  }
  return { ok: true, path };
}
