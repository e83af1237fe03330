/**
 * A meeting as a card in a list (title linked, dates, place and kind), as an HTML string made once per meeting and
 * heading level and reused on every page that lists it. A large archive lists each meeting on a dozen pages (its
 * year, body, topics, countries, and the related records of others); rendering the card as a component each time
 * was a large share of the build.
 */
import { escape } from 'html-escaper';
import type { LocationView, MeetingView } from './archive.ts';
import { formatDateRangeParts, type CalendarDate } from '../domain/calendar-date.ts';
import { meetingPath } from '../site/paths.ts';

/** Heading levels a card title can take, so lists fit the outline of their page. */
export type CardHeadingLevel = 2 | 3 | 4;

/** A meeting's dates as HTML: each end in `<time datetime>`, as the DateRange component writes them. */
export function dateRangeHtml(start: CalendarDate | undefined, end: CalendarDate | undefined): string {
  const parts = formatDateRangeParts(start, end)
    .map((part) =>
      part.datetime ? `<time datetime="${escape(part.datetime)}">${escape(part.text)}</time>` : escape(part.text),
    )
    .join('');
  return `<span class="bp-date">${parts}</span>`;
}

/** What a card shows of a meeting, and nothing more: a `MeetingView` has all of it. */
export interface MeetingCard {
  id: string;
  title: string;
  start?: CalendarDate | undefined;
  end?: CalendarDate | undefined;
  location: Pick<LocationView, 'text'>;
  kindLabel: string;
}

const cardViews = new WeakMap<MeetingView, MeetingCard>();

/**
 * A meeting as its card shows it (made once per meeting): a page that lists meetings keeps these in its props, so
 * its cache key changes when a card changes and not when the rest of a record does (see `lib/site/page-key.ts`).
 */
export function toMeetingCard(meeting: MeetingView): MeetingCard {
  let card = cardViews.get(meeting);
  if (!card) {
    card = {
      id: meeting.id,
      title: meeting.title,
      ...(meeting.start ? { start: meeting.start } : {}),
      ...(meeting.end ? { end: meeting.end } : {}),
      location: { text: meeting.location.text },
      kindLabel: meeting.kindLabel,
    };
    cardViews.set(meeting, card);
  }
  return card;
}

const cards = new WeakMap<object, Map<CardHeadingLevel, string>>();

/**
 * The card of a meeting, without its optional note.
 * @example getMeetingCardHtml(meeting, 3) ⇒ '<article class="bp-card"><h3 class="bp-card__title"><a href="/meetings/…/">Fifth Joint Period of Action</a></h3><p class="bp-card__meta">…</p>'
 */
export function getMeetingCardHtml(meeting: MeetingCard, level: CardHeadingLevel): string {
  let byLevel = cards.get(meeting);
  if (!byLevel) {
    byLevel = new Map();
    cards.set(meeting, byLevel);
  }
  let html = byLevel.get(level);
  if (html === undefined) {
    html =
      `<h${level} class="bp-card__title"><a href="${escape(meetingPath(meeting.id))}">${escape(meeting.title)}</a></h${level}>` +
      `<p class="bp-card__meta">${dateRangeHtml(meeting.start, meeting.end)} · ${escape(meeting.location.text)} · ${escape(meeting.kindLabel)}</p>`;
    byLevel.set(level, html);
  }
  return html;
}

/** The whole card, with a note under its details when there is one (a country's roles in the meeting). */
export function meetingCardHtml(meeting: MeetingCard, level: CardHeadingLevel, note?: string): string {
  const noteHtml = note ? `<p class="bp-card__note">${escape(note)}</p>` : '';
  return `<article class="bp-card">${getMeetingCardHtml(meeting, level)}${noteHtml}</article>`;
}
