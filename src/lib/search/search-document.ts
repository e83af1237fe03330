/**
 * A record as the search index reads it: a small HTML document made from the record itself, never from the built
 * page, so the index is made from the content layer while pages render, and holds only what the record says.
 *
 * The document has, in order: the title (`h1`) and summary; the record's text as rendered, with its headings' ids;
 * then the facts shown on the record page, each part under a heading whose id is an element on the record page
 * (`SECTION_IDS`), so a result whose match is there links to it: kind, body, dates, place and venue, and every party
 * in each role with its representative; the topics; figures; titles of documents and sources. Other names (aliases,
 * acronyms, other languages' labels) are never indexed: the search page expands a query with them instead.
 *
 * Besides the text, each document carries, one element per value: result metadata (`data-pagefind-meta`), filters
 * (`data-pagefind-filter`) and sort keys (`data-pagefind-sort`). All text goes through `toIndexText`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { MeetingView, PartyView } from '../archive/archive.ts';
import { formatCalendarDate } from '../domain/calendar-date.ts';
import { getCountryName } from '../domain/countries.ts';
import { ROLE_LABELS, ROLES } from '../domain/roles.ts';
import { toIndexText } from './index-text.ts';
import { ROLE_FILTERS, SECTION_IDS, SORT_KEYS, YEAR_FILTER, type FilterName } from './search-config.ts';

/** Result metadata of a record: what a result card shows without opening the record. */
export interface SearchMeta {
  /** The record's id (its file name without `.mdx`). */
  id: string;
  title: string;
  /** "2 July – 3 December 2019". */
  date: string;
  /** "Bangkok, Thailand". */
  place: string;
  /** "Joint Period of Action". */
  kind: string;
  summary: string;
}

/** The filter values of a record, by Pagefind filter key; each value is one element of the document. */
export type SearchFilters = Record<FilterName | typeof YEAR_FILTER | (typeof ROLE_FILTERS)[number]['name'], string[]>;

/** The metadata of a record's results. */
export function getSearchMeta(meeting: MeetingView): SearchMeta {
  return {
    id: meeting.id,
    title: meeting.title,
    date: meeting.dateText,
    place: meeting.location.text,
    kind: meeting.kindLabel,
    summary: meeting.summary,
  };
}

/**
 * The filter values of a record: its kind, bodies, year, topics, every country it names in a role (not the country
 * it was only held in), and each of those countries under the key of its role.
 */
export function getSearchFilters(meeting: MeetingView): SearchFilters {
  const countriesIn = (role: (typeof ROLES)[number]) =>
    meeting.roles[role].filter((party) => party.type === 'country').map((party) => party.name);
  return {
    kind: [meeting.kindLabel],
    body: [meeting.body, ...meeting.jointBodies].map((body) => body.name),
    country: [...meeting.countryRoles.entries()]
      .filter(([, roles]) => roles.some((role) => role !== 'venue'))
      .map(([code]) => getCountryName(code)),
    topic: meeting.topics.map((topic) => topic.label),
    [YEAR_FILTER]: meeting.year === undefined ? [] : [String(meeting.year)],
    ...Object.fromEntries(ROLE_FILTERS.map(({ role, name }) => [name, countriesIn(role)])),
  } as SearchFilters;
}

/** A party as the record page's facts show it: "Australia (Foreign Minister Alexander Downer)". */
function describeParty(party: PartyView): string {
  const name =
    party.type === 'organization' && party.acronym && party.acronym !== party.name
      ? `${party.name} (${party.acronym})`
      : party.name;
  const detail = [party.representative, party.note].filter(Boolean).join('; ');
  return detail ? `${name} (${detail})` : name;
}

const sentence = (label: string, values: readonly string[]) => `${label}: ${values.join(', ')}.`;

/** The facts of the record page, as sentences. */
function factParagraphs(meeting: MeetingView): string[] {
  const { location } = meeting;
  return [
    sentence('Kind', [meeting.kindLabel]),
    sentence(
      'Body',
      [meeting.body, ...meeting.jointBodies].map((body) => body.name),
    ),
    sentence('Dates', [meeting.dateText]),
    ...(meeting.data.dateNote ? [meeting.data.dateNote] : []),
    sentence('Place', [location.text]),
    ...(location.venue ? [sentence('Venue', [location.venue])] : []),
    ...(location.note ? [location.note] : []),
    ...ROLES.filter((role) => meeting.roles[role].length > 0).map((role) =>
      sentence(ROLE_LABELS[role].many, meeting.roles[role].map(describeParty)),
    ),
  ];
}

/** A section of the document: a heading with the id of its place on the record page, then paragraphs. */
function section(id: string, heading: string, paragraphs: readonly string[], weight?: number): ElementContent[] {
  if (paragraphs.length === 0) return [];
  const attributes = weight === undefined ? {} : { 'data-pagefind-weight': String(weight) };
  return [
    h('h2', { id }, heading),
    h(
      'div',
      attributes,
      paragraphs.map((text) => h('p', text)),
    ),
  ];
}

/** The record's rendered text, without images and with every text run in its index form. */
function bodyContent(html: string): ElementContent[] {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if ((node.tagName === 'img' || node.tagName === 'picture') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return tree.children.filter((child): child is ElementContent => child.type !== 'doctype');
}

/** Every text node of a tree in its index form (`toIndexText`); attribute values are left as they are. */
function toIndexTree(tree: Root): Root {
  visit(tree, 'text', (node) => {
    node.value = toIndexText(node.value);
  });
  return tree;
}

/** A record's search document, and its text as the record writes it. */
export interface SearchDocument {
  /** A whole HTML document in index form, for Pagefind's `addHTMLFile`. */
  html: string;
  /** Every word the document indexes, as plain text (before `toIndexText`), for the list of the index's words. */
  text: string;
}

/**
 * The search document of a record.
 * @param meeting the record, resolved
 * @param bodyHtml the record's text as rendered for its page
 */
export function toSearchDocument(meeting: MeetingView, bodyHtml: string): SearchDocument {
  const meta = getSearchMeta(meeting);
  const filters = getSearchFilters(meeting);
  const { figures, documents, sources } = meeting.data;
  const number = new Intl.NumberFormat('en-GB');
  const content: ElementContent[] = [
    h('h1', meeting.title),
    h('p', { 'data-pagefind-weight': '2' }, meeting.summary),
    ...bodyContent(bodyHtml),
    ...section(SECTION_IDS.facts, 'About the meeting', factParagraphs(meeting)),
    ...section(
      SECTION_IDS.topics,
      'Topics',
      meeting.topics.map((topic) => `${topic.label}.`),
      0.5,
    ),
    ...section(
      SECTION_IDS.figures,
      'Figures',
      figures.map(
        (figure) =>
          `${figure.label}: ${typeof figure.value === 'number' ? number.format(figure.value) : figure.value}.`,
      ),
    ),
    // A document a meeting issued is as telling as its summary: "Bali Declaration" finds the meeting that adopted it.
    ...section(
      SECTION_IDS.documents,
      'Documents',
      documents.map((document) =>
        document.date ? `${document.title} (${formatCalendarDate(document.date)}).` : `${document.title}.`,
      ),
      2,
    ),
    ...section(
      SECTION_IDS.sources,
      'Sources',
      sources.flatMap((source) => (source.title ? [`${source.title}.`] : [])),
      0.5,
    ),
  ];
  const attributes: ElementContent[] = [
    ...Object.entries(meta).map(([key, value]) => h('span', { 'data-pagefind-meta': `${key}:${value}` })),
    ...Object.entries(filters).flatMap(([key, values]) =>
      values.map((value) => h('span', { 'data-pagefind-filter': `${key}:${value}` })),
    ),
    h('span', { 'data-pagefind-sort': `${SORT_KEYS.newest}:${meeting.sortDate || '0000-00-00'}` }),
    h('span', { 'data-pagefind-sort': `${SORT_KEYS.oldest}:${meeting.sortDate || '9999-12-31'}` }),
  ];
  const main = h('main', { 'data-pagefind-body': '' }, [...content, ...attributes]);
  // Each text node on its own, so that words of a heading and the paragraph after it stay apart.
  const runs: string[] = [];
  visit(main, 'text', (node) => {
    runs.push(node.value);
  });
  const text = runs.join(' ');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('title', meeting.title)]),
        h('body', [main]),
      ]),
    ],
  };
  return { html: toHtml(toIndexTree(tree)), text };
}

/**
 * The words of a text worth suggesting as a spelling: runs of letters (with inner apostrophes or hyphens) of three
 * characters or more, in lower case.
 */
export function getWords(text: string): string[] {
  return [...text.normalize('NFC').matchAll(/\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu)]
    .map(([word]) => word.toLocaleLowerCase('en'))
    .filter((word) => [...word].length >= 3);
}
