/** The words and letters the participation matrix uses for roles and dates. */
import { describe, expect, it } from 'vitest';
import {
  describeRoles,
  formatColumnDate,
  PARTICIPATION_ROLES,
  ROLE_CODES,
} from '../../src/lib/archive/participation.ts';

describe('words and letters for roles', () => {
  it('gives every role its own letter', () => {
    const letters = PARTICIPATION_ROLES.map((role) => ROLE_CODES[role]);
    expect(new Set(letters).size).toBe(PARTICIPATION_ROLES.length);
  });

  it('reads a cell as a plain list of roles', () => {
    expect(describeRoles(['host', 'coChair', 'venue'])).toBe('Host, co-chair and meeting place');
    expect(describeRoles(['coChair'])).toBe('Co-chair');
    expect(describeRoles(['participant', 'observer'])).toBe('Participant and observer');
    expect(describeRoles([])).toBe('');
  });

  it('heads a column with month and year, or the year alone', () => {
    expect(formatColumnDate({ iso: '2019-07-02', precision: 'day' })).toBe('Jul 2019');
    expect(formatColumnDate({ iso: '2019-07-01', precision: 'day' })).toBe('Jul 2019');
    expect(formatColumnDate({ iso: '2016-05', precision: 'month' })).toBe('May 2016');
    expect(formatColumnDate({ iso: '2016', precision: 'year' })).toBe('2016');
    expect(formatColumnDate(undefined)).toBe('Date not recorded');
  });
});
