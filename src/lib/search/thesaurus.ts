/**
 * The search thesaurus: every name a reader may search for a topic, country, body, organisation, series or kind of
 * meeting, with the page it has and what the archive holds of it. The search page loads it as one small file
 * (`search/thesaurus.json`) and uses it twice: to expand a query with the other names of what it names (so "JPoA"
 * also searches "Joint Period of Action", "perdagangan orang" also "Trafficking in persons"), and to answer a query
 * that names something with a link to its page and its counts, above the results.
 */
import type { Archive } from '../archive/archive.ts';
import { getCountryMeetings, getCountryRoleCounts, getTopicMeetings } from '../archive/facets.ts';
import { compareCountries, getCountryName, getOtherCountryNames } from '../domain/countries.ts';
import { KIND_INFO, MEETING_KINDS } from '../domain/kinds.ts';
import { ROLE_LABELS, ROLES } from '../domain/roles.ts';
import { bodyPath, countryPath, organizationPath, seriesPath, topicPath } from '../site/paths.ts';
import { SPELLINGS } from './spellings.ts';
import type { ThesaurusType } from './search-config.ts';

export type { ThesaurusType };

/** One thing a query may name. */
export interface ThesaurusEntry {
  type: ThesaurusType;
  /** Its id (a country's ISO 3166-1 alpha-2 code). */
  id: string;
  /** The name pages give it: "Thailand", "Trafficking in persons", "Ad Hoc Group". */
  label: string;
  /** Its other names in English: aliases, acronyms, other country names. */
  names: string[];
  /** Its names in other languages, as cited sources give them (topics only). */
  translations: Array<{ language: string; label: string }>;
  /** Its page on this site; kinds have none. */
  path?: string;
  /** What the archive holds of it, in words: "38 meetings: host of 12, co-chair of 3", "12 of 14 known meetings on record". */
  summary: string;
  /** How many published records it has, for ordering answers. */
  count: number;
  /** The search filter whose value it is, when it is one: `{ name: 'country', value: 'Thailand' }`. */
  filter?: { name: string; value: string };
}

/** The file the search page loads. */
export interface Thesaurus {
  entries: ThesaurusEntry[];
  /** Groups of spellings of one word (`SPELLINGS`). */
  spellings: ReadonlyArray<readonly string[]>;
  /** The first and last year of the dated records, which bound an open year range. */
  years: { first: number; last: number };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "host of 12, co-chair of 3": the roles a country or organisation had, most usual last. */
function describeRoles(counts: ReadonlyArray<{ role: string; count: number }>): string {
  return counts
    .filter(({ count }) => count > 0)
    .map(({ role, count }) => `${ROLE_LABELS[role as keyof typeof ROLE_LABELS].one.toLowerCase()} of ${count}`)
    .join(', ');
}

/** The thesaurus of an archive: its topics, the countries and organisations its records name, bodies, series, kinds. */
export function buildThesaurus(archive: Archive): Thesaurus {
  const entries: ThesaurusEntry[] = [];
  for (const topic of archive.topics.values()) {
    const count = getTopicMeetings(archive, topic.id).length;
    entries.push({
      type: 'topic',
      id: topic.id,
      label: topic.label,
      names: [...topic.aliases],
      translations: topic.translations.map(({ language, label }) => ({ language, label })),
      path: topicPath(topic.id),
      summary: plural(count, 'meeting'),
      count,
      filter: { name: 'topic', value: topic.label },
    });
  }
  const codes = [...new Set(archive.meetings.flatMap((meeting) => [...meeting.countryRoles.keys()]))].sort(
    compareCountries,
  );
  for (const code of codes) {
    const meetings = getCountryMeetings(archive, code);
    const roles = describeRoles(getCountryRoleCounts(meetings));
    const name = getCountryName(code);
    entries.push({
      type: 'country',
      id: code,
      label: name,
      names: getOtherCountryNames(code),
      translations: [],
      path: countryPath(code),
      summary: `${plural(meetings.length, 'meeting')}${roles ? `: ${roles}` : ''}`,
      count: meetings.length,
      filter: { name: 'country', value: name },
    });
  }
  for (const [id, organization] of archive.organizations) {
    const meetings = archive.meetings.filter((meeting) =>
      ROLES.some((role) => meeting.roles[role].some((party) => party.type === 'organization' && party.key === id)),
    );
    if (meetings.length === 0) continue;
    const roles = describeRoles(
      ROLES.map((role) => ({
        role,
        count: meetings.filter((meeting) => meeting.roles[role].some((party) => party.key === id)).length,
      })),
    );
    entries.push({
      type: 'organization',
      id,
      label: organization.name,
      names: organization.acronym ? [organization.acronym] : [],
      translations: [],
      path: organizationPath(id),
      summary: `${plural(meetings.length, 'meeting')}${roles ? `: ${roles}` : ''}`,
      count: meetings.length,
    });
  }
  for (const body of archive.bodies.values()) {
    const count = archive.meetings.filter(
      (meeting) => meeting.body.id === body.id || meeting.jointBodies.some((joint) => joint.id === body.id),
    ).length;
    entries.push({
      type: 'body',
      id: body.id,
      label: body.name,
      names: [...body.acronyms],
      translations: [],
      path: bodyPath(body.id),
      summary: `${plural(count, 'meeting')} on record`,
      count,
      filter: { name: 'body', value: body.name },
    });
  }
  for (const series of archive.series.values()) {
    const known = series.entries.length;
    entries.push({
      type: 'series',
      id: series.id,
      label: series.name,
      names: [],
      translations: [],
      path: seriesPath(series.id),
      summary: `${series.meetings.length} of ${plural(known, 'known meeting')} on record`,
      count: series.meetings.length,
    });
  }
  for (const kind of MEETING_KINDS) {
    const { label, aliases } = KIND_INFO[kind];
    const count = archive.meetings.filter((meeting) => meeting.kind === kind).length;
    entries.push({
      type: 'kind',
      id: kind,
      label,
      names: [...aliases],
      translations: [],
      summary: plural(count, 'meeting'),
      count,
      filter: { name: 'kind', value: label },
    });
  }
  const years = archive.meetings.flatMap((meeting) => (meeting.year === undefined ? [] : [meeting.year]));
  return {
    entries,
    spellings: SPELLINGS,
    years: years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : { first: 0, last: 0 },
  };
}
