import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ROOT } from '../setup/sites.ts';

const contentDir = join(ROOT, 'content');
const invalidDir = join(ROOT, 'tests/fixtures/invalid');

/** The problems the check reports for one invalid fixture, as the lines a contributor reads. */
function problemsFor(fileName: string): string[] {
  const { problems } = checkContent({ contentDir, root: ROOT, meetingsDir: invalidDir });
  return problems.filter((problem) => problem.file.endsWith(`/${fileName}`)).map(formatProblem);
}

describe('the real records', () => {
  it('every record file passes the check and becomes a record', () => {
    const files = readdirSync(join(contentDir, 'meetings')).filter((name) => name.endsWith('.mdx'));
    const result = checkContent({ contentDir, root: ROOT });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(49);
    expect(result.records.map((record) => `${record.id}.mdx`).sort()).toEqual(files.sort());
  });

  it('keeps the Fifth Joint Period of Action as the seed gives it', () => {
    const { records } = checkContent({ contentDir, root: ROOT });
    const jpa = records.find((record) => record.id === '2019-07-02-fifth-joint-period-of-action');
    expect(jpa?.data.startDate).toEqual({ iso: '2019-07-02', precision: 'day' });
    expect(jpa?.data.endDate).toEqual({ iso: '2019-12-03', precision: 'day' });
    expect(jpa?.data.coChairs).toEqual([
      { type: 'country', code: 'FJ' },
      { type: 'country', code: 'NZ' },
    ]);
    expect(
      jpa?.data.participants.map((party) => (party.type === 'country' ? party.code : party.organization.id)),
    ).toEqual(['AU', 'BD', 'FJ', 'ID', 'MY', 'NZ', 'PH', 'LK', 'TH', 'US', 'VN']);
  });

  it('keeps partial and missing dates as written, never inventing a day', () => {
    const { records } = checkContent({ contentDir, root: ROOT });
    const second = records.find((record) => record.id === '2016-05-second-joint-period-of-action');
    expect(second?.data.startDate).toEqual({ iso: '2016-05', precision: 'month' });
    expect(second?.data.endDate).toEqual({ iso: '2016-11', precision: 'month' });
    const undated = records.find(
      (record) => record.id === 'undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok',
    );
    expect(undated?.data.startDate).toBeUndefined();
    expect(undated?.data.endDate).toBeUndefined();
    expect(undated?.data.dateNote).toMatch(/18.21 November/);
  });
});

describe('broken records get one plain sentence per field', () => {
  // Case C2: an impossible day and an empty end date.
  it('refuses an impossible date and an empty end date, naming file, field, value and the accepted form', () => {
    expect(problemsFor('2019-02-30-impossible-date.mdx')).toEqual([
      'tests/fixtures/invalid/2019-02-30-impossible-date.mdx:5:12 startDate: "2019-02-30" is not a real calendar day. Write it as YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known), e.g. startDate: 2019-07-02',
      'tests/fixtures/invalid/2019-02-30-impossible-date.mdx:6:9 endDate: an empty value is not a date. Write it as YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known), e.g. endDate: 2019-12-03',
    ]);
  });

  // Case C3: the range ends before it starts.
  it('refuses an end date before the start date', () => {
    expect(problemsFor('2019-12-03-end-before-start.mdx')).toEqual([
      'tests/fixtures/invalid/2019-12-03-end-before-start.mdx:6:10 endDate: 2019-07-02 is before the start date 2019-12-03. The end may equal the start for a one-day meeting, e.g. endDate: 2019-12-03',
    ]);
  });

  it('accepts a one-day meeting whose end equals its start', () => {
    expect(problemsFor('2019-07-02-one-day-meeting.mdx')).toEqual([]);
  });

  // Case C4: no "received object", one sentence per field with a valid example.
  it('rewrites schema errors as plain sentences with a valid example', () => {
    expect(problemsFor('2019-07-02-unreadable-schema-errors.mdx')).toEqual([
      'tests/fixtures/invalid/2019-07-02-unreadable-schema-errors.mdx:2:1 location: is missing. e.g. location: { city: Bangkok, country: TH }, or location: { mode: online }, or location: { mode: not-recorded }',
      'tests/fixtures/invalid/2019-07-02-unreadable-schema-errors.mdx:6:15 participants: expected a list, found "AU". Put the values in square brackets: participants: [AU]',
    ]);
  });
});
