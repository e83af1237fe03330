/**
 * The content-layer loader of meeting records.
 *
 * Each `.mdx` record is read once: its frontmatter with the project's YAML reader (dates stay the text written, see
 * `readRecordSource`), validated by the collection schema (`parseData`), and its body rendered to HTML
 * (`renderRecordBody`) and stored with the entry. Pages then render the stored HTML; no record becomes a JavaScript
 * module, so the build does not grow with a bundle per record. Entries whose file has not changed since the last
 * build (same digest) are kept from Astro's content cache without being read again.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { getRecordId, listFiles } from './content-check.ts';
import { readRecordSource } from './frontmatter.ts';
import { renderRecordBody } from './record-html.ts';
import { getIndexOnlyTerms } from '../search/search-terms.ts';

/**
 * Part of every entry's digest: change it whenever `renderRecordBody` or the stored shape changes, so that records
 * cached by an earlier build are rendered again.
 */
export const RENDERER_VERSION = 'satteri-2';

/** Options of `meetingLoader`. */
export interface MeetingLoaderOptions {
  /** Absolute path of the folder of records (`content/meetings`). */
  directory: string;
}

/** Loads the records of `directory` (and its subfolders) into the `meetings` collection. */
export function meetingLoader(options: MeetingLoaderOptions): Loader {
  return {
    name: 'bali-process:meetings',
    load: async (context: LoaderContext) => {
      const { store, config } = context;
      const root = config.root.pathname;
      const idsByFile = new Map<string, string>();

      const loadFile = async (file: string): Promise<void> => {
        const text = readFileSync(file, 'utf8');
        const source = readRecordSource(text);
        const id = getRecordId(file, source.data);
        const previousId = idsByFile.get(file);
        if (previousId && previousId !== id) store.delete(previousId);
        idsByFile.set(file, id);
        const digest = context.generateDigest(`${RENDERER_VERSION}\n${text}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest) {
          // Astro registers an entry's images only when it is set: set cached entries with images again.
          if (existing.assetImports?.length) {
            store.delete(id);
            store.set(existing);
          }
          return;
        }
        if (!source.data) {
          throw new Error(`${relative(root, file)}: ${source.errors[0]?.message ?? 'the frontmatter could not be read'}.`);
        }
        const data = await context.parseData({ id, data: source.data, filePath: file });
        const rendered = renderRecordBody(source.body);
        const searchTerms = getIndexOnlyTerms(`${String(source.data['title'] ?? '')}\n${String(source.data['summary'] ?? '')}\n${rendered.text}`);
        const filePath = relative(root, file).split(sep).join('/');
        store.set({
          id,
          data,
          body: source.body,
          filePath,
          digest,
          rendered: {
            html: rendered.html,
            metadata: { headings: rendered.headings, imagePaths: rendered.imagePaths, searchTerms },
          },
          ...(rendered.imagePaths.length ? { assetImports: rendered.imagePaths } : {}),
        });
      };

      const files = listFiles(options.directory, '.mdx');
      const stale = new Set(store.keys());
      for (const file of files) {
        await loadFile(file);
        stale.delete(idsByFile.get(file)!);
      }
      for (const id of stale) store.delete(id);

      // In `astro dev`, reload a record when its file changes.
      context.watcher?.add(options.directory);
      context.watcher?.on('all', async (event, changed) => {
        if (!changed.startsWith(options.directory) || !changed.endsWith('.mdx')) return;
        if (event === 'unlink') {
          const id = idsByFile.get(changed);
          if (id) store.delete(id);
          idsByFile.delete(changed);
          return;
        }
        if (event === 'add' || event === 'change') {
          try {
            await loadFile(changed);
          } catch (error) {
            context.logger.error(String(error instanceof Error ? error.message : error));
          }
        }
      });
    },
  };
}
