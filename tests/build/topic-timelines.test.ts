/**
 * Topic pages as a timeline of what was said, on the real build: each lists the records filed under its topic in
 * date order (read here from the record files), and each quoted sentence is in its record, at the place the quote
 * links to. Record pages give each paragraph and list item the id the content reader gives it, so such links land.
 */
import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/lib/domain/calendar-date.ts';
import { normaliseForMatch, QUOTE_GAP, topicNamePattern } from '../../src/lib/domain/passages.ts';
import type { RecordFile } from '../../src/lib/content/reader.ts';
import { ARCHIVE_SITES } from '../setup/sites.ts';
import { readPage, readSiteContent } from './helpers.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Oldest first, by the first day the start can mean; records with no date last; then by id. */
function byDate(a: RecordFile, b: RecordFile): number {
  const day = (record: RecordFile) => (record.data.startDate ? firstDay(record.data.startDate) : '~');
  return day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : a.id.localeCompare(b.id, 'en');
}

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const reading = await readSiteContent(site);
  const { records } = reading;
  const byId = new Map(records.map((record) => [record.id, record]));
  const topics = reading.entities.topics;
  const recordPages = new Map<string, Document>();
  const recordPage = (id: string) => {
    let page = recordPages.get(id);
    if (!page) {
      page = readPage(site, `meetings/${id}/index.html`);
      recordPages.set(id, page);
    }
    return page;
  };

  describe('record pages', () => {
    it.each(records.map((record) => [record.id, record] as const))(
      '%s gives each paragraph and list item of its text the id the content reader gives it',
      (id, record) => {
        const placed = [...recordPage(id).querySelectorAll('.bp-record__text [id^="p-"]')].map((element) => ({
          id: element.id,
          text: text(element),
        }));
        const expected = record.places.filter((place) => place.id.startsWith('p-'));
        expect(placed.map((place) => place.id)).toEqual(expected.map((place) => place.id));
        placed.forEach((place, index) =>
          expect(normaliseForMatch(place.text), place.id).toContain(normaliseForMatch(expected[index]!.text)),
        );
      },
    );
  });

  describe('topic pages', () => {
    it.each(topics.map((topic) => [topic.id, topic] as const))(
      'topics/%s lists the records filed under it in date order, each with a sentence of its own text or a plain word that it has none',
      (id, topic) => {
        const page = readPage(site, `topics/${id}/index.html`);
        const filed = records.filter((record) => record.data.topics.some((filed) => filed.id === id)).sort(byDate);
        const entries = [...page.querySelectorAll('.bp-said__entry')];
        const listed = entries.map((entry) =>
          entry
            .querySelector('.bp-card__title a')!
            .getAttribute('href')!
            .replace(/^\/meetings\/|\/$/g, ''),
        );
        expect(listed).toEqual(filed.map((record) => record.id));

        const years = filed.flatMap((record) =>
          record.data.startDate ? [Number(record.data.startDate.iso.slice(0, 4))] : [],
        );
        const name = topic.data.label.replace(/^(\p{Lu})(?=\p{Ll})/u, (letter) => letter.toLowerCase());
        const span =
          years.length === 0 ? '' : years[0] === years.at(-1) ? ` in ${years[0]}` : `, ${years[0]}–${years.at(-1)}`;
        expect(text(page.querySelector('#said'))).toBe(`What the Bali Process said about ${name}${span}`);

        const names = [topic.data.label, ...topic.data.aliases].map((one) => one.toLowerCase());
        entries.forEach((entry, index) => {
          const record = byId.get(listed[index]!)!;
          const quote = entry.querySelector('blockquote');
          const marked = record.data.passages[id];
          if (!quote) {
            // No quote: only when the record marks no passage and no place of its text names the topic.
            expect(marked, record.id).toBeUndefined();
            expect(text(entry.querySelector('.bp-said__none'))).toBe(`The text of this record does not name ${name}.`);
            const pattern = topicNamePattern([topic.data.label, ...topic.data.aliases])!;
            const places = [...recordPage(record.id).querySelectorAll('.bp-record__text [id^="p-"]')];
            expect(places.filter((place) => pattern.test(text(place))).map((place) => place.id)).toEqual([]);
            return;
          }
          const link = entry.querySelector('.bp-said__source a')!.getAttribute('href')!;
          expect(quote.getAttribute('cite')).toBe(link);
          const [path, fragment] = link.split('#');
          expect(path).toBe(`/meetings/${record.id}/`);
          const place = recordPage(record.id).querySelector(`.bp-record__text [id="${fragment}"]`);
          expect(place, `${record.id}#${fragment}`).not.toBeNull();
          // The quote is the record's own words, from the place it links to: each sentence, where two are quoted
          // with others between them.
          for (const sentence of text(quote).split(QUOTE_GAP)) expect(text(place)).toContain(sentence);
          if (marked !== undefined) {
            expect(normaliseForMatch(text(quote))).toContain(normaliseForMatch(marked));
            expect(text(entry.querySelector('.bp-said__source'))).toContain("chosen by the record's editors");
          } else {
            const lower = text(quote)
              .toLowerCase()
              .replace(/[\u2010-\u2015-]/g, ' ');
            expect(
              names.some((one) => lower.includes(one.replace(/[\u2010-\u2015-]/g, ' '))),
              `${record.id}: "${text(quote)}" names ${id}`,
            ).toBe(true);
          }
        });
      },
    );
  });
});
