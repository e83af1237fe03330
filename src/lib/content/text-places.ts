/**
 * The places in a record's text that other pages link to: each paragraph, list item and table cell, numbered in
 * reading order. The renderer gives each its id (`p-1`, `p-2`, …) so that a topic page can link to the paragraph it
 * quotes, and the content reader lists the same places with their text, so the two always agree: both walk the tree
 * that the one parser makes with the one body policy (see `body-policy.ts`).
 *
 * A place is a `p`, a `td` or `th`, or an `li` that holds no paragraph of its own (the items of a tight list; in a
 * loose list each item's paragraphs are the places). An item's nested list is not part of its text: its items are
 * places of their own, numbered after it. An element that already has an id from the parser (a footnote) keeps it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { markdownToHast, type HastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { isRecordFile, RECORD_FEATURES, sanitizeBody, type PolicyOptions } from './body-policy.ts';
import type { TextPlace } from '../domain/passages.ts';

export type { TextPlace };

/**
 * The rule's version: part of the key that decides whether a stored record's HTML is still current, so a change to
 * the rule renders every record again.
 */
export const TEXT_PLACES_RULE = 'p-n:p,li,td,th:1';

/** The prefix of the ids the renderer gives places. */
export const PLACE_ID_PREFIX = 'p-';

const LISTS = new Set(['ul', 'ol']);

/** Collapses runs of white space to one space and trims. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a list item without its nested lists. */
function itemText(item: Element): string {
  return squeeze(
    item.children
      .filter((child) => !(child.type === 'element' && LISTS.has(child.tagName)))
      .map((child) => toString(child))
      .join(''),
  );
}

/**
 * Walks the places of a text in reading order.
 * @param visit called with each place's element, its id and its text.
 */
function walkPlaces(tree: Root, visit: (element: Element, id: string, text: string) => void): void {
  let count = 0;
  const place = (element: Element, text: string) => {
    count += 1;
    const given = element.properties['id'];
    visit(element, typeof given === 'string' && given !== '' ? given : `${PLACE_ID_PREFIX}${count}`, text);
  };
  const walk = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const name = node.tagName;
      if (name === 'p' || name === 'td' || name === 'th') {
        place(node, squeeze(toString(node)));
      } else if (name === 'li' && !node.children.some((child) => child.type === 'element' && child.tagName === 'p')) {
        place(node, itemText(node));
        walk(node.children.filter((child) => child.type === 'element' && LISTS.has(child.tagName)));
      } else {
        walk(node.children);
      }
    }
  };
  walk(tree.children);
}

/**
 * The places of a text, in reading order.
 * @example getTextPlaces(hast of "Intro.\n\n- One\n- Two") ⇒ [{ id: 'p-1', text: 'Intro.' }, { id: 'p-2', text: 'One' }, { id: 'p-3', text: 'Two' }]
 */
export function getTextPlaces(tree: Root): TextPlace[] {
  const places: TextPlace[] = [];
  walkPlaces(tree, (_element, id, text) => places.push({ id, text }));
  return places;
}

/**
 * The places of a record's text, read from its Markdown as the renderer reads it (same parser, features and policy).
 * The content check gets them from the tree it has already parsed; this is for tests and tools with text alone.
 * @example readTextPlaces('Intro.\n\n- One') ⇒ [{ id: 'p-1', text: 'Intro.' }, { id: 'p-2', text: 'One' }]
 */
export function readTextPlaces(markdown: string): TextPlace[] {
  return getTextPlaces(sanitizeBody(markdownToHast(markdown, { features: RECORD_FEATURES }) as Root));
}

/**
 * Gives each place of a text its id, through `setId` (the renderer's own way of changing a node).
 * @returns how many places were given an id.
 */
export function markTextPlaces(tree: Root, setId: (element: Element, id: string) => void): number {
  let marked = 0;
  walkPlaces(tree, (element, id) => {
    if (element.properties['id'] === id) return;
    setId(element, id);
    marked += 1;
  });
  return marked;
}

/**
 * The ids as a Sätteri hast plugin for Astro's Markdown processor, registered after the body policy in
 * astro.config.mjs (the policy removes any id a contributor wrote; these are the site's own). Records only.
 */
export function recordTextPlaces(options: PolicyOptions): HastPluginEntry {
  return (context) => {
    const file = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    if (!file || !isRecordFile(file, options)) return null;
    return {
      name: 'bali-process:record-text-places',
      before(root, ctx) {
        markTextPlaces(root as Root, (element, id) => ctx.setProperty(element, 'id', id));
      },
    };
  };
}
