/**
 * `<lastmod>` in the sitemap: each record page gets its record's `updated` day, written as the day itself
 * (`<lastmod>2026-01-15</lastmod>`), not as a midnight timestamp.
 *
 * `astro:content` is not available in astro.config.mjs, so the records come from the one reading of the content
 * (`getContentReading`), which the content check made before the build: the same reading, not a second one. Pages
 * that are not records get no `<lastmod>`: nothing records when they changed.
 */
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getContentDir } from '../lib/content/content-dir.ts';
import { getContentReading } from '../lib/content/reader.ts';

/** Where the site lives and where the project is, as astro.config.mjs knows them. */
export interface LastmodOptions {
  /** Absolute path of the project. */
  root: string;
  /** Origin, e.g. `https://example.org`. */
  site: string;
  /** Base path, starting and ending with `/`. */
  base: string;
}

/**
 * The `updated` day of every record, by the address of its page.
 * @example (await getRecordLastmods({ root, site: 'https://example.org', base: '/' })).get('https://example.org/meetings/2019-07-02-fifth-joint-period-of-action/') ⇒ '2026-11-29'
 */
export async function getRecordLastmods(options: LastmodOptions): Promise<Map<string, string>> {
  const { records } = await getContentReading({ contentDir: getContentDir(options.root), root: options.root });
  const siteBase = new URL(options.base, options.site);
  return new Map(records.map((record) => [new URL(`meetings/${record.id}/`, siteBase).href, record.data.updated.iso]));
}

/** The sitemap's `serialize` option: adds `lastmod` to each record page. */
export function serializeWithLastmod(options: LastmodOptions): (item: SitemapItem) => Promise<SitemapItem> {
  let lastmods: Promise<Map<string, string>> | undefined;
  return async (item) => {
    lastmods ??= getRecordLastmods(options);
    const updated = (await lastmods).get(item.url);
    return updated ? { ...item, lastmod: updated } : item;
  };
}

/** A `<lastmod>` written by the sitemap library for a day: midnight UTC with milliseconds. */
const MIDNIGHT_LASTMOD = /<lastmod>(\d{4}-\d{2}-\d{2})T00:00:00\.000Z<\/lastmod>/g;

/**
 * After @astrojs/sitemap has written its files (list this integration after it), writes each `<lastmod>` that it
 * turned into midnight UTC back as the day it came from: every lastmod here is a calendar day, and a time would claim
 * a precision the records do not have.
 */
export function sitemapDays(): AstroIntegration {
  return {
    name: 'bali-process:sitemap-days',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        let count = 0;
        for (const file of readdirSync(folder).filter((name) => /^sitemap-.*\.xml$/.test(name))) {
          const path = join(folder, file);
          const xml = readFileSync(path, 'utf8');
          const days = xml.replace(MIDNIGHT_LASTMOD, (_match, day: string) => {
            count += 1;
            return `<lastmod>${day}</lastmod>`;
          });
          if (days !== xml) writeFileSync(path, days);
        }
        logger.info(`${count} sitemap dates written as days.`);
      },
    },
  };
}
