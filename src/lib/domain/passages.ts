/**
 * What a record says about a topic: the rules that pick the sentence or two of a record's text that a topic page
 * quotes, and that find a passage a contributor marked for a topic (the `passages` field of a record).
 *
 * - **Marked.** A record may name, for one of its topics, one or two sentences of its own text (`passages:
 *   { forced-marriage: "…" }`). They are found in the text by `findPassage`, which compares the text as a reader
 *   sees it (quotes, dashes, white space and Markdown's `*`, `_` and link brackets aside), and the whole sentences
 *   holding them are quoted.
 * - **Found.** Otherwise the topic page quotes the first paragraph or list item, in the record's order, with a
 *   sentence that names the topic, by its label or one of its aliases (`content/topics/<id>.yaml`): up to two such
 *   sentences of it (`findTopicSentences`). A lead-in of three words or fewer at the start of a place ("Membership.")
 *   counts as part of the sentence after it. A name matches as whole words, with a final "s" or "es" allowed (a plural);
 *   in any case, except a name with two or more capital letters (an abbreviation such as AML, or a proper name such as
 *   Bali Declaration), which matches only with its capitals.
 * - **None.** A record whose text names the topic nowhere is still listed on the topic page, saying so.
 */

/** A place in a record's text: a paragraph, list item or table cell, with its id on the record page. */
export interface TextPlace {
  /** The id of its element on the record page, e.g. `p-4`: links to it end in `#p-4`. */
  id: string;
  /** Its text as the page shows it, with runs of white space as one space. */
  text: string;
}

/** Sentences quoted from a record: the place that holds them and the sentences, as the page shows them. */
export interface Passage {
  /** The id of the place (`p-4`). */
  placeId: string;
  /** One or two sentences, in the record's order. */
  sentences: string[];
  /** The sentences as one quote: joined by a space, or by " … " where the place has other sentences between them. */
  quote: string;
}

/** What stands between two quoted sentences that are not next to each other in their place. */
export const QUOTE_GAP = ' … ';

/** How many sentences of a place a topic page quotes at most. */
export const MAX_QUOTED_SENTENCES = 2;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A place's first "sentence" of this many words or fewer is a lead-in ("Membership."), read with the next one. */
export const LEAD_IN_WORDS = 3;

/**
 * The sentences of a text, trimmed, as `Intl.Segmenter` finds their Unicode boundaries, with a short lead-in at the
 * start of the text, such as "Membership." (at most `LEAD_IN_WORDS` words), kept with the sentence after it.
 * @example splitSentences('Trends. Members saw more smuggling by air. It grew.') ⇒ ['Trends. Members saw more smuggling by air.', 'It grew.']
 */
export function splitSentences(text: string): string[] {
  const sentences = [...sentenceSegmenter.segment(text)].map((part) => part.segment.trim()).filter(Boolean);
  if (sentences.length > 1 && sentences[0]!.split(/\s+/).length <= LEAD_IN_WORDS) {
    sentences.splice(0, 2, `${sentences[0]} ${sentences[1]}`);
  }
  return sentences;
}

/**
 * A text as compared when a marked passage is looked for: Markdown's emphasis marks and link brackets dropped,
 * curly quotes made straight, dashes and ellipses written one way, white space as one space.
 * @example normaliseForMatch('**Future focus.** On “trafficking” -- [they](https://a.example/) named…')
 *   ⇒ 'Future focus. On "trafficking" - they named...'
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/-{2,3}|[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds a marked passage in a record's text: the first place that holds it, and the whole sentences of that place
 * that hold it.
 * @param places the record's places, in order.
 * @param passage the text as the contributor copied it (from the page or from the file).
 * @returns `undefined` when no one place holds it.
 * @example findPassage([{ id: 'p-1', text: 'Trends. They named forced marriage. Others.' }], 'they named forced marriage')
 *   ⇒ undefined (case differs); with 'They named forced marriage.' ⇒ { placeId: 'p-1', sentences: ['They named forced marriage.'] }
 */
export function findPassage(places: readonly TextPlace[], passage: string): Passage | undefined {
  const wanted = normaliseForMatch(passage);
  if (wanted === '') return undefined;
  for (const place of places) {
    if (!normaliseForMatch(place.text).includes(wanted)) continue;
    const sentences = splitSentences(place.text);
    for (let first = 0; first < sentences.length; first += 1) {
      for (let last = first; last < sentences.length; last += 1) {
        const quoted = sentences.slice(first, last + 1);
        if (normaliseForMatch(quoted.join(' ')).includes(wanted)) {
          return { placeId: place.id, sentences: quoted, quote: quoted.join(' ') };
        }
      }
    }
    // The passage runs across a sentence boundary the segmenter does not see the same way: quote the place.
    return { placeId: place.id, sentences: [place.text], quote: place.text };
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern that finds any of a topic's names in a sentence (see the rule at the top of this file).
 * @example topicNamePattern(['Forced marriage', 'AML']).test('They named forced marriages.') ⇒ true
 * @example topicNamePattern(['AML']).test('aml') ⇒ false
 */
export function topicNamePattern(names: readonly string[]): RegExp | undefined {
  const parts = [...new Set(names.map((name) => name.trim()).filter(Boolean))].map((name) => {
    const body = name
      .split(/[\s\u2010-\u2015-]+/)
      .filter(Boolean)
      .map((word) => escapeRegExp(word).replace(/'/g, "['\u2019]"))
      .join('[\\s\\u2010-\\u2015-]+');
    const plural = /\p{L}$/u.test(name) ? '(?:e?s)?' : '';
    const exact = (name.match(/\p{Lu}/gu) ?? []).length >= 2;
    // Case-insensitive names are matched as lower case against a lower-cased sentence; exact ones as written.
    return { source: `${body}${plural}`, exact };
  });
  if (parts.length === 0) return undefined;
  const alternatives = parts.map(({ source, exact }) => (exact ? source : `(?i:${source})`)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The sentences a topic page quotes from a record that marks no passage for the topic: the first place whose text
 * names the topic, and up to `MAX_QUOTED_SENTENCES` of its sentences that do.
 * @param names the topic's label and aliases.
 * @returns `undefined` when no sentence of the text names the topic.
 */
export function findTopicSentences(places: readonly TextPlace[], names: readonly string[]): Passage | undefined {
  const pattern = topicNamePattern(names);
  if (!pattern) return undefined;
  for (const place of places) {
    if (!pattern.test(place.text)) continue;
    const all = splitSentences(place.text);
    const chosen = all
      .flatMap((sentence, index) => (pattern.test(sentence) ? [index] : []))
      .slice(0, MAX_QUOTED_SENTENCES);
    if (chosen.length === 0) continue;
    const sentences = chosen.map((index) => all[index]!);
    const quote = chosen
      .map((index, at) => (at === 0 ? '' : index === chosen[at - 1]! + 1 ? ' ' : QUOTE_GAP) + all[index]!)
      .join('');
    return { placeId: place.id, sentences, quote };
  }
  return undefined;
}
