/**
 * Characters a record may not contain: they are invisible in an editor, break feeds and data files, or make a code
 * look right while being wrong (`A\u200BU`, with a zero-width space inside, is not `AU`).
 *
 * The rule, for every content file, frontmatter and text alike:
 * - control characters (C0 and C1) other than tab, line feed and the carriage return of a Windows line ending;
 * - a byte-order mark (U+FEFF) anywhere, including at the start of the file;
 * - zero-width spaces and joiners that have no use in the archive's languages (U+200B, U+2060, U+180E);
 * - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what an editor shows;
 * - the line and paragraph separators U+2028 and U+2029, which end lines in some readers and not in others.
 * The zero-width joiner and non-joiner (U+200C, U+200D) are allowed: Persian, Indic scripts and emoji need them.
 */

const FORBIDDEN = /(?![\t\n\r])\p{Cc}|\r(?!\n)|[\uFEFF\u200B\u2060\u180E\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

/** A forbidden character and where it is (offset in the text, 1-based line and column). */
export interface ForbiddenCharacter {
  offset: number;
  line: number;
  column: number;
  /** The character written visibly, e.g. `\u200B`. */
  escaped: string;
}

/**
 * A character as a contributor can read it in a message.
 * @example escapeCharacter('\u200B') ⇒ '\\u200B'
 */
export function escapeCharacter(char: string): string {
  return `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text with every forbidden or invisible character written visibly.
 * @example showInvisible('A\u200BU') ⇒ 'A\\u200BU'
 */
export function showInvisible(text: string): string {
  return text.replace(FORBIDDEN, escapeCharacter);
}

/**
 * Every forbidden character of a text, in order.
 * @example findForbiddenCharacters('title: A\u0007')[0] ⇒ { offset: 8, line: 1, column: 9, escaped: '\\u0007' }
 */
export function findForbiddenCharacters(text: string): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(FORBIDDEN)) {
    for (let index = scanned; index < match.index; index += 1) {
      if (text[index] === '\n') {
        line += 1;
        lineStart = index + 1;
      }
    }
    scanned = match.index;
    found.push({ offset: match.index, line, column: match.index - lineStart + 1, escaped: escapeCharacter(match[0]) });
  }
  return found;
}

/**
 * The forbidden characters that a file writes in another form, as its parsed values hold them: a YAML escape in
 * double quotes (`"\u0007"`, `"\e"`, `"\N"`) is no forbidden character in the file, but is one in the value.
 * @param value parsed frontmatter (objects, arrays, strings, other scalars).
 * @returns each string value holding one, with its path and the first such character written visibly.
 * @example findForbiddenInValues({ summary: 'A\u0007' }) ⇒ [{ path: ['summary'], escaped: '\\u0007' }]
 */
export function findForbiddenInValues(
  value: unknown,
  path: Array<string | number> = [],
): Array<{ path: Array<string | number>; escaped: string }> {
  if (typeof value === 'string') {
    const found = value.match(new RegExp(FORBIDDEN.source, 'u'));
    return found ? [{ path, escaped: escapeCharacter(found[0]) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findForbiddenInValues(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findForbiddenInValues(item, [...path, key]));
  }
  return [];
}
