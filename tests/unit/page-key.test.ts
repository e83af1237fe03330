import { describe, expect, it } from 'vitest';
import { digestOf, keyedPaths } from '../../src/lib/site/page-key.ts';
import { getFixtureEntities, makeArchive } from '../support/meetings.ts';

const meeting = () => ({
  id: '2019-07-02-fifth-joint-period-of-action',
  title: 'Fifth Joint Period of Action',
  start: { iso: '2019-07-02', precision: 'day' },
  topics: [
    { id: 'people-smuggling', label: 'People smuggling' },
    { id: 'forced-marriage', label: 'Forced marriage' },
  ],
  countryRoles: new Map([['TH', ['venue']]]),
  text: 'The planning workshop met in Bangkok. '.repeat(20),
});

describe('the digest of what a page shows', () => {
  it('is the same for the same data made again', () => {
    expect(digestOf(meeting())).toBe(digestOf(meeting()));
    expect(digestOf(meeting())).toMatch(/^[\w-]{43}$/);
  });

  it('changes when a value deep inside changes: a title, a topic label, a map entry, a long text', () => {
    const base = digestOf(meeting());
    const retitled = meeting();
    retitled.title = 'Fifth Joint Period of Action, revised';
    const relabelled = meeting();
    relabelled.topics[1]!.label = 'Forced and sham marriage';
    const moved = meeting();
    moved.countryRoles.set('TH', ['host']);
    const edited = meeting();
    edited.text = `${edited.text}One more sentence.`;
    const digests = [base, ...[retitled, relabelled, moved, edited].map(digestOf)];
    expect(new Set(digests).size).toBe(5);
  });

  it('keeps the order of lists: the same meetings listed in another order show differently', () => {
    const [first, second] = meeting().topics;
    expect(digestOf([first, second])).not.toBe(digestOf([second, first]));
  });

  it('tells apart values that print alike: a number and a string, an empty list and an empty object', () => {
    expect(digestOf({ number: 5 })).not.toBe(digestOf({ number: '5' }));
    expect(digestOf([])).not.toBe(digestOf({}));
    expect(digestOf({ year: null })).not.toBe(digestOf({}));
    expect(digestOf(new Set(['AU']))).not.toBe(digestOf(['AU']));
    expect(digestOf({ figure: Number.NaN })).not.toBe(digestOf({ figure: null }));
  });

  it('treats a field set to undefined as a field left out, as a page shows them', () => {
    expect(digestOf({ id: 'a', end: undefined })).toBe(digestOf({ id: 'a' }));
  });

  it('refuses what is not data, naming where it is in the props', () => {
    expect(() => digestOf({ meetings: [{ id: 'a', href: () => '/meetings/a/' }] })).toThrow(
      "A page's props must be plain data (objects, arrays, maps, sets, strings, numbers, dates): props.meetings.0.href is a function.",
    );
    class Cache {
      size = 0;
    }
    expect(() => digestOf({ cache: new Cache() })).toThrow('props.cache is a Cache.');
    const loop: Record<string, unknown> = { id: 'a' };
    loop['self'] = loop;
    expect(() => digestOf(loop)).toThrow('props.self refers back to an object that holds it.');
  });
});

describe('the cache keys of the pages of a route', () => {
  const pages = [
    { params: { year: '2019' }, props: { year: 2019, meetings: [meeting()] } },
    { params: { year: '2018' }, props: { year: 2018, meetings: [] } },
  ];
  const archive = makeArchive([]);

  it('gives each page the digest of its params and props, keeping both', () => {
    const keyed = keyedPaths(archive, pages, {});
    expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(pages);
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
    expect(keyedPaths(archive, pages, {})[0]!.cacheKey).toBe(keyed[0]!.cacheKey);
  });

  it('changes every key when the repository that pages link to changes (a fork built with GITHUB_REPOSITORY)', () => {
    const here = keyedPaths(archive, pages, {});
    const fork = keyedPaths(archive, pages, { GITHUB_REPOSITORY: 'example-org/records-fork' });
    expect(fork.map((page) => page.cacheKey)).not.toContain(here[0]!.cacheKey);
    expect(fork.map((page) => page.cacheKey)).not.toContain(here[1]!.cacheKey);
  });

  it('changes every key when the glossary that pages link to changes (a body, organisation or topic renamed)', () => {
    const here = keyedPaths(archive, pages, {});
    const { organizations } = getFixtureEntities().entities;
    const renamed = organizations.map((organization) =>
      organization.data.acronym === 'IOM'
        ? { ...organization, data: { ...organization.data, name: 'International Organisation for Migration' } }
        : organization,
    );
    expect(renamed).not.toEqual(organizations);
    const other = keyedPaths(makeArchive([], { organizations: renamed }), pages, {});
    expect(other.map((page) => page.cacheKey)).not.toContain(here[0]!.cacheKey);
    expect(other.map((page) => page.cacheKey)).not.toContain(here[1]!.cacheKey);
  });
});
