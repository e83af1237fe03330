/**
 * The text of a record as the search index holds it, and a query as it is run against that index, so that a reader
 * finds words Pagefind would otherwise miss, while every excerpt shows the record's own text.
 *
 * Pagefind cuts text into words at spaces (Pagefind 1.6, for an English page), so on its own:
 * - Thai, Lao, Khmer, Burmese, Chinese and Japanese, written without spaces between words, become one long "word",
 *   and a query for a word inside it finds nothing;
 * - an elided word such as "d’Ivoire" is one word, so "Ivoire" finds nothing;
 * - "đ" (Vietnamese) has no decomposition, so "Da Nang" does not find "Đà Nẵng", while Pagefind matches "a" to "à".
 *
 * The index text therefore has a space between the words of an unspaced script, as `Intl.Segmenter` cuts them, and
 * after the apostrophe of an elision ("d’ Ivoire"); and "đ" as "d" followed by `STROKE` (U+0335, a combining mark,
 * which Pagefind drops when it indexes a word but keeps in the text). `fromIndexText` undoes all three in excerpts.
 * Pagefind keeps no other whitespace than a plain space, so a space a record itself has between two words of an
 * unspaced script does not come back in an excerpt (records are written in English; such text is a name or a quote).
 * A query gets the same cuts, and "đ" typed as "d".
 */

/** The mark that turns "d" back into "đ" in an excerpt. */
const STROKE = '\u0335';

/** Scripts written without spaces between words, with the locale whose dictionary cuts them into words. */
const UNSPACED_SCRIPTS: ReadonlyArray<{ pattern: RegExp; locale: string }> = [
  { pattern: /[\p{Script=Thai}]+/gu, locale: 'th' },
  { pattern: /[\p{Script=Lao}]+/gu, locale: 'lo' },
  { pattern: /[\p{Script=Khmer}]+/gu, locale: 'km' },
  { pattern: /[\p{Script=Myanmar}]+/gu, locale: 'my' },
  { pattern: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu, locale: 'zh' },
];

/** A character of an unspaced script. */
const UNSPACED_CHARACTER =
  '[\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';

/** A space the index put between two words of an unspaced script, around the marks of an excerpt. */
const CUT_SPACE = new RegExp(`(?<=${UNSPACED_CHARACTER}(?:</?mark>)?) (?=(?:</?mark>)?${UNSPACED_CHARACTER})`, 'gu');

/** Japanese when the run has kana, Chinese otherwise: ICU's dictionaries for each cut Han text into words. */
const localeFor = (run: string, locale: string) =>
  locale === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run) ? 'ja' : locale;

const segmenters = new Map<string, Intl.Segmenter>();
function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** A run of an unspaced script, cut into its words (punctuation inside the run kept as its own pieces). */
function cutRun(run: string, locale: string, separator: string): string {
  return [...getSegmenter(localeFor(run, locale)).segment(run)].map((segment) => segment.segment).join(separator);
}

/** The apostrophe of an elision: "d’Ivoire", "l’Organisation", "qu’il" (not "Thailand’s"). */
const ELISION = /(?<=(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu)['’ʼ])(?=\p{L})/giu;

/** The space the index put after the apostrophe of an elision, in an excerpt (where a mark may follow it). */
const ELISION_SPACE = /(?<=(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu)['’ʼ](?:<\/?mark>)?) (?=(?:<\/?mark>)?\p{L})/giu;

function cut(text: string, separator: string): string {
  let result = text;
  for (const { pattern, locale } of UNSPACED_SCRIPTS) {
    result = result.replace(pattern, (run) => cutRun(run, locale, separator));
  }
  return result.replace(ELISION, separator);
}

/**
 * A text as the index holds it: words of unspaced scripts and elisions cut apart with a space, "đ" as "d" with
 * `STROKE`.
 * @example toIndexText('Đà Nẵng') ⇒ 'D\u0335à Nẵng'
 * @example toIndexText('การค้ามนุษย์') ⇒ 'การ ค้า มนุษย์'
 */
export function toIndexText(text: string): string {
  return cut(text.replaceAll(STROKE, ''), ' ').replaceAll('đ', `d${STROKE}`).replaceAll('Đ', `D${STROKE}`);
}

/**
 * An excerpt or any text from the index (Pagefind's excerpts are HTML with `<mark>` around matched words) as the
 * record wrote it.
 * @example fromIndexText('การ ค้า <mark>มนุษย์</mark>') ⇒ 'การค้า<mark>มนุษย์</mark>'
 */
export function fromIndexText(text: string): string {
  return text
    .replace(CUT_SPACE, '')
    .replace(ELISION_SPACE, '')
    .replaceAll(`d${STROKE}`, 'đ')
    .replaceAll(`D${STROKE}`, 'Đ');
}

/**
 * A reader's query as it is run against the index: cut as the index text is, with plain spaces, and "đ" as "d".
 * Quotes are kept, so an exact phrase stays one.
 * @example toQueryText('การค้ามนุษย์') ⇒ 'การ ค้า มนุษย์'
 * @example toQueryText('Côte d’Ivoire') ⇒ 'Côte d’ Ivoire'
 */
export function toQueryText(query: string): string {
  return cut(query.normalize('NFC'), ' ').replaceAll('đ', 'd').replaceAll('Đ', 'D').replace(/\s+/gu, ' ').trim();
}
