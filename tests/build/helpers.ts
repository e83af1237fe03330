/** Reading the built sites in tests: pages as DOM documents, sitemap URLs, Pagefind's indexed URLs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { archiveFromReading } from '../../src/lib/archive/read-archive.ts';
import { getContentReading, type ContentReading } from '../../src/lib/content/reader.ts';
import { ROOT, SITES, type SiteName } from '../setup/sites.ts';

/** The record files of a site's content, by name: what the site must hold, whatever contributors add. */
export function listRecordFiles(site: SiteName): string[] {
  return readdirSync(join(SITES[site].contentDir, 'meetings')).filter((name) => name.endsWith('.mdx'));
}

/** The reading of a site's content by the one reader (once per test file). */
export function readSiteContent(site: SiteName): Promise<ContentReading> {
  return getContentReading({ contentDir: SITES[site].contentDir, root: ROOT });
}

/** The published records of a site's content, as the reader gives them. */
export async function getSiteRecords(site: SiteName) {
  return (await readSiteContent(site)).records;
}

/** The archive view of a site's content, made outside Astro as command-line tools make it. */
export async function getSiteArchive(site: SiteName) {
  return archiveFromReading(await readSiteContent(site));
}

/** Every HTML file of a built site, as paths relative to its folder with forward slashes. */
export function listHtmlFiles(site: SiteName): string[] {
  const dir = SITES[site].dir;
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * Pages parsed so far, by site and file. A worker's test files share this module, and the sites are built once per
 * run, so each page is parsed once per worker: most tests read every page of a site, and parsing is most of their
 * time.
 */
const parsedPages = new Map<string, Document>();

/** A built page as a DOM document, parsed on first use and shared: a test reads it and never changes it. */
export function readPage(site: SiteName, file: string): Document {
  const key = `${site}\0${file}`;
  let page = parsedPages.get(key);
  if (!page) {
    page = parseHTML(readFileSync(join(SITES[site].dir, file), 'utf8')).document as unknown as Document;
    parsedPages.set(key, page);
  }
  return page;
}

/** A built file's text. */
export function readSiteFile(site: SiteName, file: string): string {
  return readFileSync(join(SITES[site].dir, file), 'utf8');
}

/** Whether a built file exists. */
export function exists(site: SiteName, file: string): boolean {
  return existsSync(join(SITES[site].dir, file));
}

/** The `<loc>` URLs of every sitemap file of a built site. */
export function getSitemapUrls(site: SiteName): string[] {
  const dir = SITES[site].dir;
  return readdirSync(dir)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
    );
}

/** The URL of every page in Pagefind's index (read from its fragments). */
export function getIndexedUrls(site: SiteName): string[] {
  return readIndexedUrls(SITES[site].dir);
}

/** The URL of every page in the Pagefind index of a built site in any folder. */
export function readIndexedUrls(siteDir: string): string[] {
  const dir = join(siteDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
  });
}

/** Path of a file relative to the project root, for messages. */
export const fromRoot = (path: string) => relative(ROOT, path);
