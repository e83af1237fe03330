/**
 * Which pages the accessibility sweep runs axe on: every page of a route of its own (the home page, /about/, each
 * list of all topics, countries…), and for each route with a page per topic, country, record… (`/topics/<id>/`,
 * `/countries/<code>/<role>/`) the fewest pages that between them hold every kind of element the route's pages hold.
 *
 * A page's kinds of element are its elements' names with each class, role, ARIA attribute and language they carry
 * (`table`, `td.bp-matrix__cell`, `abbr[title]`, `p[lang=th]`): pages of one template that hold the same kinds differ
 * only in their words, which axe's WCAG rules do not read. The pages are chosen greedily, largest first, so the sample
 * grows with what the archive holds, not with how many records it has.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';

/** The route of a page: its path with each segment after the first written as `*` ("/countries/*\/*\/"). */
export function routeOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2) return path;
  return `/${[segments[0], ...segments.slice(1).map(() => '*')].join('/')}/`;
}

const ELEMENT = /<([a-z][a-z0-9-]*)\b([^>]*)>/g;
const ATTRIBUTE = /([a-z][a-z0-9:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Attributes whose values make a different kind of element for axe. */
const KEPT_VALUES = new Set(['role', 'lang', 'dir', 'type']);

/** The kinds of element in a page's body, as "name", "name.class", "name[attribute]" and "name[attribute=value]". */
export function elementKinds(html: string): Set<string> {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  const kinds = new Set<string>();
  for (const [, name, attributes = ''] of body.matchAll(ELEMENT)) {
    kinds.add(name!);
    for (const [, attribute, ...values] of attributes.matchAll(ATTRIBUTE)) {
      const value = values.find((item) => item !== undefined) ?? '';
      if (attribute === 'class') for (const item of value.split(/\s+/).filter(Boolean)) kinds.add(`${name}.${item}`);
      else if (KEPT_VALUES.has(attribute!)) kinds.add(`${name}[${attribute}=${value}]`);
      else if (attribute!.startsWith('aria-') || attribute === 'title' || attribute === 'tabindex')
        kinds.add(`${name}[${attribute}]`);
    }
  }
  return kinds;
}

/**
 * The pages to sweep, in the order given: all pages of routes with one page, and a covering sample of the others.
 * @param pages paths of the pages, each with the file of its built HTML.
 * @returns the paths chosen, and for each route the kinds its pages hold, for the test that checks the cover.
 */
export function samplePages(pages: ReadonlyArray<{ path: string; file: string }>): {
  chosen: string[];
  kindsByRoute: Map<string, Set<string>>;
} {
  const byRoute = new Map<string, Array<{ path: string; html: string }>>();
  for (const { path, file } of pages) {
    const route = routeOf(path);
    byRoute.set(route, [...(byRoute.get(route) ?? []), { path, html: readFileSync(file, 'utf8') }]);
  }
  const chosen = new Set<string>();
  const kindsByRoute = new Map<string, Set<string>>();
  for (const [route, members] of byRoute) {
    const withKinds = members
      .map((member) => ({ ...member, kinds: elementKinds(member.html) }))
      .sort((a, b) => b.html.length - a.html.length || a.path.localeCompare(b.path));
    const all = new Set(withKinds.flatMap((member) => [...member.kinds]));
    kindsByRoute.set(route, all);
    const covered = new Set<string>();
    while (covered.size < all.size) {
      const best = withKinds.reduce((a, b) =>
        [...b.kinds].filter((kind) => !covered.has(kind)).length >
        [...a.kinds].filter((kind) => !covered.has(kind)).length
          ? b
          : a,
      );
      chosen.add(best.path);
      for (const kind of best.kinds) covered.add(kind);
    }
  }
  return { chosen: pages.map(({ path }) => path).filter((path) => chosen.has(path)), kindsByRoute };
}

/** What a page's text asks of its width: the longest word in each kind of element, and how much text there is. */
export interface TextMeasure {
  /**
   * The longest run of characters without a space inside each kind of element, anywhere within it, by element name
   * and by name with each class (`td`, `td.bp-matrix__cell`). A narrow screen has to fit it, or the element wrap it.
   */
  longestWord: Map<string, number>;
  /** Characters of text in the page's body, spaces left out. */
  characters: number;
}

/** Measures the text of a page's body (see `TextMeasure`); script and style elements hold none. */
export function measureText(html: string): TextMeasure {
  const open: Array<{ name: string; kinds: string[] }> = [];
  const longestWord = new Map<string, number>();
  let characters = 0;
  let inBody = false;
  // The parser may hand over one run of text in pieces (around an entity): it is measured whole, at the next tag.
  let text = '';
  const measure = () => {
    if (inBody && !open.some(({ name }) => name === 'script' || name === 'style')) {
      const words = text.split(/\s+/).filter(Boolean);
      characters += words.join('').length;
      const longest = Math.max(0, ...words.map((word) => [...word].length));
      for (const { kinds } of open) {
        for (const kind of kinds) if ((longestWord.get(kind) ?? 0) < longest) longestWord.set(kind, longest);
      }
    }
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        measure();
        if (name === 'body') inBody = true;
        const classes = (attributes['class'] ?? '').split(/\s+/).filter(Boolean);
        open.push({ name, kinds: [name, ...classes.map((item) => `${name}.${item}`)] });
      },
      onclosetag() {
        measure();
        open.pop();
      },
      ontext(piece) {
        text += piece;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  measure();
  return { longestWord, characters };
}

/**
 * Pages of one route whose text is their own, to read where their words must fit (a narrow screen, large text): the
 * fewest that hold every kind of element the pages hold (as `samplePages` chooses them), for each kind of element
 * the page where it holds its longest word, and the `fewest` pages with the least text, where what every page
 * shows (a citation, the site's furniture) is the largest part of the page.
 * @returns the paths chosen, in the order given.
 */
export function sampleByText(pages: ReadonlyArray<{ path: string; file: string }>, fewest: number): string[] {
  const chosen = new Set(samplePages(pages).chosen);
  const measured = pages.map((page) => ({ path: page.path, ...measureText(readFileSync(page.file, 'utf8')) }));
  const widest = new Map<string, { path: string; length: number }>();
  for (const { path, longestWord } of measured) {
    for (const [kind, length] of longestWord)
      if ((widest.get(kind)?.length ?? 0) < length) widest.set(kind, { path, length });
  }
  for (const { path } of widest.values()) chosen.add(path);
  for (const { path } of [...measured].sort((a, b) => a.characters - b.characters).slice(0, fewest)) chosen.add(path);
  return pages.map(({ path }) => path).filter((path) => chosen.has(path));
}
