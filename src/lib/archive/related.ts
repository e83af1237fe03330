/** Related records: the meetings that share most topics and bodies with a meeting, computed for the whole archive at once. */
import type { Archive, MeetingView } from './archive.ts';

/**
 * Up to `limit` other meetings that share topics or a body with this one, most shared first.
 * Score: one point per shared topic, two for the same body (one for a shared joint body); ties go to the meeting
 * nearest in time, then by id. Computed for the whole archive at once from topic and body indexes, so it stays
 * fast with tens of thousands of records.
 */
export function getRelatedMeetings<Entry>(
  archive: Archive<Entry>,
  meeting: MeetingView<Entry>,
  limit = 5,
): MeetingView<Entry>[] {
  let related = relatedCache.get(archive) as RelatedIndex<Entry> | undefined;
  if (!related || related.limit < limit) {
    related = buildRelatedIndex(archive, Math.max(limit, 5));
    relatedCache.set(archive, related as RelatedIndex<unknown>);
  }
  return (related.byMeeting.get(meeting) ?? []).slice(0, limit);
}

interface RelatedIndex<Entry> {
  limit: number;
  byMeeting: Map<MeetingView<Entry>, MeetingView<Entry>[]>;
}

const relatedCache = new WeakMap<object, RelatedIndex<unknown>>();

function buildRelatedIndex<Entry>(archive: Archive<Entry>, limit: number): RelatedIndex<Entry> {
  const meetings = archive.meetings;
  const count = meetings.length;
  // Everything as integers and typed arrays: at 10,000 records this loop visits tens of millions of pairs.
  const time = new Float64Array(count);
  const primaryBody = new Int32Array(count);
  const bodyIndex = new Map<string, number>();
  const topicMembers = new Map<string, number[]>();
  const bodyMembers: number[][] = [];
  const meetingBodies: number[][] = [];
  meetings.forEach((meeting, index) => {
    time[index] = meeting.sortDate ? Date.parse(meeting.sortDate) : Number.NaN;
    for (const topic of meeting.topics) {
      const list = topicMembers.get(topic.id);
      if (list) list.push(index);
      else topicMembers.set(topic.id, [index]);
    }
    const bodies: number[] = [];
    for (const id of [meeting.body.id, ...meeting.jointBodies.map((joint) => joint.id)]) {
      let body = bodyIndex.get(id);
      if (body === undefined) {
        body = bodyIndex.size;
        bodyIndex.set(id, body);
        bodyMembers.push([]);
      }
      if (!bodies.includes(body)) {
        bodies.push(body);
        bodyMembers[body]!.push(index);
      }
    }
    primaryBody[index] = bodies[0]!;
    meetingBodies.push(bodies);
  });

  const scores = new Int32Array(count);
  const bodyScored = new Uint8Array(count);
  const touched = new Int32Array(count);
  const byMeeting = new Map<MeetingView<Entry>, MeetingView<Entry>[]>();
  for (let self = 0; self < count; self += 1) {
    const meeting = meetings[self]!;
    let touchedCount = 0;
    for (const topic of meeting.topics) {
      for (const other of topicMembers.get(topic.id)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += 1;
      }
    }
    for (const body of meetingBodies[self]!) {
      for (const other of bodyMembers[body]!) {
        if (other === self || bodyScored[other]) continue;
        bodyScored[other] = 1;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += primaryBody[other] === primaryBody[self] ? 2 : 1;
      }
    }
    const distance = (other: number) => {
      const gap = Math.abs(time[self]! - time[other]!);
      return Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap;
    };
    /** Positive when `a` ranks above `b`: more points, then nearer in time, then by id. */
    const better = (a: number, b: number) =>
      scores[a]! - scores[b]! || distance(b) - distance(a) || meetings[b]!.id.localeCompare(meetings[a]!.id, 'en');
    // Keep the best `limit` in order, without sorting everything touched.
    const best: number[] = [];
    for (let index = 0; index < touchedCount; index += 1) {
      const other = touched[index]!;
      if (best.length === limit) {
        const last = best[limit - 1]!;
        if (scores[other]! < scores[last]! || better(other, last) <= 0) continue;
      }
      let position = best.length;
      while (position > 0 && better(other, best[position - 1]!) > 0) position -= 1;
      best.splice(position, 0, other);
      if (best.length > limit) best.pop();
    }
    byMeeting.set(
      meeting,
      best.map((index) => meetings[index]!),
    );
    for (let index = 0; index < touchedCount; index += 1) {
      scores[touched[index]!] = 0;
      bodyScored[touched[index]!] = 0;
    }
  }
  return { limit, byMeeting };
}
