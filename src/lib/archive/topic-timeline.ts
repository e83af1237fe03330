/**
 * What the Bali Process said about a topic over time: each meeting filed under the topic, oldest first, with the
 * sentence or two of its record about the topic, for the topic's page. The rules that choose the sentences are in
 * `lib/domain/passages.ts`: a passage the record marks for the topic, or else the first sentences of its text that
 * name the topic; a record whose text does neither is still listed.
 */
import { findPassage, findTopicSentences, type Passage } from '../domain/passages.ts';
import type { Archive, MeetingView, TopicView } from './archive.ts';
import { getTopicMeetings } from './facets.ts';
import { compareOldestFirst } from './order.ts';

/** What a record says about a topic, and how it was chosen. */
export interface SaidAboutTopic extends Passage {
  /** `marked`: the passage the record names for the topic (`passages`); `found`: sentences that name the topic. */
  how: 'marked' | 'found';
}

/** One meeting on a topic's timeline. */
export interface TopicTimelineEntry<Entry = unknown> {
  meeting: MeetingView<Entry>;
  /** What its record says about the topic; `undefined` when its text neither marks a passage nor names the topic. */
  said?: SaidAboutTopic;
}

/** A topic's timeline. */
export interface TopicTimeline<Entry = unknown> {
  topic: TopicView;
  /** Every meeting filed under the topic: oldest first, then those whose date is not recorded, by id. */
  entries: TopicTimelineEntry<Entry>[];
  /** The years of the first and the last dated meeting; `undefined` when none is dated. */
  years?: { first: number; last: number };
}

/**
 * What a record says about a topic (see the rules in `lib/domain/passages.ts`).
 * @example getSaidAboutTopic(fifth JPA, forced marriage) ⇒ { how: 'found', placeId: 'p-6', sentences: ['On trafficking, they named forced marriage, …'] }
 */
export function getSaidAboutTopic(meeting: MeetingView, topic: TopicView): SaidAboutTopic | undefined {
  const marked = meeting.data.passages[topic.id];
  if (marked !== undefined) {
    const passage = findPassage(meeting.textPlaces, marked);
    // The content check refuses a marked passage that is not in the text; this is the last line of defence.
    if (!passage) throw new Error(`${meeting.filePath || meeting.id}: the passage for ${topic.id} is not in its text.`);
    return { how: 'marked', ...passage };
  }
  const found = findTopicSentences(meeting.textPlaces, [topic.label, ...topic.aliases]);
  return found ? { how: 'found', ...found } : undefined;
}

/**
 * The timeline of a topic.
 * @throws Error when the topic is not in the archive.
 */
export function getTopicTimeline<Entry>(archive: Archive<Entry>, topicId: string): TopicTimeline<Entry> {
  const topic = archive.topics.get(topicId);
  if (!topic) throw new Error(`"${topicId}" is not a topic of the archive.`);
  const entries = [...getTopicMeetings(archive, topicId)].sort(compareOldestFirst).map((meeting) => {
    const said = getSaidAboutTopic(meeting, topic);
    return said ? { meeting, said } : { meeting };
  });
  const years = entries.flatMap(({ meeting }) => (meeting.year === undefined ? [] : [meeting.year]));
  return {
    topic,
    entries,
    ...(years.length > 0 ? { years: { first: years[0]!, last: years.at(-1)! } } : {}),
  };
}

/**
 * A topic's label as it reads inside a sentence: a first capital that only starts the sentence-case label is made
 * small; abbreviations and names keep theirs.
 * @example getTopicName({ label: 'Forced marriage' }) ⇒ 'forced marriage'
 * @example getTopicName({ label: 'COVID-19' }) ⇒ 'COVID-19'
 */
export function getTopicName(topic: Pick<TopicView, 'label'>): string {
  const { label } = topic;
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * The heading of a topic's timeline, with the label as it reads inside a sentence.
 * @example getTimelineHeading({ label: 'Forced marriage', … }, { first: 2019, last: 2024 }) ⇒ 'What the Bali Process said about forced marriage, 2019–2024'
 * @example getTimelineHeading({ label: 'COVID-19', … }, { first: 2020, last: 2020 }) ⇒ 'What the Bali Process said about COVID-19 in 2020'
 */
export function getTimelineHeading(topic: Pick<TopicView, 'label'>, years: TopicTimeline['years']): string {
  const about = `What the Bali Process said about ${getTopicName(topic)}`;
  if (!years) return about;
  return years.first === years.last ? `${about} in ${years.first}` : `${about}, ${years.first}–${years.last}`;
}
