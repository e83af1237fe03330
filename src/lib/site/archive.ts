/**
 * The one module that reads Astro's content collections: it loads every collection once, drops drafts, resolves
 * references and sorts (see `buildArchive`). Pages and endpoints ask it for the archive and never call
 * `getCollection` themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../archive/archive.ts';
import type { TextPlace } from '../domain/passages.ts';

/** A meeting entry as Astro gives it, kept on each meeting view for `render()`. */
export type MeetingEntry = CollectionEntry<'meetings'>;

let archive: Promise<Archive<MeetingEntry>> | undefined;

/** The archive, built once per build. */
export function getArchive(): Promise<Archive<MeetingEntry>> {
  archive ??= (async () => {
    const [meetings, bodies, topics, organizations, series] = await Promise.all([
      getCollection('meetings'),
      getCollection('bodies'),
      getCollection('topics'),
      getCollection('organizations'),
      getCollection('series'),
    ]);
    return buildArchive<MeetingEntry>({
      meetings: meetings.map((entry) => ({
        id: entry.id,
        filePath: entry.filePath ?? '',
        data: entry.data,
        entry,
        textPlaces: (entry.rendered?.metadata?.['textPlaces'] as TextPlace[] | undefined) ?? [],
      })),
      bodies,
      topics,
      organizations,
      series,
    });
  })();
  return archive;
}
