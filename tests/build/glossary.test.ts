/**
 * The glossary page lists every abbreviation with its expansion from the content, and on every other page the first
 * use of each abbreviation in the main content (where a link may go) is the one linked to it, with its expansion.
 * The first use is found here by walking each page's text in document order, independently of how the site links it.
 */
import { describe, expect, it } from 'vitest';
import { getGlossary, type GlossaryTerm } from '../../src/lib/archive/glossary.ts';
import { ARCHIVE_SITES } from '../setup/sites.ts';
import { getSiteArchive, listHtmlFiles, readPage } from './helpers.ts';

/** Elements a link to the glossary cannot go in, or would mislead in, by name. */
const NOT_LINKED_ELEMENTS = new Set(
  'a abbr button summary label h1 h2 h3 h4 h5 h6 code pre kbd script style template noscript'.split(' '),
);

/** Whether a link to the glossary cannot go in an element: one named above, or hidden, from sight or from all. */
const isNotLinked = (element: Element) =>
  NOT_LINKED_ELEMENTS.has(element.localName) ||
  element.hasAttribute('hidden') ||
  element.getAttribute('aria-hidden') === 'true' ||
  element.classList.contains('visually-hidden');

/** Whether an element is a link to the glossary (`a.bp-term`). */
const isTermLink = (element: Element | null | undefined) =>
  element?.localName === 'a' && element.classList.contains('bp-term');

/** An abbreviation, and the pattern of its use as a word of its own: not inside a longer word, a number or an entity. */
interface Usage {
  abbreviation: string;
  pattern: RegExp;
}

const usageOf = ({ abbreviation }: GlossaryTerm): Usage => ({
  abbreviation,
  // Abbreviations are letters, digits and hyphens: nothing to escape.
  pattern: new RegExp(`(?<![\\p{L}\\p{N}&#-])${abbreviation}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'u'),
});

/** The first use of each abbreviation in the text of a page's main content where a link may go, in document order. */
function firstUses(page: Document, usages: readonly Usage[]): Map<string, Text> {
  const found = new Map<string, Text>();
  const main = page.querySelector('main');
  if (!main) return found;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        for (const { abbreviation, pattern } of usages) {
          if (found.has(abbreviation) || !text.includes(abbreviation)) continue;
          if (pattern.test(text)) found.set(abbreviation, child as Text);
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const linked = isTermLink(element) || isTermLink(element.parentElement);
        if (!linked && isNotLinked(element)) continue;
        walk(element);
      }
    }
  };
  walk(main);
  return found;
}

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const terms = getGlossary(await getSiteArchive(site));

  it('has a glossary page with every abbreviation, its expansion and an anchor to link to', () => {
    const page = readPage(site, 'glossary/index.html');
    const entries = [...page.querySelectorAll('section[aria-labelledby="abbreviations"] .bp-glossary__entry')];
    expect(
      entries.map((entry) => [
        entry.id,
        entry.querySelector('dt')?.textContent,
        entry.querySelector('dd')?.textContent,
      ]),
    ).toEqual(terms.map((term) => [term.anchor, term.abbreviation, expect.stringContaining(term.expansion)]));
    expect(terms.map((term) => term.abbreviation)).toEqual(
      expect.arrayContaining(['AHG', 'SOM', 'TEGRR', 'JPA', 'ADFM', 'RSO', 'IOM', 'UNHCR']),
    );
    expect(readPage(site, 'about/index.html').querySelector('footer a[href="/glossary/"]')).not.toBeNull();
  });

  it('links the first use of each abbreviation on every page to its entry, with its expansion, and no later use', () => {
    const byAbbreviation = new Map(terms.map((term) => [term.abbreviation, term]));
    const usages = terms.map(usageOf);
    let linkedPages = 0;
    for (const file of listHtmlFiles(site).filter((name) => name !== 'glossary/index.html')) {
      const page = readPage(site, file);
      const links = [...page.querySelectorAll('main a.bp-term')];
      const linkedTerms = links.map((link) => link.textContent ?? '');
      expect(new Set(linkedTerms).size, file).toBe(linkedTerms.length);
      for (const link of links) {
        const term = byAbbreviation.get(link.textContent ?? '');
        expect(term, `${file}: ${link.textContent}`).toBeDefined();
        expect(link.getAttribute('href')).toBe(`/glossary/#${term!.anchor}`);
        expect(link.querySelector('abbr')?.getAttribute('title')).toBe(term!.expansion);
      }
      const first = firstUses(page, usages);
      expect([...first.keys()].sort(), file).toEqual([...linkedTerms].sort());
      for (const [abbreviation, text] of first) {
        expect(text.parentElement?.matches('a.bp-term > abbr'), `${file}: first ${abbreviation}`).toBe(true);
      }
      if (links.length > 0) linkedPages += 1;
    }
    expect(linkedPages).toBeGreaterThan(20);
  });

  it('links the observers of the Fifth Joint Period of Action to their organisation pages, with no glossary link inside', () => {
    const page = readPage(site, 'meetings/2019-07-02-fifth-joint-period-of-action/index.html');
    const hrefs = [...page.querySelectorAll('main a')].map((link) => link.getAttribute('href') ?? '');
    for (const id of ['rso', 'iom', 'unodc'])
      expect(hrefs.some((href) => href.endsWith(`/organizations/${id}/`))).toBe(true);
    expect(page.querySelectorAll('main a a, main a.bp-term a, main a .bp-term')).toHaveLength(0);
  });
});
