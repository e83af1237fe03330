import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, type MeetingKind } from '../../src/lib/domain/kinds.ts';
import {
  countMeetings,
  describeTimeline,
  getTimeline,
  KIND_CODES,
  type TimelineMeeting,
} from '../../src/lib/archive/timeline.ts';
import { ROOT } from '../setup/sites.ts';
import { getRealArchive } from './real-archive.ts';

const { records, archive } = getRealArchive();
const timeline = getTimeline(archive.meetings);
const meetingsDir = join(ROOT, 'content/meetings');

/** The start year of a record, read from the date as written. */
const startYear = (iso: string | undefined) => (iso === undefined ? undefined : Number(iso.slice(0, 4)));

const meeting = (id: string, kind: MeetingKind, sortDate: string): TimelineMeeting => ({
  id,
  kind,
  sortDate,
  ...(sortDate ? { year: Number(sortDate.slice(0, 4)) } : {}),
});

describe('the timeline of the whole archive', () => {
  it('has a column for every year from the first record to the last, empty years included', () => {
    const years = records.flatMap((record) => {
      const year = startYear(record.data.startDate?.iso);
      return year === undefined ? [] : [year];
    });
    const first = Math.min(...years);
    const last = Math.max(...years);
    expect(timeline.years.map(({ year }) => year)).toEqual(
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    );
    // The First Bali Regional Ministerial Conference (2002) opened the process.
    expect(first).toBe(2002);
  });

  it('puts every dated record in the column of its start year, once, oldest first', () => {
    for (const { year, meetings } of timeline.years) {
      const expected = records
        .filter((record) => startYear(record.data.startDate?.iso) === year)
        .map((record) => record.id)
        .sort();
      expect(meetings.map((m) => m.id).sort()).toEqual(expected);
      const dates = meetings.map((m) => m.sortDate);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('keeps the record with no date, apart, instead of dropping it', () => {
    const undated = records.filter((record) => record.data.startDate === undefined).map((record) => record.id);
    expect(undated).toContain('undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok');
    expect(timeline.undated.map((m) => m.id)).toEqual(undated);
    const drawn = timeline.years.reduce((sum, { meetings }) => sum + meetings.length, 0) + timeline.undated.length;
    expect(drawn).toBe(records.length);
    expect(timeline.total).toBe(records.length);
  });

  it('counts each kind as the records give it, in the order of the kinds', () => {
    const expected = MEETING_KINDS.map((kind) => ({
      kind,
      count: records.filter((record) => record.data.kind === kind).length,
    })).filter(({ count }) => count > 0);
    expect(timeline.kinds).toEqual(expected);
    // The same count read from the files as written, not from the checked records.
    const written = readdirSync(meetingsDir).filter(
      (name) =>
        name.endsWith('.mdx') && /^kind: working-group-meeting$/m.test(readFileSync(join(meetingsDir, name), 'utf8')),
    );
    expect(timeline.kinds.find(({ kind }) => kind === 'working-group-meeting')?.count).toBe(written.length);
  });

  it('says in one sentence what it shows, including the undated record', () => {
    const last = timeline.years.at(-1)!.year;
    const undated = timeline.undated.length;
    expect(undated).toBeGreaterThan(0);
    expect(describeTimeline(timeline)).toBe(
      `${records.length} meetings: ${records.length - undated} from 2002 to ${last}, and ${undated} with no recorded date, shown apart after ${last}.`,
    );
  });
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
