/**
 * A reader's query, expanded with the thesaurus: the searches to run for it, and what it names.
 *
 * The query is cut into words as the index is (`toQueryText`) and folded for matching (lower case, Latin letters
 * without accents). Any run of its words that is a name in the thesaurus (a label, alias, acronym, another
 * country name or another language's label) names that entry. The searches are then:
 * - the query as typed (weight 1);
 * - for each named entry, the query with those words replaced by each of the entry's English names (`englishNames`,
 *   weight `OTHER_NAME_WEIGHT`), so "JPoA" also searches "Joint Period of Action" and "perdagangan orang" also
 *   "Trafficking persons" (small words such as "of" and "in" left out of other names, `SMALL_WORDS`); a query that
 *   is nothing but another language's label is itself searched as that exact phrase;
 * - for each word with another spelling (`SPELLINGS`), the query with that spelling (weight `SPELLING_WEIGHT`).
 * A quoted query is an exact phrase and is searched as typed only.
 */
import { toQueryText } from './index-text.ts';
import type { Thesaurus, ThesaurusEntry } from './thesaurus.ts';

/** One search to run, and how much its scores count against the query as typed. */
export interface QueryRun {
  text: string;
  weight: number;
}

/** What a query asks for. */
export interface ExpandedQuery {
  /** The searches to run: the query as typed first. At most `MAX_RUNS`. */
  runs: QueryRun[];
  /** The entries the query names, in the order it names them. */
  named: ThesaurusEntry[];
}

/** Scores through another name count a little less than the reader's own words, so records using them come first. */
export const OTHER_NAME_WEIGHT = 0.9;
/** Another spelling of a word is the same word: nearly the same weight. */
export const SPELLING_WEIGHT = 0.95;
/**
 * A record with the reader's words as one phrase ("forced marriage") ranks above one with the same words apart ("the
 * marriage was forced"): the phrase is searched too, and its best match scores a quarter more than the best of the
 * words alone.
 */
export const PHRASE_WEIGHT = 1.25;
/** The most searches one query runs, the query as typed included. */
export const MAX_RUNS = 12;
/** Other names shorter than this are not searched: two letters ("UK") match too many words of other meanings. */
const MIN_NAME_LENGTH = 3;

/**
 * A text folded for matching: cut into words as the index is, lower case, accents off Latin letters, punctuation
 * gone. Marks of other scripts (Thai vowels, for instance) are kept: they are letters there.
 * @example foldWords('Viet Nam') ⇒ ['viet', 'nam']
 * @example foldWords('Côte d’Ivoire') ⇒ ['cote', 'd', 'ivoire']
 */
export function foldWords(text: string): string[] {
  return toQueryText(text)
    .toLocaleLowerCase('en')
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** An index of the thesaurus's names, by their folded words joined with spaces. */
export interface NameIndex {
  byName: ReadonlyMap<string, readonly ThesaurusEntry[]>;
  /** The names that are another language's label, and no entry's English name. */
  translations: ReadonlySet<string>;
  /** The most words any name has. */
  longest: number;
}

/** Indexes every name of every entry (label, other names, other languages' labels). */
export function indexNames(thesaurus: Thesaurus): NameIndex {
  const byName = new Map<string, ThesaurusEntry[]>();
  const english = new Set<string>();
  const translations = new Set<string>();
  let longest = 1;
  for (const entry of thesaurus.entries) {
    const names = [
      ...[entry.label, ...entry.names].map((name) => ({ name, translated: false })),
      ...entry.translations.map((translation) => ({ name: translation.label, translated: true })),
    ];
    for (const { name, translated } of names) {
      const words = foldWords(name);
      if (words.length === 0) continue;
      longest = Math.max(longest, words.length);
      const key = words.join(' ');
      (translated ? translations : english).add(key);
      const entries = byName.get(key) ?? [];
      if (!entries.includes(entry)) entries.push(entry);
      byName.set(key, entries);
    }
  }
  for (const key of english) translations.delete(key);
  return { byName, translations, longest };
}

/**
 * English words too common to search for on their own, left out of the other names a query is expanded with, so
 * "Joint Period of Action" neither ranks nor marks every "of". The reader's own words are searched as typed.
 */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/** A name without its small words: "Trafficking in persons" ⇒ "Trafficking persons". */
const withoutSmallWords = (name: string) =>
  name
    .split(/\s+/u)
    .filter((word) => !SMALL_WORDS.has(word.toLowerCase()))
    .join(' ') || name;

/**
 * The English names an entry is searched by: a topic by its label, which every record filed under it carries, so its
 * aliases need no search of their own (each search costs the reader index downloads); anything else by its label and
 * its other names long enough to search (a country's few other names: records write either).
 */
function englishNames(entry: ThesaurusEntry): string[] {
  const names = entry.type === 'topic' ? [entry.label] : [entry.label, ...entry.names];
  return names.filter((name) => [...name.trim()].length >= MIN_NAME_LENGTH);
}

/**
 * The searches to run for a query, and the entries it names.
 * @example expandQuery('JPoA', thesaurus).runs ⇒ [{ text: 'JPoA', weight: 1 }, { text: 'Joint Period of Action', weight: 0.9 }]
 * @example expandQuery('forced marriage', thesaurus).runs ⇒ [{ text: 'forced marriage', weight: 1 }, { text: '"forced marriage"', weight: 1.25 }]
 */
export function expandQuery(
  query: string,
  thesaurus: Thesaurus,
  names: NameIndex = indexNames(thesaurus),
): ExpandedQuery {
  const typed = query.trim();
  if (!typed) return { runs: [], named: [] };
  const runs: QueryRun[] = [{ text: typed, weight: 1 }];
  const named: ThesaurusEntry[] = [];
  if (/^".*"$/su.test(typed)) return { runs, named };

  const words = foldWords(typed);
  const seen = new Set([words.join(' ')]);
  const add = (replaced: readonly string[], weight: number) => {
    const text = replaced.join(' ').trim();
    const key = foldWords(text).join(' ');
    if (!text || seen.has(key) || runs.length >= MAX_RUNS) return;
    seen.add(key);
    runs.push({ text, weight });
  };

  // Names, longest first at each position; a matched run of words is not matched again inside.
  const matches: Array<{ start: number; end: number; entries: readonly ThesaurusEntry[] }> = [];
  for (let start = 0; start < words.length;) {
    let matched = false;
    for (let length = Math.min(names.longest, words.length - start); length >= 1; length -= 1) {
      const entries = names.byName.get(words.slice(start, start + length).join(' '));
      if (entries) {
        matches.push({ start, end: start + length, entries });
        start += length;
        matched = true;
        break;
      }
    }
    if (!matched) start += 1;
  }
  const whole = matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === words.length;
  // A query that is nothing but another language's label is searched as that exact phrase: its words one by one
  // match English words only by chance ("orang" would find "or").
  if (whole && words.length > 1 && names.translations.has(words.join(' '))) runs[0] = { text: `"${typed}"`, weight: 1 };
  else if (words.length > 1) runs.push({ text: `"${typed}"`, weight: PHRASE_WEIGHT });
  for (const { start, end, entries } of matches) {
    for (const entry of entries) {
      if (!named.includes(entry)) named.push(entry);
      for (const name of englishNames(entry)) {
        add([...words.slice(0, start), withoutSmallWords(name), ...words.slice(end)], OTHER_NAME_WEIGHT);
      }
    }
  }
  words.forEach((word, index) => {
    for (const group of thesaurus.spellings) {
      if (!group.includes(word)) continue;
      for (const other of group) {
        if (other !== word) add([...words.slice(0, index), other, ...words.slice(index + 1)], SPELLING_WEIGHT);
      }
    }
  });
  return { runs, named };
}

/** How much a search with one word left out counts; its records come after every record with all the words. */
export const RELAXED_WEIGHT = 0.5;

/**
 * The searches to add when a query of several words finds few records: the query with one word left out, each in
 * turn, so that "Andaman Sea crisis" also finds the records on the Andaman Sea that never say "crisis". A quoted
 * query stays exact.
 * @example relaxQuery('Andaman Sea crisis') ⇒ ['Sea crisis', 'Andaman crisis', 'Andaman Sea'] at `RELAXED_WEIGHT`
 */
export function relaxQuery(query: string): QueryRun[] {
  const typed = query.trim();
  if (/^".*"$/su.test(typed)) return [];
  const words = typed.split(/\s+/u).filter(Boolean);
  if (words.length < 2) return [];
  return words.map((_, index) => ({
    text: words.filter((__, other) => other !== index).join(' '),
    weight: RELAXED_WEIGHT,
  }));
}

/** A result of one search: Pagefind's id of the record and its score. */
export interface RunResult {
  id: string;
  score: number;
}

/**
 * The results of several searches as one list: each record once, best first. Pagefind's scores are on a different
 * scale for each search (more words, higher scores), so each search's scores are first divided by its best one; a
 * record's score is then its best weighted score over the searches (ties keep the order of the first search that
 * found them). The reader's own words thus come first, then other names (`OTHER_NAME_WEIGHT`).
 */
export function mergeResults(runs: ReadonlyArray<{ weight: number; results: readonly RunResult[] }>): RunResult[] {
  const best = new Map<string, { score: number; order: number }>();
  let order = 0;
  for (const { weight, results } of runs) {
    const top = Math.max(0, ...results.map((result) => result.score));
    for (const result of results) {
      const score = top > 0 ? (weight * result.score) / top : 0;
      const known = best.get(result.id);
      if (!known) best.set(result.id, { score, order: order++ });
      else if (score > known.score) known.score = score;
    }
  }
  return [...best]
    .sort(([, a], [, b]) => b.score - a.score || a.order - b.order)
    .map(([id, { score }]) => ({ id, score }));
}
