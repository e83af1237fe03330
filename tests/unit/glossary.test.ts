/** The glossary: which abbreviations it lists and what each stands for, and how pages link their first use. */
import { describe, expect, it } from 'vitest';
import { getGlossary, getTermAnchor, isAbbreviation, isInitialsOf } from '../../src/lib/archive/glossary.ts';
import { getGlossaryMatcher, linkFirstUses } from '../../src/lib/site/glossary-links.ts';
import { makeArchive } from '../support/meetings.ts';

describe('the glossary', () => {
  const glossary = getGlossary(makeArchive([]));
  const byAbbreviation = new Map(glossary.map((term) => [term.abbreviation, term]));

  it('knows an abbreviation by its form: one word with at least two capitals', () => {
    for (const text of ['AHG', 'WG-TIP', 'TEG-RR', 'JPoA', 'UN-ACT']) expect(isAbbreviation(text), text).toBe(true);
    for (const text of ['Meta', 'A21', 'Disruption Working Group', 'AHG SOM', 'Frontex']) {
      expect(isAbbreviation(text), text).toBe(false);
    }
  });

  it('matches an abbreviation to the initials of a name, small words optional', () => {
    expect(isInitialsOf('TIP', 'Trafficking in persons')).toBe(true);
    expect(isInitialsOf('JPA', 'Joint Period of Action')).toBe(true);
    expect(isInitialsOf('JPoA', 'Joint Period of Action')).toBe(true);
    expect(isInitialsOf('AML', 'anti-money laundering')).toBe(true);
    expect(isInitialsOf('AVRR', 'assisted voluntary return')).toBe(false);
    expect(isInitialsOf('AHG', 'Ad Hoc Group meeting')).toBe(false);
  });

  it("expands each abbreviation from the content: bodies' acronyms, organisations' acronyms, topics and kinds", () => {
    const expansions = Object.fromEntries(
      glossary.map((term) => [term.abbreviation, [term.expansion, term.source.type]]),
    );
    expect(expansions).toMatchObject({
      AHG: ['Ad Hoc Group', 'body'],
      SOM: ["Senior Officials' Meeting", 'body'],
      TEGRR: ['Technical Experts Group on Returns and Reintegration', 'body'],
      RSO: ['Regional Support Office', 'body'],
      ADFM: ['Asia Dialogue on Forced Migration', 'organization'],
      IOM: ['International Organization for Migration', 'organization'],
      TIP: ['Trafficking in persons', 'topic'],
      JPA: ['Joint Period of Action', 'kind'],
    });
  });

  it('lists each abbreviation once, from its first source, in alphabetical order, with an anchor of its own', () => {
    expect(byAbbreviation.get('RSO')?.source).toEqual({ type: 'body', id: 'regional-support-office' });
    const abbreviations = glossary.map((term) => term.abbreviation);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    expect(abbreviations).toEqual([...abbreviations].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(getTermAnchor('WG-TIP')).toBe('term-wg-tip');
  });

  it('leaves out an acronym that is a word of its own name, and aliases whose words the content does not give', () => {
    expect(byAbbreviation.has('ASEAN')).toBe(false);
    expect(byAbbreviation.has('AVRR')).toBe(false);
    expect(byAbbreviation.has('COVID')).toBe(false);
  });
});

describe('links to the glossary', () => {
  const matcher = getGlossaryMatcher(getGlossary(makeArchive([])));
  const link = (abbreviation: string, anchor: string, title: string) =>
    `<a class="bp-term" href="/glossary/#${anchor}"><abbr title="${title}">${abbreviation}</abbr></a>`;

  it('link the first use of each abbreviation in the main content, and only the first', () => {
    const html = '<main><p>The AHG met; the AHG agreed. TIP and WG-TIP.</p></main>';
    expect(linkFirstUses(html, matcher, '/glossary/')).toBe(
      `<main><p>The ${link('AHG', 'term-ahg', 'Ad Hoc Group')} met; the AHG agreed. ${link('TIP', 'term-tip', 'Trafficking in persons')} and ${link('WG-TIP', 'term-wg-tip', 'Working Group on Trafficking in Persons')}.</p></main>`,
    );
  });

  it('leave text alone outside the main content, in links, headings, code, summaries, hidden and screen-reader-only text', () => {
    const html =
      '<header>AHG</header><main><h1>AHG</h1><a href="/">AHG</a><code>AHG</code><details><summary>AHG</summary></details><div hidden>AHG</div><span class="bp-x visually-hidden">AHG</span><abbr title="Ad Hoc Group">AHG</abbr></main><footer>AHG</footer>';
    expect(linkFirstUses(html, matcher, '/glossary/')).toBe(html);
  });

  it('leave longer words, hyphenated words and entities alone, and change no other byte', () => {
    const html = '<main><p>AHGS, TIP-based, &AHG; and x-AHG.</p><p>Then&nbsp;AHG.</p></main>';
    expect(linkFirstUses(html, matcher, '/records/glossary/')).toBe(
      `<main><p>AHGS, TIP-based, &AHG; and x-AHG.</p><p>Then&nbsp;${link('AHG', 'term-ahg', 'Ad Hoc Group').replace('/glossary/', '/records/glossary/')}.</p></main>`,
    );
  });
});
