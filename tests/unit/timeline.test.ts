/** The timeline's model on a few meetings: empty years, undated meetings, kind codes and its description. */
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, type MeetingKind } from '../../src/lib/domain/kinds.ts';
import {
  countMeetings,
  describeTimeline,
  getTimeline,
  KIND_CODES,
  type TimelineMeeting,
} from '../../src/lib/archive/timeline.ts';

const meeting = (id: string, kind: MeetingKind, sortDate: string): TimelineMeeting => ({
  id,
  kind,
  sortDate,
  ...(sortDate ? { year: Number(sortDate.slice(0, 4)) } : {}),
});

describe('timelines of a few meetings', () => {
  it('draws a year with no meeting as an empty column between two years that have some', () => {
    const gap = getTimeline([
      meeting('a', 'forum', '2004-02-01'),
      meeting('b', 'forum', '2006-03-01'),
      meeting('x', 'other', ''),
    ]);
    expect(gap.years.map(({ year, meetings }) => [year, meetings.map((m) => m.id)])).toEqual([
      [2004, ['a']],
      [2005, []],
      [2006, ['b']],
    ]);
    expect(describeTimeline(gap)).toBe(
      '3 meetings: 2 from 2004 to 2006, and 1 with no recorded date, shown apart after 2006.',
    );
  });

  it('describes a single year with no undated record', () => {
    const small = getTimeline([meeting('b', 'forum', '2017-08-24'), meeting('a', 'forum', '2017-01-27')]);
    expect(small.years.map(({ year }) => year)).toEqual([2017]);
    expect(small.years[0]!.meetings.map((m) => m.id)).toEqual(['a', 'b']);
    expect(describeTimeline(small)).toBe('2 meetings in 2017.');
  });

  it('draws only undated meetings in a column of their own', () => {
    const undated = getTimeline([meeting('x', 'other', '')]);
    expect(undated.years).toEqual([]);
    expect(undated.undated.map((m) => m.id)).toEqual(['x']);
    expect(describeTimeline(undated)).toBe('1 meeting with no recorded date.');
    expect(describeTimeline(getTimeline([]))).toBe('No meetings on record.');
  });

  it('counts meetings in words', () => {
    expect(countMeetings(1)).toBe('1 meeting');
    expect(countMeetings(0)).toBe('0 meetings');
    expect(countMeetings(7)).toBe('7 meetings');
  });
});

describe('kind codes', () => {
  it('gives every kind its own short code, so kinds differ by more than colour', () => {
    const codes = MEETING_KINDS.map((kind) => KIND_CODES[kind]);
    expect(new Set(codes).size).toBe(MEETING_KINDS.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{1,3}$/);
    expect(KIND_CODES['joint-period-of-action']).toBe('JPA');
  });
});
