import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getSearchFilters, getWords, toSearchDocument } from '../../src/lib/search/search-document.ts';
import { makeArchive, makeMeeting } from '../support/meetings.ts';

const archive = makeArchive([
  makeMeeting(
    {
      title: 'Fifth Joint Period of Action',
      kind: 'joint-period-of-action',
      body: 'ad-hoc-group',
      startDate: '2019-07-02',
      endDate: '2019-12-03',
      location: { city: 'Bangkok', country: 'TH', venue: 'Centara Grand' },
      coChairs: ['FJ', { id: 'NZ', representative: 'Inspector Jane Doe' }],
      hosts: ['TH'],
      participants: ['KR', 'VN', 'CI', 'iom'],
      observers: ['US'],
      topics: ['forced-marriage', 'trafficking-in-persons'],
      documents: [{ title: 'Outcome report', type: 'report', url: 'https://www.baliprocess.net/report.pdf' }],
      sources: [{ url: 'https://www.baliprocess.net/jpa5/', title: 'Event page of the fifth period' }],
    },
    { id: 'jpa-5' },
  ),
]);
const meeting = archive.byId.get('jpa-5')!;
const body =
  '<h2 id="context">Context</h2><p>Delegates from Côte d’Ivoire met on การค้ามนุษย์.</p><img src="x.jpg" alt="">';
const document = toSearchDocument(meeting, body);
const page = parseHTML(document.html).document;

describe('the search document of a record', () => {
  it('carries each filter value as one element of its own, names with commas included', () => {
    const filters = getSearchFilters(meeting);
    expect(filters.country).toEqual(
      expect.arrayContaining([
        'Fiji',
        'New Zealand',
        'Thailand',
        'Republic of Korea',
        'Viet Nam',
        'Côte d’Ivoire',
        'United States',
      ]),
    );
    expect(filters.host).toEqual(['Thailand']);
    expect(filters['co-chair']).toEqual(['Fiji', 'New Zealand']);
    expect(filters.observer).toEqual(['United States']);
    expect(filters.year).toEqual(['2019']);
    for (const [key, values] of Object.entries(filters)) {
      const elements = [...page.querySelectorAll(`[data-pagefind-filter^="${key}:"]`)].map((element) =>
        element.getAttribute('data-pagefind-filter'),
      );
      expect(elements, key).toEqual(values.map((value) => `${key}:${value}`));
      for (const element of page.querySelectorAll(`[data-pagefind-filter^="${key}:"]`)) {
        expect(element.textContent).toBe('');
      }
    }
  });

  it('carries each result field as one element of metadata, and the sort keys on ISO days', () => {
    const meta = Object.fromEntries(
      [...page.querySelectorAll('[data-pagefind-meta]')].map((element) => {
        const [key, ...value] = element.getAttribute('data-pagefind-meta')!.split(':');
        return [key, value.join(':')];
      }),
    );
    expect(meta).toEqual({
      id: 'jpa-5',
      title: 'Fifth Joint Period of Action',
      date: meeting.dateText,
      place: 'Bangkok, Thailand',
      kind: 'Joint Period of Action',
      summary: meeting.summary,
    });
    expect([...page.querySelectorAll('[data-pagefind-sort]')].map((e) => e.getAttribute('data-pagefind-sort'))).toEqual(
      ['newest:2019-07-02', 'oldest:2019-07-02'],
    );
  });

  it('holds the record’s text and facts under the ids of the record page, and no other names', () => {
    const headings = [...page.querySelectorAll('h2')].map((heading) => [heading.id, heading.textContent]);
    expect(headings).toEqual([
      ['context', 'Context'],
      ['facts', 'About the meeting'],
      ['topics', 'Topics'],
      ['documents', 'Documents'],
      ['sources', 'Sources'],
    ]);
    const text = page.querySelector('main')!.textContent!;
    expect(text).toContain('Co-chairs: Fiji, New Zealand (Inspector Jane Doe).');
    expect(text).toContain('Venue: Centara Grand.');
    expect(text).toContain('Outcome report.');
    expect(text).toContain('Event page of the fifth period.');
    // Aliases of topics and kinds are searched by expanding the query, never indexed.
    expect(text).not.toMatch(/JPoA|human trafficking|Also known as/);
    expect(page.querySelector('img')).toBeNull();
  });

  it('cuts unspaced scripts and elisions into words in the index text, and keeps the plain text as written', () => {
    const text = page.querySelector('main')!.textContent!;
    expect(text).toContain('Côte d’ Ivoire');
    expect(text).toContain('การ ค้า มนุษย์');
    expect(document.text).toContain('Côte d’Ivoire met on การค้ามนุษย์');
    expect(getWords(document.text)).toEqual(
      expect.arrayContaining(['côte', 'd’ivoire', 'context', 'delegates', 'centara']),
    );
  });
});
