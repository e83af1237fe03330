/**
 * `/feed.xml`: an RSS 2.0 feed of new and substantively updated records, written by @astrojs/rss.
 *
 * An item's date is the record's `updated` day (midnight UTC, written by `Date#toUTCString`, so the same in every
 * time zone), and its GUID carries that day: when a record is substantively updated it comes back to the top of the
 * feed as a new item, which is what subscribers want to hear about. Nothing depends on the time of the build.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { MeetingView } from '../archive/archive.ts';
import { compareNewestFirst } from '../archive/order.ts';
import { toUtcDate } from '../domain/calendar-date.ts';
import { recordUrl, siteUrl } from './open-data.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/site.ts';

/** How many items the feed carries: the most recently updated records. */
export const FEED_SIZE = 50;

/**
 * The GUID of a record's item: its address and the day it was last updated.
 * (Both are plain ASCII with no `&` or `<`: ids are lowercase words and BASE_PATH allows only path characters.)
 * @example getFeedGuid('https://example.org/meetings/a/', '2026-11-29') ⇒ 'https://example.org/meetings/a/#updated-2026-11-29'
 */
export const getFeedGuid = (url: string, updated: string) => `${url}#updated-${updated}`;

/** Most recently updated first; records updated the same day, newest meeting first. */
export function compareByUpdate(a: MeetingView, b: MeetingView): number {
  if (a.updated !== b.updated) return a.updated < b.updated ? 1 : -1;
  return compareNewestFirst(a, b);
}

/** The feed's items: the `FEED_SIZE` most recently updated records. */
export function getFeedItems(meetings: readonly MeetingView[], siteBase: URL): RSSFeedItem[] {
  return [...meetings]
    .sort(compareByUpdate)
    .slice(0, FEED_SIZE)
    .map((meeting) => {
      const link = recordUrl(meeting.id, siteBase);
      return {
        title: meeting.title,
        link,
        pubDate: toUtcDate({ iso: meeting.updated, precision: 'day' }),
        description: `${meeting.kindLabel}, ${meeting.dateText}, ${meeting.location.text}. ${meeting.summary}`,
        categories: [meeting.kindLabel, ...meeting.topics.map((topic) => topic.label)],
        customData: `<guid isPermaLink="false">${getFeedGuid(link, meeting.updated)}</guid>`,
      };
    });
}

/** Everything @astrojs/rss needs for `/feed.xml`. */
export function getFeedOptions(meetings: readonly MeetingView[], siteBase: URL, version: string): RSSOptions {
  const self = siteUrl('feed.xml', siteBase);
  return {
    title: SITE_NAME,
    description: `New and updated records. ${SITE_DESCRIPTION}`,
    site: siteBase.href,
    items: getFeedItems(meetings, siteBase),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>en</language>',
      `<lastBuildDate>${toUtcDate({ iso: version, precision: 'day' }).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  };
}
