/**
 * The notes `npm run new` writes where the contributor still has something to write. They are HTML comments, so a
 * preview shows the record without them, and each starts with `PROMPT_MARKER`, so the content check can refuse a
 * record that still has one: a record is published only once every note has been replaced with text.
 */

/** The words that start every note the generator writes. */
export const PROMPT_MARKER = 'TO FILL IN:';

/**
 * A note of the generator, as it appears in a record's text.
 * @example prompt('why the meeting was held') ⇒ '<!-- TO FILL IN: why the meeting was held -->'
 */
export const prompt = (what: string) => `<!-- ${PROMPT_MARKER} ${what} -->`;

/** A line that still holds a note of the generator. */
export interface UnfilledPrompt {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/**
 * Every line of a record file that still holds a note of the generator.
 * @example findUnfilledPrompts('---\n---\n<!-- TO FILL IN: what was agreed -->')[0].line ⇒ 3
 */
export function findUnfilledPrompts(text: string): UnfilledPrompt[] {
  const found: UnfilledPrompt[] = [];
  text.split('\n').forEach((line, index) => {
    const at = line.indexOf(PROMPT_MARKER);
    if (at === -1) return;
    const what = line.slice(at + PROMPT_MARKER.length).replace(/-->.*$/, '').trim();
    found.push({
      line: index + 1,
      message: `still has the note that npm run new wrote here ("${what.length > 60 ? `${what.slice(0, 59)}…` : what}"). Replace the note with text from the sources, or delete the line`,
    });
  });
  return found;
}
