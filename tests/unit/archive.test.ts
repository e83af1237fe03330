import { describe, expect, it } from 'vitest';
import { getRelatedMeetings, getSeriesNeighbours, type MeetingView } from '../../src/lib/archive/archive.ts';
import { getRealArchive } from './real-archive.ts';

/** The rule for related records, written the slow and obvious way, to check the indexed version against. */
function naiveRelated(all: readonly MeetingView[], meeting: MeetingView, limit: number): string[] {
  const topics = new Set(meeting.topics.map((topic) => topic.id));
  const bodies = new Set([meeting.body.id, ...meeting.jointBodies.map((body) => body.id)]);
  const time = (m: MeetingView) => (m.sortDate ? Date.parse(m.sortDate) : Number.NaN);
  const distance = (other: MeetingView) => {
    const gap = Math.abs(time(meeting) - time(other));
    return Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap;
  };
  return all
    .filter((other) => other !== meeting)
    .map((other) => {
      let score = other.topics.filter((topic) => topics.has(topic.id)).length;
      if (other.body.id === meeting.body.id) score += 2;
      else if ([other.body, ...other.jointBodies].some((body) => bodies.has(body.id))) score += 1;
      return { other, score };
    })
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || distance(a.other) - distance(b.other) || a.other.id.localeCompare(b.other.id, 'en'),
    )
    .slice(0, limit)
    .map(({ other }) => other.id);
}

describe('the archive view', () => {
  const { archive } = getRealArchive();

  it('sorts newest first, undated last', () => {
    const dated = archive.meetings.filter((meeting) => meeting.sortDate);
    expect(dated.map((meeting) => meeting.sortDate)).toEqual([...dated.map((m) => m.sortDate)].sort().reverse());
    expect(archive.meetings.at(-1)?.id).toBe('undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok');
  });

  it('finds the same related records as the rule says, for every record', () => {
    for (const meeting of archive.meetings) {
      expect(getRelatedMeetings(archive, meeting).map((m) => m.id)).toEqual(naiveRelated(archive.meetings, meeting, 5));
    }
  });

  it('relates the Fifth Joint Period of Action first to other Joint Periods of Action', () => {
    const jpa = archive.byId.get('2019-07-02-fifth-joint-period-of-action')!;
    const related = getRelatedMeetings(archive, jpa);
    expect(related).toHaveLength(5);
    expect(related[0]?.body.id).toBe('working-group-disruption');
  });

  it('links the Joint Periods of Action in order of their dates', () => {
    const jpa = archive.byId.get('2019-07-02-fifth-joint-period-of-action')!;
    const { series, previous, next } = getSeriesNeighbours(archive, jpa);
    const meetings = series?.meetings ?? [];
    const dates = meetings.map((meeting) => meeting.sortDate);
    expect(dates).toEqual([...dates].sort());
    // The periods on record today, in order; a record added for a missing number takes its place among them.
    const numbers = meetings.map((meeting) => meeting.number);
    expect(numbers.filter((number) => [1, 2, 5, 7].includes(number!))).toEqual([1, 2, 5, 7]);
    const index = meetings.findIndex((meeting) => meeting.id === jpa.id);
    expect(previous?.id).toBe(meetings[index - 1]?.id);
    expect(next?.id).toBe(meetings[index + 1]?.id);
    expect(previous?.number).toBeLessThan(5);
    expect(next?.number).toBeGreaterThan(5);
  });
});
