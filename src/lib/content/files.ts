/**
 * Listing the content folder: which files are records, entities and images, and which are refused before they are
 * read. Nothing is skipped without a word: a symbolic link (which could publish a file from outside `content/`, or
 * point at nothing) and a file in the records folder that is neither a record nor an image each get a problem.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';

/** The image formats a record may show, by file extension. Their content is checked too (`images.ts`). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

/** A path relative to the project root with forward slashes, as messages show it. */
export const toDisplayPath = (root: string, file: string) => relative(root, file).split(sep).join('/');

/** What a folder holds: its regular files by extension, and the problems of what it cannot hold. */
export interface FolderListing {
  /** Absolute paths of regular files, sorted. */
  files: string[];
  problems: Problem[];
}

const at = (file: string, message: string, field = 'file name'): Problem => ({
  file,
  position: { line: 1, column: 1 },
  field,
  message,
});

/**
 * The regular files below a folder (recursively, hidden files and folders left out), sorted, or none when the folder
 * does not exist. Symbolic links are refused, the folder's own included: a link can point outside the repository or at
 * nothing.
 */
export function listFolder(folder: string, root: string): FolderListing {
  const files: string[] = [];
  const problems: Problem[] = [];
  // The folder itself may be a link too (`content/meetings` pointing elsewhere): nothing in it is read.
  if (lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) {
    problems.push(
      at(
        toDisplayPath(root, folder),
        `is a symbolic link to a folder, which the archive does not follow (it could point outside content/ or at nothing). Replace it with the folder itself`,
        'folder',
      ),
    );
    return { files, problems };
  }
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return { files, problems };
  }
  for (const entry of entries.sort()) {
    if (entry.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
    const path = join(folder, entry);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) continue;
    if (stats.isSymbolicLink()) {
      problems.push(
        at(
          toDisplayPath(root, path),
          `is a symbolic link, which the archive does not follow (it could point outside content/ or at nothing). Replace it with the file itself, or delete it`,
        ),
      );
    } else if (stats.isFile()) {
      files.push(path);
    }
  }
  return { files, problems };
}

/**
 * Files in the records folder that are neither records (`.mdx`) nor images: they would be left out without a word,
 * so each is reported with the name it should have (a `.md` or `.MDX` file is most often a record misnamed).
 */
export function checkOtherFiles(files: readonly string[], root: string): Problem[] {
  return files
    .filter((file) => extname(file) !== '.mdx' && !IMAGE_EXTENSIONS.has(extname(file).toLowerCase()))
    .map((file) => {
      const name = basename(file);
      const stem = name.slice(0, name.length - extname(name).length);
      if (extname(name).toLowerCase() === '.svg') {
        return at(
          toDisplayPath(root, file),
          `"${name}" is an SVG file, which can run code, so the archive does not publish it. Save the image as PNG, JPEG or WebP beside the record, or delete the file`,
        );
      }
      return at(
        toDisplayPath(root, file),
        `"${name}" is not read, because only files ending in .mdx are records (and .jpg, .png, .webp, .avif or .gif images may sit beside them). If it is a record, rename it to ${stem}.mdx; otherwise move it out of content/meetings/`,
      );
    });
}
