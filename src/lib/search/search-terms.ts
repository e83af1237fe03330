/**
 * Extra words indexed with each record so that Pagefind finds it from the one search box, whatever the script.
 *
 * Pagefind splits an English page into words at spaces and drops punctuation inside a word, so on its own:
 * - Thai, Lao, Khmer, Burmese, Chinese and Japanese text, written without spaces, becomes one long "word" and a
 *   query for a word inside it finds nothing;
 * - an elided word such as "d’Ivoire" is indexed as "divoire", so "Ivoire" finds nothing;
 * - "đ" has no decomposition, so "Da Nang" does not find "Đà Nẵng".
 * These helpers add, for the index only, the words a reader would type: each run of such a script cut into words by
 * `Intl.Segmenter` and indexed from every word boundary (so any run of whole words, typed without spaces as readers
 * of these languages do, is a prefix of an indexed term), the parts of elided words, and "đ" folded to "d".
 */

/** Scripts written without spaces between words, with the locale whose dictionary cuts them into words. */
const UNSPACED_SCRIPTS: ReadonlyArray<{ pattern: RegExp; locale: string }> = [
  { pattern: /[\p{Script=Thai}]+/gu, locale: 'th' },
  { pattern: /[\p{Script=Lao}]+/gu, locale: 'lo' },
  { pattern: /[\p{Script=Khmer}]+/gu, locale: 'km' },
  { pattern: /[\p{Script=Myanmar}]+/gu, locale: 'my' },
  { pattern: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu, locale: 'zh' },
];

/** Japanese when the run has kana, Chinese otherwise: ICU's dictionaries for each cut Han text into words. */
const localeFor = (run: string, locale: string) =>
  locale === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run) ? 'ja' : locale;

/** The longest run of words indexed as one term: a query longer than this is matched word by word instead. */
const MAX_WORDS_PER_TERM = 8;

const segmenters = new Map<string, Intl.Segmenter>();
function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Terms for a run of text in a script written without spaces: every word, and every run of up to
 * `MAX_WORDS_PER_TERM` words starting at a word boundary, joined without spaces.
 * @example getUnspacedTerms('การค้ามนุษย์', 'th') ⇒ ['การ', 'การค้า', 'การค้ามนุษย์', 'ค้า', 'ค้ามนุษย์', 'มนุษย์']
 */
export function getUnspacedTerms(run: string, locale: string): string[] {
  const words = [...getSegmenter(locale).segment(run)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
  const terms: string[] = [];
  for (let start = 0; start < words.length; start += 1) {
    let term = '';
    for (let end = start; end < Math.min(words.length, start + MAX_WORDS_PER_TERM); end += 1) {
      term += words[end];
      terms.push(term);
    }
  }
  return terms;
}

const ELIDED_WORD = /[\p{L}\p{N}]+(?:['’ʼ‘][\p{L}\p{N}]+)+/gu;

/**
 * The parts of words joined by an apostrophe, as readers type them.
 * @example getElisionTerms('delegates from Côte d’Ivoire') ⇒ ['Ivoire'] (parts of one letter are left out)
 */
export function getElisionTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.matchAll(ELIDED_WORD)) {
    for (const part of word.split(/['’ʼ‘]/u)) if ([...part].length >= 2) terms.push(part);
  }
  return terms;
}

/**
 * Words with "đ" or "Đ" (Vietnamese), with it folded to "d" so that a query typed without diacritics finds them.
 * @example getFoldedTerms('Đà Nẵng') ⇒ ['Da']
 */
export function getFoldedTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.matchAll(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu)) {
    terms.push(word.replaceAll('đ', 'd').replaceAll('Đ', 'D').normalize('NFD').replace(/\p{M}/gu, ''));
  }
  return terms;
}

/**
 * Every extra term to index for a text, without repeats, in the order found.
 * @example getIndexOnlyTerms('Côte d’Ivoire and การค้ามนุษย์') includes 'Ivoire' and 'ค้ามนุษย์'
 */
export function getIndexOnlyTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const { pattern, locale } of UNSPACED_SCRIPTS) {
    for (const [run] of text.matchAll(pattern)) {
      for (const term of getUnspacedTerms(run, localeFor(run, locale))) terms.add(term);
    }
  }
  for (const term of getElisionTerms(text)) terms.add(term);
  for (const term of getFoldedTerms(text)) terms.add(term);
  return [...terms];
}
