/**
 * The content-layer loaders: they put the reading of `reader.ts` into Astro's collections, and render each record's
 * text through Astro's own Markdown pipeline (`renderMarkdown`, with the record-body policy registered in Astro's
 * Sätteri processor in astro.config.mjs), so Astro registers and optimises a record's images itself.
 *
 * Records are read and checked once per process by the reader; a record with a problem never reaches a collection
 * (the build has stopped on it already; `astro dev` shows the rest and logs the problem). An entry whose record,
 * and the versions of everything that renders it, are unchanged since the last build keeps its stored HTML. Either
 * way the HTML is kept for the search index (`rendered-text.ts`).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { findPackageJSON } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntityCollection } from '../../schemas/party.ts';
import { BODY_SCHEMA, RECORD_FEATURES } from './body-policy.ts';
import { TEXT_PLACES_RULE } from './text-places.ts';
import { forgetContentReadings, getContentReading, type ContentReading, type ReadOptions } from './reader.ts';
import { keepRenderedText } from './rendered-text.ts';
import { describeReading } from './report.ts';

/** The packages whose versions decide a record's HTML: Astro, its Sätteri processor, Sätteri and the sanitiser. */
const RENDERING_PACKAGES = ['astro', '@astrojs/markdown-satteri', 'satteri', 'hast-util-sanitize'];

/**
 * What a record's stored HTML depends on besides the record itself: the versions of the packages that render it and
 * the body policy and the rule of the text's places. It is part of every entry's digest, so an upgrade or a change of
 * policy renders records again instead of serving HTML cached by an older build.
 */
export function getRenderingKey(): string {
  const versions = RENDERING_PACKAGES.map((name) => {
    const file = findPackageJSON(name, import.meta.url);
    return `${name}@${file ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'missing'}`;
  });
  return JSON.stringify({ versions, features: RECORD_FEATURES, policy: BODY_SCHEMA, places: TEXT_PLACES_RULE }, (_key, value: unknown) =>
    value instanceof RegExp ? value.source : value,
  );
}

/** Where the loaders read from. */
export type LoaderOptions = Pick<ReadOptions, 'contentDir'>;

const readOptions = (options: LoaderOptions, context: LoaderContext): ReadOptions => ({
  contentDir: options.contentDir,
  root: fileURLToPath(context.config.root),
});

/**
 * In `astro dev`, reads the content again when a file under it changes, then runs `reload`. With `report`, says
 * what the new reading found: each problem in one line, as the build would (a record with a problem is left out of
 * the pages until it is fixed), or that every record is fine.
 */
function watchContent(
  options: LoaderOptions,
  context: LoaderContext,
  reload: () => Promise<void>,
  report = false,
): void {
  context.watcher?.add(options.contentDir);
  context.watcher?.on('all', async (_event, changed) => {
    if (!changed.startsWith(options.contentDir)) return;
    forgetContentReadings();
    try {
      await reload();
      if (!report) return;
      const { problems, notes } = describeReading(await getContentReading(readOptions(options, context)));
      for (const line of problems) context.logger.error(line);
      for (const line of notes) context.logger.info(line);
    } catch (error) {
      context.logger.error(error instanceof Error ? error.message : String(error));
    }
  });
}

/** Loads the records of the content folder into the `meetings` collection. */
export function meetingLoader(options: LoaderOptions): Loader {
  const renderingKey = getRenderingKey();
  let watching = false;
  const load = async (context: LoaderContext): Promise<void> => {
    const reading: ContentReading = await getContentReading(readOptions(options, context));
    const { store } = context;
    const stale = new Set(store.keys());
    for (const record of reading.records) {
      stale.delete(record.id);
      const digest = context.generateDigest(`${renderingKey}\n${record.text}\n${JSON.stringify(record.data)}`);
      // Astro registers an entry's images when the entry is stored: an entry with images is stored on every build
      // (it has no digest to match), so its images are always registered and always current.
      const stored = store.get(record.id);
      if (record.images.length === 0 && stored?.digest === digest && stored.rendered) {
        keepRenderedText(record.path, stored.rendered.html);
        continue;
      }
      const rendered = await context.renderMarkdown(record.body, { fileURL: pathToFileURL(record.path) });
      keepRenderedText(record.path, rendered.html);
      const imagePaths = (rendered.metadata?.imagePaths ?? []).filter((path) => record.images.includes(path));
      store.set({
        id: record.id,
        data: record.data,
        body: record.body,
        filePath: record.file,
        ...(record.images.length === 0 ? { digest } : {}),
        rendered: {
          html: rendered.html,
          metadata: { ...rendered.metadata, imagePaths, textPlaces: record.places },
        },
        ...(imagePaths.length > 0 ? { assetImports: imagePaths } : {}),
      });
    }
    for (const id of stale) store.delete(id);
    if (!watching && context.watcher) {
      watching = true;
      watchContent(options, context, () => load(context), true);
    }
  };
  return { name: 'bali-process:meetings', load };
}

/** Loads one entity collection (`bodies`, `topics`, `organizations` or `series`) from the same reading. */
export function entityLoader(collection: EntityCollection, options: LoaderOptions): Loader {
  let watching = false;
  const load = async (context: LoaderContext): Promise<void> => {
    const reading = await getContentReading(readOptions(options, context));
    const { store } = context;
    const stale = new Set(store.keys());
    for (const entity of reading.entities[collection]) {
      stale.delete(entity.id);
      const data = entity.data as Record<string, unknown>;
      store.set({ id: entity.id, data, filePath: entity.file, digest: context.generateDigest(data) });
    }
    for (const id of stale) store.delete(id);
    if (!watching && context.watcher) {
      watching = true;
      watchContent(options, context, () => load(context));
    }
  };
  return { name: `bali-process:${collection}`, load };
}
