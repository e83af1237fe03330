import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntityNames, readKnownIds } from '../../src/lib/content/content-check.ts';
import { readRecordSource } from '../../src/lib/content/frontmatter.ts';
import {
  checkAnswers,
  getRecordFileName,
  getRecordSchema,
  readChoices,
  renderRecord,
  type RecordAnswers,
} from '../../src/lib/tooling/new-record.ts';
import { ROOT } from '../setup/sites.ts';

const contentDir = join(ROOT, 'content');
const known = readKnownIds(contentDir);
const schema = getRecordSchema(known);

const answers: RecordAnswers = {
  title: 'Bali Process: Regional Workshop on Returns',
  kind: 'workshop',
  body: 'regional-support-office',
  startDate: '2016',
  mode: 'online',
  hosts: [],
  coChairs: [],
  participants: ['AU', 'iom'],
  observers: [],
  topics: ['returns-and-reintegration'],
  summary: 'Officials met online to compare how their countries return people with no right to stay.',
  sourceUrl: 'https://www.baliprocess.net/',
  updated: '2026-01-15',
};

describe('the record generator model', () => {
  it('offers the real lists: every topic, body and organisation in the content folders, and countries by name', () => {
    const choices = readChoices(contentDir);
    expect(choices.topics.map((choice) => choice.value).sort()).toEqual([...known.topics].sort());
    expect(choices.bodies.map((choice) => choice.value).sort()).toEqual([...known.bodies].sort());
    expect(choices.countries.find((choice) => choice.value === 'VN')?.label).toBe('Viet Nam');
    expect(choices.parties.find((choice) => choice.value === 'iom')).toEqual({
      value: 'iom',
      label: 'International Organization for Migration',
      hint: 'IOM',
    });
    expect(choices.kinds[0]).toEqual({
      value: 'ministerial-conference',
      label: 'Ministerial conference',
      hint: 'ministerial-conference',
    });
  });

  it('names the file by the check’s rule: start date, then the title in lowercase ASCII words', () => {
    expect(getRecordFileName({ startDate: '2019-07-02', title: 'JPA 6 Việt Nam' })).toBe(
      '2019-07-02-jpa-6-viet-nam.mdx',
    );
    expect(getRecordFileName({ startDate: '', title: 'Tenth anniversary events' })).toBe(
      'undated-tenth-anniversary-events.mdx',
    );
  });

  it('accepts valid answers and writes a file whose frontmatter reads back as given', () => {
    expect(checkAnswers(answers, schema)).toEqual([]);
    const source = readRecordSource(renderRecord(answers));
    expect(source.errors).toEqual([]);
    expect(source.data).toEqual({
      title: 'Bali Process: Regional Workshop on Returns',
      kind: 'workshop',
      body: 'regional-support-office',
      startDate: 2016,
      location: { mode: 'online' },
      hosts: [],
      coChairs: [],
      participants: ['AU', 'iom'],
      observers: [],
      topics: ['returns-and-reintegration'],
      summary: 'Officials met online to compare how their countries return people with no right to stay.',
      sources: [{ url: 'https://www.baliprocess.net/' }],
      updated: '2026-01-15',
    });
  });

  it('reports a wrong answer with the content check’s words, for that field only when asked', () => {
    const wrong = { ...answers, kind: 'Workshop', participants: ['au'], startDate: '2019-02-30' };
    expect(checkAnswers(wrong, schema, ['participants'])).toEqual([
      'participants[0]: "au" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write AU for Australia in its place',
    ]);
    expect(checkAnswers(wrong, schema).map((line) => line.split(':')[0])).toEqual([
      'kind',
      'startDate',
      'participants[0]',
    ]);
  });

  it('answers a topic given by its alias with the topic’s id, as the content check does', () => {
    const withNames = getRecordSchema(known, readEntityNames(contentDir));
    expect(checkAnswers({ ...answers, topics: ['human trafficking'] }, withNames, ['topics'])).toEqual([
      'topics[0]: "human trafficking" is not a known topic. Write its id, trafficking-in-persons (content/topics/trafficking-in-persons.yaml)',
    ]);
  });
});
