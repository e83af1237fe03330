import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { suggestCountryCode } from '../../src/lib/domain/countries.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ROOT } from '../setup/sites.ts';

const contentDir = join(ROOT, 'content');
const invalidDir = join(ROOT, 'tests/fixtures/invalid');
const { problems, records } = checkContent({ contentDir, root: ROOT, meetingsDir: invalidDir });

/** The lines a contributor reads for one invalid fixture. */
const problemsFor = (fileName: string) =>
  problems.filter((problem) => problem.file.endsWith(`/${fileName}`)).map(formatProblem);

describe('references that point at nothing fail with one plain sentence each', () => {
  it('names the file, the field, the unknown topic and where topics live', () => {
    expect(problemsFor('2019-07-02-unknown-topic.mdx')).toEqual([
      'tests/fixtures/invalid/2019-07-02-unknown-topic.mdx:7:27 topics[1]: "human-trafficking" is not a known topic. Write its id, trafficking-in-persons (content/topics/trafficking-in-persons.yaml)',
    ]);
  });

  it('names each country code that is not ISO 3166-1 alpha-2, and how to write one', () => {
    expect(problemsFor('2019-07-02-unknown-country-code.mdx')).toEqual([
      'tests/fixtures/invalid/2019-07-02-unknown-country-code.mdx:6:36 location.country: "UK" is not an ISO 3166-1 alpha-2 country code. Write GB for United Kingdom, e.g. country: GB',
      'tests/fixtures/invalid/2019-07-02-unknown-country-code.mdx:7:20 participants[1]: "XX" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write a country code in capitals or an organisation id, e.g. participants: [AU, iom]',
      'tests/fixtures/invalid/2019-07-02-unknown-country-code.mdx:7:24 participants[2]: "vn" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write VN for Viet Nam in its place',
    ]);
  });

  it('keeps neither broken record, so nothing reaches a page half-checked', () => {
    const ids = records.map((record) => record.id);
    expect(ids).not.toContain('2019-07-02-unknown-topic');
    expect(ids).not.toContain('2019-07-02-unknown-country-code');
  });
});

describe('a name where an id belongs gets the id in its message', () => {
  const meetingsDir = mkdtempSync(join(tmpdir(), 'bp-names-'));
  afterAll(() => rmSync(meetingsDir, { recursive: true, force: true }));
  writeFileSync(
    join(meetingsDir, '2019-07-02-names-for-ids.mdx'),
    [
      '---',
      'title: A meeting written with names instead of ids',
      'kind: workshop',
      'body: Working Group on Trafficking in Persons',
      'startDate: 2019-07-02',
      'location: { city: Hanoi, country: Vietnam }',
      'participants: [Lao PDR, UNODC, International Organization for Migration, EL]',
      'topics: [TIP, Forced Marriage]',
      'summary: A workshop written with the names of a body, countries, organisations and topics.',
      'sources: [{ url: "https://www.baliprocess.net/" }]',
      'updated: 2026-01-15',
      '---',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
  const { problems: found } = checkContent({ contentDir, root: meetingsDir, meetingsDir });

  it('suggests the id of the body, country, organisation or topic with that name, alias or acronym', () => {
    const participant = 'is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/.';
    expect(found.map(formatProblem)).toEqual([
      '2019-07-02-names-for-ids.mdx:4:7 body: "Working Group on Trafficking in Persons" is not a known body. Write its id, working-group-trafficking-in-persons (content/bodies/working-group-trafficking-in-persons.yaml)',
      '2019-07-02-names-for-ids.mdx:6:35 location.country: "Vietnam" is not an ISO 3166-1 alpha-2 country code. Write VN for Viet Nam, e.g. country: VN',
      `2019-07-02-names-for-ids.mdx:7:16 participants[0]: "Lao PDR" ${participant} Write LA for Lao PDR in its place`,
      `2019-07-02-names-for-ids.mdx:7:25 participants[1]: "UNODC" ${participant} Write the organisation's id, unodc (content/organizations/unodc.yaml)`,
      `2019-07-02-names-for-ids.mdx:7:32 participants[2]: "International Organization for Migration" ${participant} Write the organisation's id, iom (content/organizations/iom.yaml)`,
      `2019-07-02-names-for-ids.mdx:7:74 participants[3]: "EL" ${participant} Write GR for Greece in its place`,
      '2019-07-02-names-for-ids.mdx:8:10 topics[0]: "TIP" is not a known topic. Write its id, trafficking-in-persons (content/topics/trafficking-in-persons.yaml)',
      '2019-07-02-names-for-ids.mdx:8:15 topics[1]: "Forced Marriage" is not a known topic. Write its id, forced-marriage (content/topics/forced-marriage.yaml)',
    ]);
  });

  it('finds country codes by code in any case, by common non-ISO codes and by English or regional names', () => {
    const written = ['th', 'UK', 'Viet Nam', 'Việt Nam', 'Laos', "Lao People's Democratic Republic", 'Atlantis'];
    expect(written.map(suggestCountryCode)).toEqual(['TH', 'GB', 'VN', 'VN', 'LA', 'LA', undefined]);
  });
});
