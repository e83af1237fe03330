/**
 * What a topic page quotes from a record: the places of a record's text (paragraphs, list items, table cells) with the
 * ids the renderer gives them, the rule that finds the sentences naming a topic, a passage the record marks, and the
 * timeline of a topic built from them.
 */
import { describe, expect, it } from 'vitest';
import { getTimelineHeading, getTopicName, getTopicTimeline } from '../../src/lib/archive/topic-timeline.ts';
import { readTextPlaces } from '../../src/lib/content/text-places.ts';
import {
  findPassage,
  findTopicSentences,
  normaliseForMatch,
  splitSentences,
  topicNamePattern,
} from '../../src/lib/domain/passages.ts';
import { renderRecordText } from '../support/render.ts';
import { FIXTURE_CONTENT, makeArchive, makeMeeting } from '../support/meetings.ts';
import { parseHTML } from 'linkedom';

const TEXT = [
  '## Context',
  '',
  'The fifth period was planned in Bangkok.',
  '',
  '## Discussion',
  '',
  '- **Trends.** More smuggling by air. More trafficking of women.',
  '- **Future focus.** On trafficking, they named forced marriage, sham marriage and labour exploitation.',
  '  - A nested point on *sham marriages*.',
  '',
  '> A quoted paragraph.',
  '',
  '| Week | Delegates |',
  '| --- | --- |',
  '| 1 | 40 |',
  '',
  'A note.[^1]',
  '',
  '[^1]: The footnote names forced marriage.',
  '',
].join('\n');

describe('the places of a record’s text', () => {
  const places = readTextPlaces(TEXT);

  it('are its paragraphs, list items and table cells in reading order, nested items after their item', () => {
    expect(places.map((place) => place.text)).toEqual([
      'The fifth period was planned in Bangkok.',
      'Trends. More smuggling by air. More trafficking of women.',
      'Future focus. On trafficking, they named forced marriage, sham marriage and labour exploitation.',
      'A nested point on sham marriages.',
      'A quoted paragraph.',
      'Week',
      'Delegates',
      '1',
      '40',
      'A note.1',
      'The footnote names forced marriage. ↩',
    ]);
    expect(places.slice(0, 5).map((place) => place.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
  });

  it('carry on the page the ids the reader gives them, so links to them land', async () => {
    const file = `${FIXTURE_CONTENT}meetings/2019-07-02-a-test.mdx`;
    const html = await renderRecordText(TEXT, file, FIXTURE_CONTENT);
    const { document } = parseHTML(`<main>${html}</main>`);
    for (const place of places) {
      const element = document.getElementById(place.id);
      expect(element, place.id).not.toBeNull();
      expect(element!.textContent!.replace(/\s+/g, ' ').trim().startsWith(place.text.slice(0, 20))).toBe(true);
    }
  });
});

describe('sentences', () => {
  it('are split at sentence ends, with a short lead-in kept with the sentence after it', () => {
    expect(splitSentences('Trends. Members saw more smuggling by air. It grew.')).toEqual([
      'Trends. Members saw more smuggling by air.',
      'It grew.',
    ]);
    expect(splitSentences('Future focus. On trafficking, they named forced marriage.')).toEqual([
      'Future focus. On trafficking, they named forced marriage.',
    ]);
    expect(splitSentences('Cases rose sharply. Budgets fell. It ended.')).toEqual([
      'Cases rose sharply. Budgets fell.',
      'It ended.',
    ]);
  });

  it('are compared without Markdown marks, with quotes, dashes and spaces written one way', () => {
    expect(normaliseForMatch('**Future focus.** On “trafficking” -- [they](https://a.example/)\n named…')).toBe(
      'Future focus. On "trafficking" - they named...',
    );
    expect(normaliseForMatch('the group’s plan')).toBe(normaliseForMatch("the group's plan"));
  });
});

describe('a topic’s names in a sentence', () => {
  const pattern = topicNamePattern(['Forced marriage', 'bride trafficking', 'AML', 'Bali Declaration'])!;

  it('match as whole words in any case, singular or plural', () => {
    expect(pattern.test('They named Forced Marriages as a priority.')).toBe(true);
    expect(pattern.test('Bride-trafficking was raised.')).toBe(true);
    expect(pattern.test('Unforced marriage is not it.')).toBe(false);
    expect(pattern.test('forced marriageable')).toBe(false);
  });

  it('match names with two or more capitals only with their capitals', () => {
    expect(pattern.test('Work on AML went on.')).toBe(true);
    expect(pattern.test('The aml files.')).toBe(false);
    expect(pattern.test('The bali declaration')).toBe(false);
    expect(pattern.test('The Bali Declaration of 2023')).toBe(true);
  });
});

describe('what a topic page quotes from a record', () => {
  const places = readTextPlaces(TEXT);

  it('is the first place naming the topic, with up to two of its sentences that do', () => {
    const focus = 'Future focus. On trafficking, they named forced marriage, sham marriage and labour exploitation.';
    expect(findTopicSentences(places, ['Forced marriage'])).toEqual({
      placeId: 'p-3',
      sentences: [focus],
      quote: focus,
    });
    expect(findTopicSentences(places, ['smuggling by air', 'trafficking of women'])).toEqual({
      placeId: 'p-2',
      sentences: ['Trends. More smuggling by air.', 'More trafficking of women.'],
      quote: 'Trends. More smuggling by air. More trafficking of women.',
    });
    const gapped = readTextPlaces('Cases of forced marriage rose. Budgets fell. Forced marriage was named again.');
    expect(findTopicSentences(gapped, ['forced marriage'])?.quote).toBe(
      'Cases of forced marriage rose. … Forced marriage was named again.',
    );
    expect(findTopicSentences(places, ['Organ removal'])).toBeUndefined();
  });

  it('is the whole sentences holding a marked passage, copied from the file or from the page', () => {
    const focus = 'Future focus. On trafficking, they named forced marriage, sham marriage and labour exploitation.';
    expect(findPassage(places, 'On trafficking, they named forced marriage')).toEqual({
      placeId: 'p-3',
      sentences: [focus],
      quote: focus,
    });
    expect(findPassage(places, 'A nested point on *sham marriages*.')).toEqual({
      placeId: 'p-4',
      sentences: ['A nested point on sham marriages.'],
      quote: 'A nested point on sham marriages.',
    });
    expect(findPassage(places, 'More trafficking of women. On trafficking')).toBeUndefined();
    expect(findPassage(places, 'on trafficking, they named forced marriage')).toBeUndefined();
  });
});

describe('the timeline of a topic', () => {
  const archive = makeArchive([
    makeMeeting(
      { title: 'A later workshop on marriage', startDate: '2024-03-05', topics: ['forced-marriage'] },
      { text: 'Officials compared laws.\n\nThey named forced marriage and child marriage as priorities.' },
    ),
    makeMeeting(
      {
        title: 'An earlier workshop',
        startDate: '2019-07-02',
        topics: ['forced-marriage', 'labour-exploitation'],
        passages: { 'forced-marriage': 'Families of victims were heard.' },
      },
      { text: 'Families of victims were heard. Cases of forced marriages were described.' },
    ),
    makeMeeting(
      {
        title: 'A workshop with no date',
        startDate: undefined,
        dateNote: 'No source gives a date.',
        topics: ['forced-marriage'],
      },
      { text: 'Nothing on the topic by name.' },
    ),
    makeMeeting(
      { title: 'A workshop on another topic', topics: ['labour-exploitation'] },
      { text: 'Forced marriage.' },
    ),
  ]);
  const timeline = getTopicTimeline(archive, 'forced-marriage');

  it('lists every meeting filed under the topic, oldest first, the undated last', () => {
    expect(timeline.entries.map(({ meeting }) => meeting.title)).toEqual([
      'An earlier workshop',
      'A later workshop on marriage',
      'A workshop with no date',
    ]);
    expect(timeline.years).toEqual({ first: 2019, last: 2024 });
  });

  it('quotes a marked passage first, else the sentences naming the topic, else says there are none', () => {
    expect(timeline.entries.map(({ said }) => said)).toEqual([
      {
        how: 'marked',
        placeId: 'p-1',
        sentences: ['Families of victims were heard.'],
        quote: 'Families of victims were heard.',
      },
      {
        how: 'found',
        placeId: 'p-2',
        sentences: ['They named forced marriage and child marriage as priorities.'],
        quote: 'They named forced marriage and child marriage as priorities.',
      },
      undefined,
    ]);
  });

  it('is headed with the topic and the years it spans', () => {
    expect(getTimelineHeading(timeline.topic, timeline.years)).toBe(
      'What the Bali Process said about forced marriage, 2019–2024',
    );
    expect(getTimelineHeading({ label: 'COVID-19' }, { first: 2020, last: 2020 })).toBe(
      'What the Bali Process said about COVID-19 in 2020',
    );
    expect(getTimelineHeading({ label: 'Forced marriage' }, undefined)).toBe(
      'What the Bali Process said about forced marriage',
    );
    expect(getTopicName({ label: 'Online scam centres and forced criminality' })).toBe(
      'online scam centres and forced criminality',
    );
  });
});
