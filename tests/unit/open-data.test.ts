/** The data forms of a record (JSON, CSV, calendar, feed, citations, JSON-LD), on fixture meetings. */
import { Cite } from '@citation-js/core';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  formatRecordCitation,
  toBibtex,
  toDatasetCsl,
  toDateParts,
  toRecordCsl,
  toRis,
} from '../../src/lib/data/citation.ts';
import { CSV_COLUMNS, toCsv } from '../../src/lib/data/csv.ts';
import { compareByUpdate, FEED_SIZE, getFeedItems } from '../../src/lib/data/feed.ts';
import { getCalendarEntries, getCalendarExclusions, getNextDay, toICalendar } from '../../src/lib/data/icalendar.ts';
import { toEventJsonLd, toScriptJson } from '../../src/lib/data/json-ld.ts';
import {
  DATA_FIELDS,
  getDataVersion,
  toMeetingRecord,
  type DataContext,
  type MeetingRecord,
} from '../../src/lib/data/open-data.ts';
import { makeArchive, makeMeeting } from '../support/meetings.ts';

const archive = makeArchive([
  makeMeeting(
    {
      title: 'Fifth Joint Period of Action',
      kind: 'joint-period-of-action',
      body: 'working-group-disruption',
      series: 'joint-periods-of-action',
      number: 5,
      startDate: '2019-07-02',
      endDate: '2019-12-03',
      location: { city: 'Bangkok', country: 'TH' },
      coChairs: ['FJ', 'NZ'],
      participants: ['AU', 'BD', 'ID', 'MY', 'PH', 'LK', 'TH', 'US', 'VN'],
      observers: ['CA', 'rso', 'iom', 'unodc'],
      topics: ['people-smuggling', 'forced-marriage', 'labour-exploitation'],
      updated: '2026-11-29',
    },
    { id: '2019-07-02-fifth-joint-period-of-action', text: '## Context\n\nEleven countries took part.' },
  ),
  makeMeeting(
    {
      title: 'Second Joint Period of Action',
      kind: 'joint-period-of-action',
      body: 'working-group-disruption',
      series: 'joint-periods-of-action',
      number: 2,
      startDate: '2016-05',
      endDate: '2016-11',
      dateNote: 'The statement gives May to November 2016.',
      location: { mode: 'several-places' },
      updated: '2026-01-15',
    },
    { id: '2016-05-second-joint-period-of-action' },
  ),
  makeMeeting(
    {
      title: 'A meeting with no date',
      startDate: undefined,
      dateNote: 'No source gives a date.',
      updated: '2026-02-01',
    },
    { id: 'undated-a-meeting-with-no-date' },
  ),
  makeMeeting(
    { title: 'An online meeting', startDate: '2021-09-21', location: { mode: 'online' }, updated: '2025-05-05' },
    { id: '2021-09-21-an-online-meeting' },
  ),
]);
const siteBase = new URL('https://records.example.org/');
const context: DataContext<{ body: string }> = { archive, siteBase, getText: (meeting) => meeting.entry.body };
const fifth = archive.byId.get('2019-07-02-fifth-joint-period-of-action')!;

/** A record made to break naive CSV writers: commas, quotes, line breaks, Thai and Vietnamese text, a formula. */
function makeTrickyRecord(): MeetingRecord {
  const record = toMeetingRecord(fifth, context);
  return {
    ...record,
    title: 'Meeting on "forced marriage", sham marriage and labour exploitation',
    summary: 'Delegates from Việt Nam, Lao PDR and Côte d’Ivoire met in Bangkok (กรุงเทพมหานคร); one said: "enough".',
    text: '## Context\r\n\r\nFirst line, with a comma.\nSecond line with "quotes".\n\nการค้ามนุษย์ และ 人口贩运',
    dateNote: '=HYPERLINK("https://example.org","click")',
    numberNote: '-1 counted twice',
  };
}

describe('the CSV writer', () => {
  const csv = toCsv([makeTrickyRecord()]);
  const rows = parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
  const row = rows[0]!;

  it('starts with a UTF-8 byte order mark and a header row naming every column', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1, csv.indexOf('\r\n')).split(',')).toEqual(CSV_COLUMNS.map((column) => column.header));
  });

  it('keeps commas, quotes, line breaks and non-Latin text through a round trip', () => {
    expect(rows).toHaveLength(1);
    expect(row['title']).toBe('Meeting on "forced marriage", sham marriage and labour exploitation');
    expect(row['summary']).toBe(
      'Delegates from Việt Nam, Lao PDR and Côte d’Ivoire met in Bangkok (กรุงเทพมหานคร); one said: "enough".',
    );
    expect(row['text']).toBe(
      '## Context\r\n\r\nFirst line, with a comma.\nSecond line with "quotes".\n\nการค้ามนุษย์ และ 人口贩运',
    );
  });

  it('joins lists with "; ", names and codes in the same order', () => {
    expect(row['participants']).toBe(
      'Australia; Bangladesh; Indonesia; Malaysia; Philippines; Sri Lanka; Thailand; United States; Viet Nam',
    );
    expect(row['participantCodes']).toBe('AU; BD; ID; MY; PH; LK; TH; US; VN');
    expect(row['coChairCodes']).toBe('FJ; NZ');
    expect(row['observerCodes']).toBe('CA; rso; iom; unodc');
    expect(row['hosts']).toBe('');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(row['dateNote']).toBe('\'=HYPERLINK("https://example.org","click")');
    expect(row['numberNote']).toBe("'-1 counted twice");
    expect(row['number']).toBe('5');
  });

  it('refuses a list value that contains "; ", naming the record, the column and the value', () => {
    const record = makeTrickyRecord();
    const broken = {
      ...record,
      documents: [{ title: 'Statement; annex', type: 'statement', language: 'en', url: null, date: null }],
    };
    expect(() => toCsv([broken])).toThrow(
      'Record 2019-07-02-fifth-joint-period-of-action: the documents value "Statement; annex" contains "; ", which the CSV puts between the values of a list. Write it with a comma or a dash instead, e.g. "Co-Chairs\' Statement, annex".',
    );
  });
});

describe('the record as data', () => {
  const record = toMeetingRecord(fifth, context);

  it('publishes the text without its notes to editors, keeping a comment shown as code', () => {
    const text = [
      'Opening.',
      '<!-- check the attendance list\nwith the secretariat -->',
      'Closing <!-- a note --> words, and `<!-- shown -->` as code.',
      '```\n<!-- in a block -->\n```',
    ].join('\n\n');
    const { text: published } = toMeetingRecord(fifth, { ...context, getText: () => text });
    expect(published).toBe(
      'Opening.\n\n\n\nClosing  words, and `<!-- shown -->` as code.\n\n```\n<!-- in a block -->\n```',
    );
  });

  it('has every documented field and no other', () => {
    const topLevel = [...new Set(DATA_FIELDS.map((field) => field.name.split(/[.[]/)[0]))];
    expect(Object.keys(record)).toEqual(topLevel);
    expect(Object.keys(record.location)).toEqual(
      DATA_FIELDS.filter((field) => field.name.startsWith('location.')).map((field) =>
        field.name.slice('location.'.length),
      ),
    );
  });

  it('resolves references to names and codes', () => {
    expect(record.body).toEqual({ id: 'working-group-disruption', name: fifth.body.name });
    expect(record.series).toEqual({
      id: 'joint-periods-of-action',
      name: archive.series.get('joint-periods-of-action')!.name,
    });
    expect(record.coChairs).toEqual([
      { type: 'country', code: 'FJ', name: 'Fiji', representative: null, note: null },
      { type: 'country', code: 'NZ', name: 'New Zealand', representative: null, note: null },
    ]);
    expect(record.observers[2]).toEqual({
      type: 'organization',
      id: 'iom',
      name: 'International Organization for Migration',
      acronym: 'IOM',
      representative: null,
      note: null,
    });
    expect(record.location.country).toEqual({ code: 'TH', name: 'Thailand' });
  });

  it('keeps partial dates as written, with their precision and the days they can mean', () => {
    const second = toMeetingRecord(archive.byId.get('2016-05-second-joint-period-of-action')!, context);
    expect([second.startDate, second.startDatePrecision, second.endDate, second.firstDay, second.lastDay]).toEqual([
      '2016-05',
      'month',
      '2016-11',
      '2016-05-01',
      '2016-11-30',
    ]);
    const undated = toMeetingRecord(archive.byId.get('undated-a-meeting-with-no-date')!, context);
    expect([undated.startDate, undated.firstDay, undated.lastDay, undated.dateText]).toEqual([
      null,
      null,
      null,
      'Date not recorded',
    ]);
  });

  it('gives the dataset the version of its latest change', () => {
    expect(getDataVersion(archive)).toBe(
      [...archive.meetings]
        .map((meeting) => meeting.updated)
        .sort()
        .at(-1),
    );
  });
});

describe('the calendar', () => {
  it('counts days on the calendar, across months, years and leap days', () => {
    expect(getNextDay('2019-12-03')).toBe('2019-12-04');
    expect(getNextDay('2019-12-31')).toBe('2020-01-01');
    expect(getNextDay('2024-02-28')).toBe('2024-02-29');
    expect(getNextDay('2023-02-28')).toBe('2023-03-01');
  });

  it('leaves out the month-precision and the undated meeting, saying why', () => {
    const exclusions = getCalendarExclusions(archive.meetings);
    expect(exclusions.map(({ meeting, reason }) => [meeting.id, reason])).toEqual(
      expect.arrayContaining([
        ['2016-05-second-joint-period-of-action', 'the sources give only the month (2016-05)'],
        ['undated-a-meeting-with-no-date', 'no source gives a date'],
      ]),
    );
    for (const { meeting, reason } of exclusions) {
      const partial =
        meeting.start?.precision !== 'day' || (meeting.end !== undefined && meeting.end.precision !== 'day');
      expect(partial, meeting.id).toBe(true);
      expect(reason).toMatch(
        /^(?:the sources give only the (?:month|year) \(\d{4}(?:-\d{2})?\)|no source gives a date)$/,
      );
    }
    expect(getCalendarEntries(archive.meetings)).toHaveLength(archive.meetings.length - exclusions.length);
  });

  it('writes all-day events whose end is the day after the last day (RFC 5545)', () => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(archive.meetings, siteBase)));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const event = events.find(
      (candidate) => candidate.uid === '2019-07-02-fifth-joint-period-of-action@bali-process-meeting-records',
    )!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2019-07-02');
    expect(event.endDate.toString()).toBe('2019-12-04');
    expect(event.summary).toBe('Fifth Joint Period of Action');
    expect(event.location).toBe('Bangkok, Thailand');
  });
});

describe('the feed', () => {
  it('carries the most recently updated records, each with its updated day in date and GUID', () => {
    const items = getFeedItems(archive.meetings, siteBase);
    expect(items).toHaveLength(Math.min(FEED_SIZE, archive.meetings.length));
    const expected = [...archive.meetings].sort(compareByUpdate).slice(0, FEED_SIZE);
    expect(items.map((item) => item.link)).toEqual(
      expected.map((meeting) => `https://records.example.org/meetings/${meeting.id}/`),
    );
    expect((items[0]!.pubDate as Date).toISOString()).toBe(`${expected[0]!.updated}T00:00:00.000Z`);
    expect(items[0]!.customData).toBe(
      `<guid isPermaLink="false">https://records.example.org/meetings/${expected[0]!.id}/#updated-${expected[0]!.updated}</guid>`,
    );
  });
});

describe('citations', () => {
  const item = toRecordCsl(toMeetingRecord(fifth, context));

  it('turns ISO dates into CSL date parts at their precision', () => {
    expect(toDateParts('2019-07-02')).toEqual([2019, 7, 2]);
    expect(toDateParts('2016-05')).toEqual([2016, 5]);
    expect(toDateParts('2016')).toEqual([2016]);
  });

  it('cites a record as a web page of the archive, dated by its update, with the meeting as event', () => {
    expect(item).toMatchObject({
      id: 'bpmr-2019-07-02-fifth-joint-period-of-action',
      type: 'webpage',
      title: 'Fifth Joint Period of Action',
      'container-title': 'Bali Process Meeting Records',
      issued: { 'date-parts': [toDateParts(fifth.updated)] },
      'event-date': {
        'date-parts': [
          [2019, 7, 2],
          [2019, 12, 3],
        ],
      },
      'event-place': 'Bangkok, Thailand',
      URL: 'https://records.example.org/meetings/2019-07-02-fifth-joint-period-of-action/',
    });
    const [year, month, day] = toDateParts(fifth.updated) as [number, number, number];
    const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, day),
    );
    expect(formatCitation(item)).toBe(
      `Bali Process Meeting Records contributors. (${year}, ${monthName} ${day}). Fifth Joint Period of Action. Bali Process Meeting Records. https://records.example.org/meetings/2019-07-02-fifth-joint-period-of-action/`,
    );
  });

  it('writes BibTeX that a BibTeX parser reads back to the same title, address and key', () => {
    const bibtex = toBibtex(item);
    expect(bibtex.startsWith('@misc{bpmr-2019-07-02-fifth-joint-period-of-action,')).toBe(true);
    const [parsed] = new Cite(bibtex).data as Array<Record<string, unknown>>;
    expect(parsed?.['title']).toBe('Fifth Joint Period of Action');
    expect(parsed?.['URL']).toBe('https://records.example.org/meetings/2019-07-02-fifth-joint-period-of-action/');
    expect(parsed?.['citation-key']).toBe('bpmr-2019-07-02-fifth-joint-period-of-action');
    expect(parsed?.['note']).toBe(`Record updated ${fifth.updated}`);
  });

  it.each([
    'Hội nghị tham vấn khu vực về Hợp tác',
    'Ελληνικά: συνάντηση',
    'การประชุมเชิงปฏิบัติการ 打击人口贩运 会议',
    'Côte d’Ivoire & partners: 100% {braces} $ # _',
  ])('writes BibTeX that reads back to the same title in any script: %s', (title) => {
    const [parsed] = new Cite(toBibtex({ ...item, title })).data as Array<Record<string, unknown>>;
    expect(parsed?.['title']).toBe(title);
  });

  it('writes RIS, tagged line by line, that a RIS parser reads back as the same web page', () => {
    const ris = toRis(item);
    const lines = ris.split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'TY  - ELEC',
      'ID  - bpmr-2019-07-02-fifth-joint-period-of-action',
      'TI  - Fifth Joint Period of Action',
      'T2  - Bali Process Meeting Records',
      'AU  - Bali Process Meeting Records contributors',
    ]);
    expect(lines.slice(-2)).toEqual(['ER  - ', '']);
    expect(lines).toContain(`DA  - ${fifth.updated.replaceAll('-', '/')}`);
    const [parsed, ...others] = parseRis(ris);
    expect(others).toEqual([]);
    expect(parsed).toMatchObject({
      type: 'webpage',
      id: 'bpmr-2019-07-02-fifth-joint-period-of-action',
      title: 'Fifth Joint Period of Action',
      'container-title': 'Bali Process Meeting Records',
      URL: 'https://records.example.org/meetings/2019-07-02-fifth-joint-period-of-action/',
      abstract: fifth.summary,
    });
    expect(parsed!.issued?.['date-parts']?.[0]?.map(Number)).toEqual(toDateParts(fifth.updated));
  });

  it('writes the RIS of the dataset as a dataset with its version', () => {
    const [parsed] = parseRis(toRis(toDatasetCsl('2026-11-29', siteBase)));
    expect(parsed).toMatchObject({
      type: 'dataset',
      title: 'Bali Process Meeting Records: every meeting record',
      edition: '29 November 2026',
      URL: 'https://records.example.org/data/',
    });
  });

  it('keeps each RIS value on one line', () => {
    const ris = toRis({ ...item, title: 'A title\nover two lines', abstract: 'One.\n\nTwo.' });
    expect(ris).toContain('TI  - A title over two lines\r\n');
    expect(ris).toContain('AB  - One. Two.\r\n');
  });
});

describe('JSON-LD', () => {
  it('describes a meeting as a schema.org Event with its place, dates, organiser and topics', () => {
    const event = toEventJsonLd(fifth, siteBase, 'Joint Periods of Action');
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Fifth Joint Period of Action',
      startDate: '2019-07-02',
      endDate: '2019-12-03',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Bangkok', addressCountry: 'TH' },
      },
      organizer: [{ '@type': 'Organization', name: fifth.body.name }],
      superEvent: { '@type': 'EventSeries', name: 'Joint Periods of Action' },
    });
    expect((event['about'] as Array<{ name: string }>).map((term) => term.name)).toEqual(
      fifth.topics.map((topic) => topic.label),
    );
  });

  it('marks online meetings as online and gives no invented place', () => {
    const online = archive.meetings.filter((meeting) => meeting.location.mode === 'online');
    expect(online).toHaveLength(1);
    for (const meeting of online) {
      const event = toEventJsonLd(meeting, siteBase);
      expect(event['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
      expect(event['location']).toEqual({ '@type': 'VirtualLocation', name: 'Online' });
    }
  });

  it('cannot be closed early by a value containing </script>', () => {
    expect(toScriptJson({ name: '</script><script>alert(1)</script>' })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});

describe('the record citation written without citeproc', () => {
  it('gives exactly what citeproc gives, for every fixture meeting, at the root and under a sub-path', () => {
    let written = 0;
    for (const base of ['https://records.example.org/', 'https://example.github.io/records/']) {
      const context = { archive, siteBase: new URL(base), getText: () => '' };
      for (const meeting of archive.meetings) {
        const item = toRecordCsl(toMeetingRecord(meeting, context));
        const direct = formatRecordCitation(item);
        const citeproc = (
          new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string
        ).trim();
        if (direct !== undefined) {
          written += 1;
          expect(direct).toBe(citeproc);
        }
      }
    }
    expect(written).toBeGreaterThan(archive.meetings.length);
  }, 30_000); // citeproc formats every fixture meeting twice: seconds of CPU on a busy machine

  it('leaves titles with quotes or final punctuation to citeproc', () => {
    const item = {
      id: 'x',
      type: 'webpage' as const,
      title: "Disruption Working Group 'Progression Session'",
      'container-title': 'Bali Process Meeting Records',
      author: [{ literal: 'Bali Process Meeting Records contributors' }],
      issued: { 'date-parts': [[2026, 1, 15]] as [[number, number, number]] },
      URL: 'https://records.example.org/meetings/x/',
    };
    expect(formatRecordCitation(item)).toBeUndefined();
    expect(formatCitation(item)).toBe(
      'Bali Process Meeting Records contributors. (2026, January 15). Disruption Working Group “Progression Session.” Bali Process Meeting Records. https://records.example.org/meetings/x/',
    );
  });
});
