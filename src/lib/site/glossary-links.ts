/**
 * Links each glossary abbreviation, at its first use in a page's main content, to its entry on `/glossary/`, with its
 * expansion: `<a class="bp-term" href="/glossary/#term-ahg"><abbr title="Ad Hoc Group">AHG</abbr></a>`. Later uses on
 * the page stay as they are, so a page is not a thicket of links.
 *
 * It works on the page's HTML as Astro wrote it, read with htmlparser2, and changes nothing but the matched words:
 * every other byte stays where it was. Text is left alone where a link cannot go or would mislead: inside links,
 * buttons, summaries and labels, headings, code, `<abbr>` (a record may give its own expansion), anything hidden
 * (`hidden`, `aria-hidden`, or marked `data-glossary="off"`), and text for screen readers only (`visually-hidden`),
 * where a link would take the keyboard's focus out of sight.
 */
import { Parser } from 'htmlparser2';
import { escape } from 'html-escaper';
import type { GlossaryTerm } from '../archive/glossary.ts';

/** Elements whose text is never linked. */
const SKIPPED = new Set([
  'a',
  'abbr',
  'button',
  'summary',
  'label',
  'select',
  'option',
  'textarea',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'title',
]);

/** Whether an element starts a region whose text is not linked. */
const isSkippedElement = (name: string, attributes: Record<string, string>) =>
  SKIPPED.has(name) ||
  'hidden' in attributes ||
  attributes['aria-hidden'] === 'true' ||
  // Text for screen readers only: a link there could take the focus while nobody sees it.
  (attributes['class'] ?? '').split(/\s+/).includes('visually-hidden') ||
  attributes['data-glossary'] === 'off';

const escapePattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for a glossary, made once and used for every page. */
export interface GlossaryMatcher {
  terms: ReadonlyMap<string, GlossaryTerm>;
  pattern: RegExp;
}

/** The matcher of a glossary: whole words only, case as written, longest abbreviation first (WG-TIP before TIP). */
export function getGlossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const sorted = [...terms].sort((a, b) => b.abbreviation.length - a.abbreviation.length);
  const alternatives = sorted.map((term) => escapePattern(term.abbreviation)).join('|') || '(?!)';
  return {
    terms: new Map(terms.map((term) => [term.abbreviation, term])),
    // Not inside a longer word or hyphenated word (TIP in WG-TIP), nor an entity (&…;).
    pattern: new RegExp(`(?<![\\p{L}\\p{N}&#-])(?:${alternatives})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu'),
  };
}

/**
 * The page with the first use of each abbreviation in its `<main>` linked to the glossary.
 * @param glossaryHref the address of the glossary page, e.g. `/glossary/`.
 * @example linkFirstUses('<main><p>The AHG met. The AHG agreed.</p></main>', matcher, '/glossary/') ⇒ '<main><p>The <a class="bp-term" href="/glossary/#term-ahg"><abbr title="Ad Hoc Group">AHG</abbr></a> met. The AHG agreed.</p></main>'
 */
export function linkFirstUses(html: string, matcher: GlossaryMatcher, glossaryHref: string): string {
  const insertions: Array<{ start: number; end: number; text: string }> = [];
  const linked = new Set<string>();
  /** For each open element: whether it starts a region whose text is not linked. */
  const open: boolean[] = [];
  let skipped = 0;
  let inMain = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skips = isSkippedElement(name, attributes);
        open.push(skips);
        if (skips) skipped += 1;
        if (name === 'main') inMain += 1;
      },
      onclosetag(name) {
        if (open.pop()) skipped -= 1;
        if (name === 'main') inMain -= 1;
      },
      ontext(text) {
        if (inMain === 0 || skipped > 0 || linked.size === matcher.terms.size) return;
        const start = parser.startIndex;
        for (const match of text.matchAll(matcher.pattern)) {
          const term = matcher.terms.get(match[0]);
          if (!term || linked.has(term.abbreviation)) continue;
          linked.add(term.abbreviation);
          const at = start + match.index;
          insertions.push({
            start: at,
            end: at + match[0].length,
            text: `<a class="bp-term" href="${escape(`${glossaryHref}#${term.anchor}`)}"><abbr title="${escape(term.expansion)}">${match[0]}</abbr></a>`,
          });
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (insertions.length === 0) return html;
  let result = '';
  let from = 0;
  for (const insertion of insertions) {
    result += html.slice(from, insertion.start) + insertion.text;
    from = insertion.end;
  }
  return result + html.slice(from);
}
