import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
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
      'tests/fixtures/invalid/2019-07-02-unknown-topic.mdx:7:27 topics[1]: "human-trafficking" is not a known topic. Use a file name from content/topics/ without .yaml, e.g. topics: [forced-marriage]',
    ]);
  });

  it('names each country code that is not ISO 3166-1 alpha-2, and how to write one', () => {
    expect(problemsFor('2019-07-02-unknown-country-code.mdx')).toEqual([
      'tests/fixtures/invalid/2019-07-02-unknown-country-code.mdx:6:36 location.country: "UK" is not an ISO 3166-1 alpha-2 country code. Write the two capital letters, e.g. country: TH',
      'tests/fixtures/invalid/2019-07-02-unknown-country-code.mdx:7:20 participants[1]: "XX" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write a country code in capitals or an organisation id, e.g. participants: [AU, iom]',
      'tests/fixtures/invalid/2019-07-02-unknown-country-code.mdx:7:24 participants[2]: "vn" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Country codes are written in capitals: VN (Viet Nam). Write a country code in capitals or an organisation id, e.g. participants: [AU, iom]',
    ]);
  });

  it('keeps neither broken record, so nothing reaches a page half-checked', () => {
    const ids = records.map((record) => record.id);
    expect(ids).not.toContain('2019-07-02-unknown-topic');
    expect(ids).not.toContain('2019-07-02-unknown-country-code');
  });
});
