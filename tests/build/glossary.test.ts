/**
 * The glossary page lists every abbreviation with its expansion from the content, and on every other page the first
 * use of each abbreviation in the main content (where a link may go) is the one linked to it, with its expansion.
 * The first use is found here by walking each page's text in document order, independently of how the site links it.
 */
import { describe, expect, it } from 'vitest';
import { getGlossary, type GlossaryTerm } from '../../src/lib/archive/glossary.ts';
import { ARCHIVE_SITES } from '../setup/sites.ts';
import { getSiteArchive, listHtmlFiles, readPage } from './helpers.ts';

/** Where a link to the glossary cannot go, or would mislead. */
const NOT_LINKED =
  'a, abbr, button, summary, label, h1, h2, h3, h4, h5, h6, code, pre, kbd, script, style, template, noscript, [hidden], [aria-hidden="true"], .visually-hidden';

/** The first use of each abbreviation in the text of a page's main content where a link may go, in document order. */
function firstUses(page: Document, terms: readonly GlossaryTerm[]): Map<string, Text> {
  const found = new Map<string, Text>();
  const main = page.querySelector('main');
  if (!main) return found;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        for (const term of terms) {
          if (found.has(term.abbreviation)) continue;
          // Abbreviations are letters, digits and hyphens: nothing to escape.
          if (
            new RegExp(`(?<![\\p{L}\\p{N}&#-])${term.abbreviation}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'u').test(text)
          ) {
            found.set(term.abbreviation, child as Text);
          }
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const linked = element.matches('a.bp-term') || element.parentElement?.matches('a.bp-term');
        if (!linked && element.matches(NOT_LINKED)) continue;
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
      const first = firstUses(page, terms);
      expect([...first.keys()].sort(), file).toEqual([...linkedTerms].sort());
      for (const [abbreviation, text] of first) {
        expect(text.parentElement?.matches('a.bp-term > abbr'), `${file}: first ${abbreviation}`).toBe(true);
      }
      if (links.length > 0) linkedPages += 1;
    }
    expect(linkedPages).toBeGreaterThan(20);
  });

  it('links the observers of the Fifth Joint Period of Action to their abbreviations', () => {
    const page = readPage(site, 'meetings/2019-07-02-fifth-joint-period-of-action/index.html');
    expect([...page.querySelectorAll('main a.bp-term')].map((link) => link.textContent)).toEqual(
      expect.arrayContaining(['RSO', 'IOM', 'UNODC']),
    );
  });
});
