import { describe, expect, it } from 'vitest';
import { expandQuery, foldWords, mergeResults, PHRASE_WEIGHT, relaxQuery } from '../../src/lib/search/expand.ts';
import {
  EMPTY_STATE,
  describeResults,
  getChosenFilters,
  readState,
  toPagefindFilters,
  writeState,
} from '../../src/lib/search/search-state.ts';
import type { Thesaurus, ThesaurusEntry } from '../../src/lib/search/thesaurus.ts';

const entry = (fields: Partial<ThesaurusEntry> & Pick<ThesaurusEntry, 'type' | 'id' | 'label'>): ThesaurusEntry => ({
  names: [],
  translations: [],
  summary: '',
  count: 1,
  ...fields,
});

const thesaurus: Thesaurus = {
  entries: [
    entry({
      type: 'topic',
      id: 'trafficking-in-persons',
      label: 'Trafficking in persons',
      names: ['TIP', 'human trafficking'],
      translations: [
        { language: 'id', label: 'perdagangan orang' },
        { language: 'th', label: 'การค้ามนุษย์' },
      ],
    }),
    entry({ type: 'country', id: 'VN', label: 'Viet Nam', names: ['Vietnam'], path: '/countries/vn/' }),
    entry({ type: 'country', id: 'GB', label: 'United Kingdom', names: ['UK', 'Great Britain'] }),
    entry({ type: 'kind', id: 'joint-period-of-action', label: 'Joint Period of Action', names: ['JPoA', 'JPA'] }),
  ],
  spellings: [
    ['centre', 'center'],
    ['centres', 'centers'],
  ],
  years: { first: 2002, last: 2025 },
};

describe('expanding a query with the thesaurus', () => {
  it('folds words for matching: lower case, no accents on Latin letters, cut as the index is', () => {
    expect(foldWords('Viet Nam')).toEqual(['viet', 'nam']);
    expect(foldWords('Côte d’Ivoire')).toEqual(['cote', 'd', 'ivoire']);
    expect(foldWords('การค้ามนุษย์')).toEqual(['การ', 'ค้า', 'มนุษย์']);
  });

  it('searches an acronym also as the name it stands for, without its small words', () => {
    const { runs, named } = expandQuery('JPoA', thesaurus);
    expect(runs).toEqual([
      { text: 'JPoA', weight: 1 },
      { text: 'Joint Period Action', weight: 0.9 },
      { text: 'JPA', weight: 0.9 },
    ]);
    expect(named.map((found) => found.id)).toEqual(['joint-period-of-action']);
  });

  it('searches another language’s label as an exact phrase, and as the English label of its topic', () => {
    const { runs, named } = expandQuery('perdagangan orang', thesaurus);
    expect(runs.map((run) => run.text)).toEqual(['"perdagangan orang"', 'Trafficking persons']);
    expect(named.map((found) => found.id)).toEqual(['trafficking-in-persons']);
    expect(expandQuery('การค้ามนุษย์', thesaurus).named.map((found) => found.id)).toEqual(['trafficking-in-persons']);
    expect(expandQuery('human trafficking', thesaurus).runs.map((run) => run.text)).toEqual([
      'human trafficking',
      '"human trafficking"',
      'Trafficking persons',
    ]);
  });

  it('replaces a country name inside a longer query with each of its other names', () => {
    const { runs } = expandQuery('Vietnam returns', thesaurus);
    expect(runs.map((run) => run.text)).toEqual(['Vietnam returns', '"Vietnam returns"', 'Viet Nam returns']);
  });

  it('searches the words of a query of several also as one phrase, weighted above the words apart', () => {
    expect(expandQuery('forced marriage', thesaurus).runs).toEqual([
      { text: 'forced marriage', weight: 1 },
      { text: '"forced marriage"', weight: PHRASE_WEIGHT },
    ]);
    expect(expandQuery('Bangkok', thesaurus).runs).toEqual([{ text: 'Bangkok', weight: 1 }]);
  });

  it('searches other spellings of a word', () => {
    expect(expandQuery('scam centres', thesaurus).runs).toEqual([
      { text: 'scam centres', weight: 1 },
      { text: '"scam centres"', weight: PHRASE_WEIGHT },
      { text: 'scam centers', weight: 0.95 },
    ]);
  });

  it('leaves out other names of one or two letters, and a quoted query altogether', () => {
    expect(expandQuery('Great Britain', thesaurus).runs.map((run) => run.text)).toEqual([
      'Great Britain',
      '"Great Britain"',
      'United Kingdom',
    ]);
    expect(expandQuery('"human trafficking"', thesaurus).runs).toEqual([{ text: '"human trafficking"', weight: 1 }]);
  });

  it('merges results: each record once, with its best score relative to its search’s best, weighted', () => {
    const merged = mergeResults([
      {
        weight: 1,
        results: [
          { id: 'a', score: 4 },
          { id: 'b', score: 1 },
        ],
      },
      {
        weight: 0.9,
        results: [
          { id: 'b', score: 40 },
          { id: 'c', score: 20 },
        ],
      },
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 0.9 },
      { id: 'c', score: 0.45 },
    ]);
  });

  it('leaves a word out in turn when a query of several words finds few records', () => {
    expect(relaxQuery('Andaman Sea crisis')).toEqual([
      { text: 'Sea crisis', weight: 0.5 },
      { text: 'Andaman crisis', weight: 0.5 },
      { text: 'Andaman Sea', weight: 0.5 },
    ]);
    expect(relaxQuery('Thailand')).toEqual([]);
    expect(relaxQuery('"Andaman Sea crisis"')).toEqual([]);
  });
});

describe('a search in the address', () => {
  it('round-trips every part, in one order', () => {
    const query =
      'q=trafficking&country=Sri+Lanka&country=Thailand&topic=Forced+marriage&role=host&from=2010&to=2016&sort=newest';
    const state = readState(`?${query}`);
    expect(state).toMatchObject({ q: 'trafficking', role: 'host', from: 2010, to: 2016, sort: 'newest' });
    expect(state.filters.country).toEqual(['Sri Lanka', 'Thailand']);
    expect(writeState(state)).toBe(query);
  });

  it('ignores what it does not know and puts a reversed range right', () => {
    const state = readState('?q=x&role=chair&from=2016&to=2010&sort=best&colour=red');
    expect(state.role).toBeUndefined();
    expect([state.from, state.to]).toEqual([2010, 2016]);
    expect(writeState(state)).toBe('q=x&from=2010&to=2016');
  });

  it('gives Pagefind the countries under their role’s key, and the years of the range, open ends bounded', () => {
    const state = readState('?country=Thailand&role=co-chair&from=2023');
    expect(toPagefindFilters(state, thesaurus.years)).toEqual({
      'co-chair': { any: ['Thailand'] },
      year: { any: ['2023', '2024', '2025'] },
    });
    expect(toPagefindFilters(state, thesaurus.years, 'country')).toEqual({ year: { any: ['2023', '2024', '2025'] } });
  });

  it('names every chosen filter in the heading, and a chip removes just its own', () => {
    const state = readState('?q=trafficking&country=Sri+Lanka&from=2016&to=2016');
    expect(describeResults(3, state)).toBe('3 results for trafficking · Sri Lanka · 2016');
    expect(describeResults(1, EMPTY_STATE)).toBe('1 record');
    const [country, years] = getChosenFilters(state);
    expect(writeState(country!.without)).toBe('q=trafficking&from=2016&to=2016');
    expect(writeState(years!.without)).toBe('q=trafficking&country=Sri+Lanka');
  });
});
