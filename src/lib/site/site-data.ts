/**
 * The serialisers' context inside Astro: the archive from the content collections, the site's address (`SITE_URL`
 * and `BASE_PATH`), each record's text from its collection entry and its history from the repository. Data endpoints and the record page call it.
 */
import { join } from 'node:path';
import { getContentDir } from '../content/content-dir.ts';
import { getFileChanges, getHistory } from '../content/history.ts';
import { getBase } from './paths.ts';
import { getArchive, type MeetingEntry } from './archive.ts';
import type { DataContext } from '../data/open-data.ts';

/**
 * The context for the data files, feeds and citations.
 * @param site Astro's `site` (from `Astro.site` or the endpoint context), the origin the site is served from.
 * @throws Error when `site` is not set (astro.config.mjs always sets it from SITE_URL).
 */
export async function getDataContext(site: URL | undefined): Promise<DataContext<MeetingEntry>> {
  if (!site) throw new Error('The site address is not set: astro.config.mjs sets it from SITE_URL.');
  const history = getHistory(join(getContentDir(), 'meetings'));
  return {
    archive: await getArchive(),
    siteBase: new URL(getBase(), site),
    getText: (meeting) => meeting.entry.body ?? '',
    getHistory: (meeting) => getFileChanges(history, meeting.filePath),
    historyStatus: history.status,
  };
}
