/**
 * The search files of each archive site, read from the built site and compared with what the records say: the
 * thesaurus and its sourced labels in other languages, the index's word list, the CSV lines for downloads, and only
 * the Pagefind files the search page uses.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CsvLines } from '../../src/lib/data/csv.ts';
import { getWords, toSearchDocument } from '../../src/lib/search/search-document.ts';
import type { Thesaurus } from '../../src/lib/search/thesaurus.ts';
import { parseHTML } from 'linkedom';
import { ARCHIVE_SITES, SITES } from '../setup/sites.ts';
import { getSiteArchive, readPage, readSiteFile } from './helpers.ts';

describe.each(ARCHIVE_SITES)('the search files of the %s site', async (site) => {
  const archive = await getSiteArchive(site);
  const thesaurus = JSON.parse(readSiteFile(site, 'search/thesaurus.json')) as Thesaurus;

  it('name every topic with its labels in other languages, and each label cites its source on the topic page', () => {
    const topics = thesaurus.entries.filter((entry) => entry.type === 'topic');
    expect(topics.map((entry) => entry.id).sort()).toEqual([...archive.topics.keys()].sort());
    let labels = 0;
    for (const topic of archive.topics.values()) {
      const entry = topics.find((candidate) => candidate.id === topic.id)!;
      expect(entry.translations).toEqual(topic.translations.map(({ language, label }) => ({ language, label })));
      const page = readPage(site, `topics/${topic.id}/index.html`);
      for (const translation of topic.translations) {
        labels += 1;
        const shown = [...page.querySelectorAll(`[lang="${translation.language}"]`)].find(
          (element) => element.textContent === translation.label,
        );
        expect(shown, `${topic.id}: ${translation.label}`).toBeDefined();
        const source = shown!.parentElement!.querySelector('a');
        expect(source?.getAttribute('href')).toBe(translation.source);
        expect(source?.getAttribute('href')).toMatch(/^https:\/\//);
        expect(source?.textContent).toBe(translation.sourceTitle);
      }
    }
    expect(labels).toBeGreaterThan(0);
  });

  it('give every country the records name with its page and its count of meetings', () => {
    const codes = new Set(archive.meetings.flatMap((meeting) => [...meeting.countryRoles.keys()]));
    const countries = thesaurus.entries.filter((entry) => entry.type === 'country');
    expect(countries.map((entry) => entry.id).sort()).toEqual([...codes].sort());
    for (const entry of countries) {
      const count = archive.meetings.filter((meeting) => meeting.countryRoles.has(entry.id)).length;
      expect(entry.count, entry.id).toBe(count);
      expect(entry.path).toBe(`/countries/${entry.id.toLowerCase()}/`);
    }
    const years = archive.meetings.flatMap((meeting) => (meeting.year === undefined ? [] : [meeting.year]));
    expect(thesaurus.years).toEqual({ first: Math.min(...years), last: Math.max(...years) });
  });

  it('list the index’s words, most frequent first, with the words of every record title', () => {
    const words = JSON.parse(readSiteFile(site, 'search/words.json')) as string[];
    expect(new Set(words).size).toBe(words.length);
    const known = new Set(words);
    for (const meeting of archive.meetings) {
      for (const word of getWords(meeting.title)) expect(known.has(word), `${word} of ${meeting.id}`).toBe(true);
    }
  });

  it('hold the lines of /data/meetings.csv by record, which make the whole file again in order', () => {
    const lines = JSON.parse(readSiteFile(site, 'search/csv-lines.json')) as CsvLines;
    const csv = readSiteFile(site, 'data/meetings.csv');
    expect(Object.keys(lines.rows).sort()).toEqual(archive.meetings.map((meeting) => meeting.id).sort());
    expect(lines.head + archive.meetings.map((meeting) => lines.rows[meeting.id]).join('')).toBe(csv);
  });

  it('give every record ISO date sort keys, undated records last in both orders, and one element per topic', () => {
    for (const meeting of archive.meetings) {
      const { document } = parseHTML(toSearchDocument(meeting, '').html);
      const keys = Object.fromEntries(
        [...document.querySelectorAll('[data-pagefind-sort]')].map((element) =>
          element.getAttribute('data-pagefind-sort')!.split(':'),
        ),
      );
      const start = meeting.data.startDate;
      const first = start
        ? { day: start.iso, month: `${start.iso}-01`, year: `${start.iso}-01-01` }[start.precision]
        : undefined;
      expect(keys, meeting.id).toEqual(
        first ? { newest: first, oldest: first } : { newest: '0000-00-00', oldest: '9999-12-31' },
      );
      const topics = [...document.querySelectorAll('[data-pagefind-filter^="topic:"]')];
      expect(topics.map((element) => element.getAttribute('data-pagefind-filter'))).toEqual(
        meeting.topics.map((topic) => `topic:${topic.label}`),
      );
    }
  });

  it('ship only the Pagefind files the search page uses', () => {
    const files = readdirSync(join(SITES[site].dir, 'pagefind'));
    expect(files.filter((file) => /\.(?:js|css)$/.test(file)).sort()).toEqual(['pagefind-highlight.js', 'pagefind.js']);
  });
});
