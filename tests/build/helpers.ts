/** Reading the built sites in tests: pages as DOM documents, sitemap URLs, Pagefind's indexed URLs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { ROOT, SITES, type SiteName } from '../setup/sites.ts';

/** The record files in `content/meetings/`, by name: what the archive must hold, whatever contributors add. */
export function listRecordFiles(): string[] {
  return readdirSync(join(ROOT, 'content/meetings')).filter((name) => name.endsWith('.mdx'));
}

/** The records of the real content, as the check reads them. */
export function getRealRecords() {
  return checkContent({ contentDir: join(ROOT, 'content'), root: ROOT }).records;
}

/** Every HTML file of a built site, as paths relative to its folder with forward slashes. */
export function listHtmlFiles(site: SiteName): string[] {
  const dir = SITES[site].dir;
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** A built page as a DOM document. */
export function readPage(site: SiteName, file: string): Document {
  return parseHTML(readFileSync(join(SITES[site].dir, file), 'utf8')).document as unknown as Document;
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
