import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatRecordCitation } from '../../src/lib/data/citation.ts';
import { CSV_COLUMNS } from '../../src/lib/data/csv.ts';
import { DATA_FIELDS, type Dataset, type MeetingRecord, type PartyRecord } from '../../src/lib/data/open-data.ts';
import type { RecordFile } from '../../src/lib/content/reader.ts';
import { ARCHIVE_SITES, SITES, type SiteName } from '../setup/sites.ts';
import { exists, getSiteRecords, readPage } from './helpers.ts';

type CheckedRecord = RecordFile;

const ORIGIN = 'https://records.example.org';
const read = (site: SiteName, file: string) => readFileSync(join(SITES[site].dir, file), 'utf8');
const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'url',
});
const recordUrl = (id: string, base = '/') => `${ORIGIN}${base}meetings/${id}/`;

/** The day after a calendar day, computed here independently of the site's code. */
function dayAfter(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

const partyKey = (party: PartyRecord) => (party.type === 'country' ? party.code : party.id);
const sourceKey = (party: CheckedRecord['data']['participants'][number]) =>
  party.type === 'country' ? party.code : party.organization.id;

/** Asserts that a record's JSON says what its frontmatter says, field by field. */
function expectFrontmatterFacts(json: MeetingRecord, record: CheckedRecord): void {
  const { data } = record;
  expect(json.id).toBe(record.id);
  expect(json.title).toBe(data.title);
  expect(json.kind).toBe(data.kind);
  expect(json.body.id).toBe(data.body.id);
  expect(json.jointBodies.map((body) => body.id)).toEqual(data.jointBodies.map((body) => body.id));
  expect(json.series?.id ?? null).toBe(data.series?.id ?? null);
  expect(json.number).toBe(data.number ?? null);
  expect(json.numberNote).toBe(data.numberNote ?? null);
  expect([json.startDate, json.startDatePrecision]).toEqual([
    data.startDate?.iso ?? null,
    data.startDate?.precision ?? null,
  ]);
  expect([json.endDate, json.endDatePrecision]).toEqual([data.endDate?.iso ?? null, data.endDate?.precision ?? null]);
  expect(json.dateNote).toBe(data.dateNote ?? null);
  expect(json.location).toMatchObject({
    mode: data.location.mode,
    city: data.location.city ?? null,
    venue: data.location.venue ?? null,
    note: data.location.note ?? null,
  });
  expect(json.location.country?.code ?? null).toBe(data.location.country ?? null);
  for (const role of ['hosts', 'coChairs', 'participants', 'observers'] as const) {
    expect(json[role].map(partyKey), role).toEqual(data[role].map(sourceKey));
    expect(
      json[role].map((party) => party.representative),
      role,
    ).toEqual(data[role].map((party) => party.representative ?? null));
    expect(
      json[role].map((party) => party.note),
      role,
    ).toEqual(data[role].map((party) => party.note ?? null));
  }
  expect(json.topics.map((topic) => topic.id)).toEqual(data.topics.map((topic) => topic.id));
  expect(json.summary).toBe(data.summary);
  expect(json.figures).toEqual(
    data.figures.map((figure) => ({
      label: figure.label,
      value: figure.value,
      source: figure.source ?? null,
      note: figure.note ?? null,
    })),
  );
  expect(json.documents).toEqual(
    data.documents.map((document) => ({
      title: document.title,
      type: document.type,
      language: document.language,
      url: document.url ?? null,
      date: document.date?.iso ?? null,
    })),
  );
  expect(json.sources).toEqual(
    data.sources.map((source) => ({
      url: source.url,
      title: source.title ?? null,
      note: source.note ?? null,
      checked: source.checked?.iso ?? null,
      archived: source.archived ?? null,
    })),
  );
  expect(json.text).toBe(record.body.trim());
  expect(json.updated).toBe(data.updated.iso);
}

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const records = await getSiteRecords(site);
  const byId = new Map(records.map((record) => [record.id, record]));
  const dataset = JSON.parse(read(site, 'data/meetings.json')) as Dataset;

  describe('meetings.json', () => {
    it('holds every record once, with a version, a licence and a documented field list', () => {
      expect(dataset.recordCount).toBe(records.length);
      expect(dataset.meetings.map((meeting) => meeting.id).sort()).toEqual(records.map((record) => record.id).sort());
      expect(dataset.version).toBe(
        records
          .map((record) => record.data.updated.iso)
          .sort()
          .at(-1),
      );
      expect(dataset.licence).toEqual({
        name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
        spdx: 'CC-BY-4.0',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      });
      expect(dataset.fields.map((field) => field.name)).toEqual(DATA_FIELDS.map((field) => field.name));
      const topLevel = [...new Set(dataset.fields.map((field) => field.name.split(/[.[]/)[0]))];
      for (const meeting of dataset.meetings) expect(Object.keys(meeting)).toEqual(topLevel);
    });

    it('says for every record what its frontmatter says, with names resolved', () => {
      for (const meeting of dataset.meetings) expectFrontmatterFacts(meeting, byId.get(meeting.id)!);
      const fifth = dataset.meetings.find((meeting) => meeting.id === '2019-07-02-fifth-joint-period-of-action')!;
      expect(fifth.url).toBe(recordUrl(fifth.id));
      expect(fifth.participants.find((party) => partyKey(party) === 'VN')?.name).toBe('Viet Nam');
      expect(fifth.location.country).toEqual({ code: 'TH', name: 'Thailand' });
    });

    it('gives each record its own file, equal to its entry in meetings.json', () => {
      for (const meeting of dataset.meetings) {
        expect(JSON.parse(read(site, `meetings/${meeting.id}.json`))).toEqual(meeting);
      }
    });
  });

  describe('meetings.csv', () => {
    const raw = readFileSync(join(SITES[site].dir, 'data/meetings.csv'));
    const rows = parseCsv(raw, { bom: true, columns: true }) as Array<Record<string, string>>;

    it('is UTF-8 with a byte order mark, a header row and one row per record', () => {
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const header = raw.toString('utf8').slice(1).split('\r\n')[0]!;
      expect(header.split(',')).toEqual(CSV_COLUMNS.map((column) => column.header));
      expect(rows).toHaveLength(records.length);
      expect(rows.map((row) => row['id'])).toEqual(dataset.meetings.map((meeting) => meeting.id));
    });

    it('gives back every value of the JSON, through commas, quotes, line breaks and Thai text', () => {
      for (const [index, row] of rows.entries()) {
        const meeting = dataset.meetings[index]!;
        for (const column of CSV_COLUMNS) {
          const value = column.value(meeting);
          const text = value === null ? '' : String(value);
          const expected = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
          expect(row[column.header], `${meeting.id} ${column.header}`).toBe(expected);
        }
      }
      const thai = rows.find((row) => row['text']?.includes('กรุงเทพมหานคร'));
      expect(thai?.['text']).toContain('\n');
      expect(rows.some((row) => /[",]/.test(row['summary'] ?? ''))).toBe(true);
    });
  });

  describe('meetings.ics', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(site, 'meetings.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const dated = records.filter(
      (record) =>
        record.data.startDate?.precision === 'day' && (!record.data.endDate || record.data.endDate.precision === 'day'),
    );

    it('has one all-day event per meeting with known days, ending the day after its last day', () => {
      const leftOut = records.filter((record) => !dated.includes(record)).map((record) => record.id);
      expect(leftOut).toEqual(
        expect.arrayContaining([
          '2016-05-second-joint-period-of-action',
          'undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok',
        ]),
      );
      expect(events).toHaveLength(dated.length);
      for (const record of dated) {
        const event = events.find((candidate) => candidate.uid === `${record.id}@bali-process-meeting-records`);
        expect(event, record.id).toBeDefined();
        expect(event!.startDate.isDate).toBe(true);
        expect(event!.endDate.isDate).toBe(true);
        expect(event!.startDate.toString()).toBe(record.data.startDate!.iso);
        expect(event!.endDate.toString()).toBe(dayAfter((record.data.endDate ?? record.data.startDate)!.iso));
        expect(event!.summary).toBe(record.data.title);
        expect(event!.location).not.toBe('');
        expect(event!.component.getFirstPropertyValue('url')).toBe(recordUrl(record.id));
      }
    });

    it('names the meetings it leaves out on the data page', () => {
      const left = records.filter((record) => !dated.includes(record)).map((record) => record.data.title);
      const listed = [...readPage(site, 'data/index.html').querySelectorAll('#calendar ~ ul a')].map(
        (link) => link.textContent,
      );
      expect(listed).toEqual(expect.arrayContaining(left));
      expect(listed).toHaveLength(left.length);
    });
  });

  describe('feed.xml', () => {
    const rss = xml.parse(read(site, 'feed.xml')).rss as {
      channel: {
        title: string;
        item: Array<{
          title: string;
          link: string;
          pubDate: string;
          guid: { '#text': string; '@_isPermaLink': string };
        }>;
      };
    };

    it('is RSS 2.0 with the newest records and updates, each dated by its updated day', () => {
      expect(rss.channel.title).toBe('Bali Process Meeting Records');
      expect(rss.channel.item).toHaveLength(Math.min(records.length, 50));
      // The most recently updated records, newest update first; any record left out was updated no later than them.
      const days = rss.channel.item.map(
        (item) => byId.get(item.link.slice(`${ORIGIN}/meetings/`.length, -1))?.data.updated.iso ?? '',
      );
      expect(days).toEqual([...days].sort().reverse());
      const inFeed = new Set(rss.channel.item.map((item) => item.link));
      const leftOut = records.filter((record) => !inFeed.has(`${ORIGIN}/meetings/${record.id}/`));
      for (const record of leftOut) expect(record.data.updated.iso <= days.at(-1)!, record.id).toBe(true);
      for (const item of rss.channel.item) {
        const id = item.link.slice(`${ORIGIN}/meetings/`.length, -1);
        const record = byId.get(id);
        expect(record, item.link).toBeDefined();
        expect(item.title).toBe(record!.data.title);
        expect(item.pubDate).toBe(new Date(`${record!.data.updated.iso}T00:00:00Z`).toUTCString());
        expect(item.guid).toEqual({
          '#text': `${item.link}#updated-${record!.data.updated.iso}`,
          '@_isPermaLink': 'false',
        });
      }
    });
  });

  describe('record pages', () => {
    const meta = (page: Document, key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

    it('carry a schema.org Event in JSON-LD with the required properties', () => {
      for (const meeting of dataset.meetings) {
        const page = readPage(site, `meetings/${meeting.id}/index.html`);
        const scripts = page.querySelectorAll('script[type="application/ld+json"]');
        expect(scripts).toHaveLength(1);
        const event = JSON.parse(scripts[0]!.textContent ?? '') as Record<string, unknown>;
        expect(event).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: meeting.title,
          url: meeting.url,
        });
        if (meeting.startDate) {
          expect(event['startDate']).toBe(meeting.startDate);
          expect(event['endDate']).toBe(meeting.endDate ?? meeting.startDate);
        } else {
          expect(event['startDate']).toBeUndefined();
        }
        expect((event['organizer'] as Array<{ name: string }>).map((body) => body.name)).toEqual(
          [meeting.body, ...meeting.jointBodies].map((body) => body.name),
        );
        expect((event['about'] as Array<{ name: string }>).map((topic) => topic.name)).toEqual(
          meeting.topics.map((topic) => topic.label),
        );
        if (meeting.location.mode === 'in-person') {
          expect(event['eventAttendanceMode']).toBe('https://schema.org/OfflineEventAttendanceMode');
          expect(event['location']).toMatchObject({
            '@type': 'Place',
            address: { addressCountry: meeting.location.country?.code },
          });
        }
        if (meeting.location.mode === 'online') {
          expect(event['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
        }
      }
    });

    it('carry a canonical URL, Open Graph and Twitter card tags', () => {
      for (const meeting of dataset.meetings) {
        const page = readPage(site, `meetings/${meeting.id}/index.html`);
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(recordUrl(meeting.id));
        expect(meta(page, 'og:url')).toBe(recordUrl(meeting.id));
        expect(meta(page, 'og:title')).toBe(meeting.title);
        expect(meta(page, 'og:type')).toBe('article');
        expect(meta(page, 'og:description')).toContain(meeting.summary);
        expect(meta(page, 'article:modified_time')).toBe(meeting.updated);
        expect(meta(page, 'twitter:card')).toBe('summary');
        expect(meta(page, 'twitter:title')).toBe(meeting.title);
      }
    });

    it('offer the reference to copy first, then RIS, BibTeX and CSL-JSON to download, which parse back to the record', () => {
      for (const meeting of dataset.meetings) {
        const page = readPage(site, `meetings/${meeting.id}/index.html`);
        // The APA style sets quotation marks and apostrophes its own way (’ for ', “…” for '…'), so compare without them.
        const unquoted = (text: string) => text.replace(/['"‘’“”]/g, '');
        const block = page.querySelector('.bp-cite')!;
        const citation = block.querySelector('#cite-text')?.textContent ?? '';
        expect(unquoted(citation)).toContain(unquoted(meeting.title));
        expect(citation).toContain(meeting.url);
        // One copy button, for the reference; the files are behind a disclosure that starts closed.
        expect([...block.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Copy reference']);
        const disclosure = block.querySelector('details');
        expect(disclosure?.hasAttribute('open')).toBe(false);
        const links = [...block.querySelectorAll('a[download]')];
        expect(links.every((link) => disclosure?.contains(link))).toBe(true);
        expect(links.map((link) => link.getAttribute('href'))).toEqual([
          `/meetings/${meeting.id}.ris`,
          `/meetings/${meeting.id}.bib`,
          `/meetings/${meeting.id}.csl.json`,
        ]);
        const [fromBibtex] = new Cite(read(site, `meetings/${meeting.id}.bib`)).data as Array<Record<string, unknown>>;
        expect(fromBibtex).toMatchObject({ 'citation-key': `bpmr-${meeting.id}`, URL: meeting.url });
        const fromRis = parseRis(read(site, `meetings/${meeting.id}.ris`));
        expect(fromRis).toHaveLength(1);
        expect(fromRis[0]).toMatchObject({ type: 'webpage', id: `bpmr-${meeting.id}`, URL: meeting.url });
        expect(unquoted(String(fromRis[0]!.title))).toBe(unquoted(meeting.title));
        expect(fromRis[0]!.issued?.['date-parts']?.[0]?.map(Number)).toEqual(meeting.updated.split('-').map(Number));
        const [csl] = JSON.parse(read(site, `meetings/${meeting.id}.csl.json`)) as Array<Record<string, unknown>>;
        expect(csl).toMatchObject({
          id: `bpmr-${meeting.id}`,
          type: 'webpage',
          title: meeting.title,
          URL: meeting.url,
        });
        expect(csl?.['issued']).toEqual({ 'date-parts': [meeting.updated.split('-').map(Number)] });
      }
    });
  });

  describe('citations', () => {
    it('are written without citeproc exactly as citeproc writes them, for every record', () => {
      let written = 0;
      for (const meeting of dataset.meetings) {
        const [item] = JSON.parse(read(site, `meetings/${meeting.id}.csl.json`)) as Array<
          Parameters<typeof formatRecordCitation>[0]
        >;
        const direct = formatRecordCitation(item!);
        if (direct === undefined) continue;
        written += 1;
        const citeproc = (
          new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string
        ).trim();
        expect(direct, meeting.id).toBe(citeproc);
      }
      expect(written).toBeGreaterThan(dataset.meetings.length / 2);
    });
  });

  describe("the sitemap, dated by each record's update", () => {
    const urls = (site: SiteName) =>
      xml.parse(read(site, 'sitemap-0.xml')).urlset.url as Array<{ loc: string; lastmod?: string }>;

    it('gives every record page its updated day as lastmod, and other pages none', () => {
      const sitemap = read(site, 'sitemap-0.xml');
      for (const record of records) {
        expect(sitemap).toContain(`<loc>${recordUrl(record.id)}</loc><lastmod>${record.data.updated.iso}</lastmod>`);
      }
      const entries = urls(site);
      expect(entries.filter((entry) => entry.lastmod !== undefined)).toHaveLength(records.length);
      expect(entries.some((entry) => entry.loc.includes('404'))).toBe(false);
      expect(entries.map((entry) => entry.loc)).toContain(`${ORIGIN}/data/`);
    });

    it('does the same under a base path', async () => {
      const entries = urls('records');
      for (const record of await getSiteRecords('records')) {
        expect(entries.find((entry) => entry.loc === recordUrl(record.id, '/records/'))?.lastmod).toBe(
          record.data.updated.iso,
        );
      }
    });
  });

  describe('the data page and its links', () => {
    it('is linked from the home page and the footer of every page', () => {
      expect(readPage(site, 'index.html').querySelector('main a[href="/data/"]')).not.toBeNull();
      expect(readPage(site, 'about/index.html').querySelector('footer a[href="/data/"]')).not.toBeNull();
    });

    it('documents every field of the JSON and every column of the CSV in a table, in order, each with its meaning', () => {
      const page = readPage(site, 'data/index.html');
      const rowsOf = (section: string) =>
        [...page.querySelectorAll(`section[aria-labelledby="${section}"] table tbody tr`)].map((row) => [
          row.querySelector('th[scope="row"]')?.textContent,
          row.querySelector('td:last-child')?.textContent,
        ]);
      expect(rowsOf('fields')).toEqual(DATA_FIELDS.map((field) => [field.name, field.description]));
      expect(rowsOf('columns')).toEqual(CSV_COLUMNS.map((column) => [column.header, column.description]));
    });

    it('links every file it describes, and each exists', () => {
      const page = readPage(site, 'data/index.html');
      const targets = [...page.querySelectorAll('main a[href^="/"]')]
        .map((link) => link.getAttribute('href')!)
        .filter((target) => /\.(json|csv|xml|ics|bib|ris)$/.test(target));
      expect(targets).toEqual(
        expect.arrayContaining([
          '/data/meetings.json',
          '/data/meetings.csv',
          '/feed.xml',
          '/meetings.ics',
          '/data/dataset.bib',
          '/data/dataset.ris',
          '/data/dataset.csl.json',
        ]),
      );
      for (const target of targets) expect(exists(site, target.slice(1)), target).toBe(true);
    });

    it('writes every address under the base path in the data files of a sub-path build', () => {
      const sub = JSON.parse(read('records', 'data/meetings.json')) as Dataset;
      expect(sub.meetings.every((meeting) => meeting.url === recordUrl(meeting.id, '/records/'))).toBe(true);
      const feed = read('records', 'feed.xml');
      expect(feed).toContain(`<link>${ORIGIN}/records/meetings/`);
      expect(feed).not.toContain(`<link>${ORIGIN}/meetings/`);
      expect(read('records', 'meetings.ics')).toContain(`URL;VALUE=URI:${ORIGIN}/records/meetings/`);
      expect(read('records', 'data/meetings.csv')).not.toContain(`${ORIGIN}/meetings/`);
    });
  });
});
