/** The record generator's model: the lists a contributor picks from, answers given as flags, and the file written. */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readRecordSource } from '../../src/lib/content/frontmatter.ts';
import { findUnfilledPrompts } from '../../src/lib/content/prompts.ts';
import { renderEntity } from '../../src/lib/tooling/new-entity.ts';
import {
  answersFromFlags,
  checkAnswers,
  getRecordFileName,
  readChoices,
  RECORD_FLAGS,
  renderRecord,
  searchChoices,
  type RecordAnswers,
} from '../../src/lib/tooling/new-record.ts';
import { getFixtureEntities } from '../support/meetings.ts';

const entities = getFixtureEntities();
const choices = readChoices(entities);
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((entity) => entity.id).sort();
const flags = (...argv: string[]) =>
  answersFromFlags(parseArgs({ args: argv, options: RECORD_FLAGS, strict: true }).values, '2026-01-15');

const answers: RecordAnswers = flags(
  '--title',
  'Bali Process: Regional Workshop on Returns',
  '--kind',
  'workshop',
  '--body',
  'regional-support-office',
  '--start',
  '2016',
  '--date-note',
  'The annual report gives 2016 and no month.',
  '--mode',
  'online',
  '--participants',
  'AU,iom',
  '--topics',
  'returns-and-reintegration',
  '--summary',
  'Officials met online to compare how their countries return people with no right to stay.',
  '--source',
  'https://www.baliprocess.net/|Annual report|The year and the subject.',
);

describe('the lists a contributor picks from', () => {
  it('are the real ones: every topic, body and organisation, and countries by name', () => {
    expect(choices.topics.map((choice) => choice.value).sort()).toEqual(ids(entities.entities.topics));
    expect(choices.bodies.map((choice) => choice.value).sort()).toEqual(ids(entities.entities.bodies));
    expect(choices.countries.find((choice) => choice.value === 'VN')?.label).toBe('Viet Nam');
  });

  it.each([
    ['UK', 'GB', 'the United Kingdom, not Ukraine'],
    ['RSO', 'rso', 'the Regional Support Office by its acronym'],
    ['Vietnam', 'VN', 'Viet Nam by another spelling'],
    ['Laos', 'LA', 'Lao PDR by its informal name'],
    ['east timor', 'TL', 'Timor-Leste by its former name'],
    ['International Organization for Migration', 'iom', 'an organisation by its name'],
  ])('find %s first: %s (%s)', (typed, expected) => {
    expect(searchChoices(typed, choices.parties)[0]?.value).toBe(expected);
  });

  it('find a topic by its alias and a body by its acronym', () => {
    expect(searchChoices('human trafficking', choices.topics)[0]?.value).toBe('trafficking-in-persons');
    expect(searchChoices('AHG', choices.bodies)[0]?.value).toBe('ad-hoc-group');
  });
});

describe('answers given as flags', () => {
  it('keep every value of a flag given twice, and a representative after =', () => {
    const given = flags(
      '--participants',
      'AU,NZ',
      '--participants',
      'iom',
      '--co-chairs',
      'ID=Retno Marsudi, Minister for Foreign Affairs',
      '--co-chairs',
      'AU',
      '--source',
      'https://www.baliprocess.net/a/|Event page',
      '--source',
      'https://www.baliprocess.net/b/|Statement|Co-chairs',
      '--figure',
      'Delegates|303|https://www.baliprocess.net/a/',
      '--document',
      "Co-Chairs' Statement|co-chairs-statement|https://www.baliprocess.net/b/|2016-03-23",
    );
    expect(given.participants).toEqual([{ id: 'AU' }, { id: 'NZ' }, { id: 'iom' }]);
    expect(given.coChairs).toEqual([
      { id: 'ID', representative: 'Retno Marsudi, Minister for Foreign Affairs' },
      { id: 'AU' },
    ]);
    expect(given.sources).toEqual([
      { url: 'https://www.baliprocess.net/a/', title: 'Event page' },
      { url: 'https://www.baliprocess.net/b/', title: 'Statement', note: 'Co-chairs' },
    ]);
    expect(given.figures).toEqual([{ label: 'Delegates', value: '303', source: 'https://www.baliprocess.net/a/' }]);
    expect(given.documents).toEqual([
      {
        title: "Co-Chairs' Statement",
        type: 'co-chairs-statement',
        url: 'https://www.baliprocess.net/b/',
        date: '2016-03-23',
      },
    ]);
  });
});

describe('the file written', () => {
  it('is named by the check’s rule, never as a record that exists', () => {
    expect(getRecordFileName({ startDate: '2019-07-02', title: 'JPA 6 Việt Nam' })).toBe(
      '2019-07-02-jpa-6-viet-nam.mdx',
    );
    expect(getRecordFileName({ startDate: '', title: 'Tenth anniversary events' })).toBe(
      'undated-tenth-anniversary-events.mdx',
    );
    const taken = new Set(['2019-07-02-jpa-6-viet-nam.mdx']);
    expect(getRecordFileName({ startDate: '2019-07-02', title: 'JPA 6 Việt Nam' }, (name) => taken.has(name))).toBe(
      '2019-07-02-jpa-6-viet-nam-2.mdx',
    );
  });

  it('reads back as given, every field in the archive style, with the notes the check refuses until filled', () => {
    expect(checkAnswers(answers, entities)).toEqual([]);
    const text = renderRecord({ ...answers, coChairs: [{ id: 'ID', representative: 'Ministry of Foreign Affairs' }] });
    const source = readRecordSource(text);
    expect(source.errors).toEqual([]);
    expect(source.data).toEqual({
      title: 'Bali Process: Regional Workshop on Returns',
      kind: 'workshop',
      body: 'regional-support-office',
      startDate: 2016,
      dateNote: 'The annual report gives 2016 and no month.',
      location: { mode: 'online' },
      hosts: [],
      coChairs: [{ id: 'ID', representative: 'Ministry of Foreign Affairs' }],
      participants: ['AU', 'iom'],
      observers: [],
      topics: ['returns-and-reintegration'],
      summary: 'Officials met online to compare how their countries return people with no right to stay.',
      sources: [{ url: 'https://www.baliprocess.net/', title: 'Annual report', note: 'The year and the subject.' }],
      updated: '2026-01-15',
    });
    expect(text).toContain('participants: [AU, iom]');
    expect(findUnfilledPrompts(text).map((found) => found.line)).toHaveLength(3);
  });
});

describe('a wrong answer', () => {
  it('gets the content check’s words, for that field only when asked', () => {
    const wrong = { ...answers, kind: 'Workshop', participants: [{ id: 'au' }], startDate: '2019-02-30' };
    expect(checkAnswers(wrong, entities, ['participants'])).toEqual([
      'participants[0]: "au" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write AU for Australia in its place',
    ]);
    expect(checkAnswers(wrong, entities).map((line) => line.split(':')[0])).toEqual([
      'kind',
      'startDate',
      'participants[0]',
    ]);
  });

  it('names the topic an alias stands for, as the content check does', () => {
    expect(checkAnswers({ ...answers, topics: ['human trafficking'] }, entities, ['topics'])).toEqual([
      'topics[0]: "human trafficking" is not a known topic. Write its id, trafficking-in-persons (content/topics/trafficking-in-persons.yaml)',
    ]);
  });

  it('is a partial date without a note on what the sources give', () => {
    expect(checkAnswers({ ...answers, dateNote: '' }, entities, ['startDate'])[0]).toMatch(
      /^startDate: gives only a year, so the record needs a dateNote/,
    );
  });
});

describe('a new body, topic, organisation or series', () => {
  it('is written from flags through its schema', () => {
    const body = renderEntity(
      'body',
      {
        name: 'Working Group on Maritime Cooperation',
        acronyms: 'WG-MC',
        description: 'Coast guards and foreign ministries coordinating rescue at sea.',
        parent: 'ad-hoc-group',
      },
      entities,
    );
    expect(body).toEqual({
      id: 'working-group-on-maritime-cooperation',
      folder: 'bodies',
      text: 'name: Working Group on Maritime Cooperation\nacronyms:\n  - WG-MC\ndescription: Coast guards and foreign ministries coordinating rescue at sea.\nparent: ad-hoc-group\n',
    });
  });

  it('is refused when its name is already taken, or a field is missing', () => {
    expect(
      renderEntity(
        'organization',
        { name: 'International Organization for Migration', type: 'un-agency', id: 'iom' },
        entities,
      ),
    ).toEqual({
      problems: ['--id: content/organizations/iom.yaml already has this name. Records can name it as iom'],
    });
    expect(renderEntity('topic', { label: 'Organ removal' }, entities)).toEqual({
      problems: ['--definition: needs a definition. e.g. definition: Marriage without the free consent of ...'],
    });
  });
});
