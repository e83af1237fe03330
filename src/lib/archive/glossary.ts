/**
 * The glossary: the abbreviations the archive uses, each with what it stands for, taken from the archive's own lists
 * and never written by hand. The rule for where an expansion comes from, in order (the first source of an
 * abbreviation wins):
 *
 * 1. a body (`acronyms` in `content/bodies/`): an abbreviation listed for a body stands for the body's name
 *    (AHG ⇒ Ad Hoc Group, TEGRR ⇒ Technical Experts Group on Returns and Reintegration);
 * 2. an organisation (`acronym` in `content/organizations/`): its abbreviation stands for its name (ADFM ⇒ Asia
 *    Dialogue on Forced Migration), unless the abbreviation is a word of the name (ASEAN in "ASEAN Secretariat"), which
 *    says nothing about what it stands for;
 * 3. a topic (`aliases` in `content/topics/`) or a kind of meeting (`aliases` in `lib/domain/kinds.ts`): an
 *    abbreviation among the other names stands for the label, or another of the names, only when its letters are the
 *    initials of that name's words, small words such as "of" or "and" being optional (TIP ⇒ Trafficking in persons,
 *    JPA ⇒ Joint Period of Action); an alias such as AVRR, whose words the thesaurus does not give, is left out.
 *
 * An abbreviation is one word of letters, digits and hyphens with at least two capitals (AHG, WG-TIP, JPoA); other
 * names in those lists ("Disruption Working Group") are names, not abbreviations.
 */
import { KIND_INFO, MEETING_KINDS } from '../domain/kinds.ts';
import type { Archive } from './archive.ts';

/** Where an abbreviation's expansion comes from. */
export type GlossarySource =
  | { type: 'body'; id: string }
  | { type: 'organization'; id: string }
  | { type: 'topic'; id: string }
  | { type: 'kind'; id: string };

/** One abbreviation of the glossary. */
export interface GlossaryTerm {
  /** As written, e.g. `AHG`, `WG-TIP`. */
  abbreviation: string;
  /** What it stands for, as the content writes it, e.g. `Ad Hoc Group`. */
  expansion: string;
  /** The anchor of its entry on `/glossary/`, e.g. `term-ahg`. */
  anchor: string;
  source: GlossarySource;
}

/** One word of letters, digits and hyphens, starting with a capital, with at least two capitals. */
const ABBREVIATION = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** Words an abbreviation may leave out (or keep: TIP keeps the "in" of "Trafficking in persons"). */
const SMALL_WORDS = new Set(['of', 'on', 'and', 'the', 'in', 'for', 'against', 'to', 'a', 'an', 'by', 'at']);

/** Whether a text is written as an abbreviation. @example isAbbreviation('WG-TIP') ⇒ true; isAbbreviation('Meta') ⇒ false */
export function isAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text);
}

/**
 * Whether an abbreviation's letters are the initials of a name's words, in order, small words being optional.
 * @example isInitialsOf('TIP', 'Trafficking in persons') ⇒ true
 * @example isInitialsOf('JPoA', 'Joint Period of Action') ⇒ true
 * @example isInitialsOf('AVRR', 'assisted voluntary return') ⇒ false
 */
export function isInitialsOf(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const words = name
    .toLowerCase()
    .split(/[\s\-–/]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const match = (letter: number, word: number): boolean => {
    if (word === words.length) return letter === letters.length;
    const current = words[word]!;
    if (letter < letters.length && current.startsWith(letters[letter]!) && match(letter + 1, word + 1)) return true;
    return SMALL_WORDS.has(current) && match(letter, word + 1);
  };
  return letters.length > 1 && match(0, 0);
}

/** The anchor of an abbreviation on `/glossary/`. @example getTermAnchor('WG-TIP') ⇒ 'term-wg-tip' */
export function getTermAnchor(abbreviation: string): string {
  return `term-${abbreviation.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Every abbreviation of the archive with its expansion (see the rule above), in alphabetical order. */
export function getGlossary(archive: Pick<Archive<unknown>, 'bodies' | 'organizations' | 'topics'>): GlossaryTerm[] {
  const terms = new Map<string, GlossaryTerm>();
  const add = (abbreviation: string, expansion: string, source: GlossarySource) => {
    const written = abbreviation.trim();
    if (!isAbbreviation(written) || terms.has(written)) return;
    terms.set(written, { abbreviation: written, expansion, anchor: getTermAnchor(written), source });
  };
  for (const body of [...archive.bodies.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const acronym of body.acronyms) add(acronym, body.name, { type: 'body', id: body.id });
  }
  for (const [id, organization] of [...archive.organizations].sort(([a], [b]) => a.localeCompare(b))) {
    const acronym = organization.acronym?.trim();
    if (!acronym || organization.name.split(/[\s()]+/).includes(acronym)) continue;
    add(acronym, organization.name, { type: 'organization', id });
  }
  const fromNames = (names: readonly string[], source: GlossarySource) => {
    for (const abbreviation of names.filter(isAbbreviation)) {
      const expansion = names.find((name) => !isAbbreviation(name) && isInitialsOf(abbreviation, name));
      if (expansion) add(abbreviation, expansion, source);
    }
  };
  for (const topic of [...archive.topics.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    fromNames([topic.label, ...topic.aliases], { type: 'topic', id: topic.id });
  }
  for (const kind of MEETING_KINDS) {
    fromNames([KIND_INFO[kind].label, ...KIND_INFO[kind].aliases], { type: 'kind', id: kind });
  }
  return [...terms.values()].sort((a, b) =>
    a.abbreviation.localeCompare(b.abbreviation, 'en', { sensitivity: 'base' }),
  );
}
