/**
 * The rendered text of each record, as the meetings loader made it (or found it stored from the last build), kept
 * for the rest of the process so that the search index is made from the content layer instead of reading built pages
 * back. Kept on `globalThis` under a registered symbol for the reason the readings are (see `getContentReading`):
 * the loader and the integrations run in separate module graphs of one process.
 */

interface RenderedTexts {
  /** HTML of each record's text, by the record's absolute path. */
  html: Map<string, string>;
  /** Goes up on every change, so a consumer can tell that what it made from these is out of date (`astro dev`). */
  version: number;
}

const KEY = Symbol.for('bali-process-meeting-records.rendered-texts');
const texts: RenderedTexts = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  html: new Map(),
  version: 0,
}) as RenderedTexts;

/** Keeps the HTML of a record's text, by the record's absolute path. */
export function keepRenderedText(path: string, html: string): void {
  if (texts.html.get(path) === html) return;
  texts.html.set(path, html);
  texts.version += 1;
}

/**
 * The HTML of a record's text, by its absolute path.
 * @throws Error when the loader has not rendered it in this process, which would leave the record out of search.
 */
export function getRenderedText(path: string): string {
  const html = texts.html.get(path);
  if (html === undefined) throw new Error(`The text of ${path} was not rendered in this build, so it cannot be indexed.`);
  return html;
}

/** A number that changes whenever a record's rendered text does. */
export function getRenderedTextsVersion(): number {
  return texts.version;
}
