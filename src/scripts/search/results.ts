/**
 * Result cards: the title as a link, date range, place and kind, then two or three lines of the record's own text
 * around the match, with the matched words marked. Where the match is in a section of the record, the card links to
 * it. A record that matches only through its topics says so and shows its summary instead of an excerpt.
 */
import { fromIndexText } from '../../lib/search/index-text.ts';
import { SECTION_IDS } from '../../lib/search/search-config.ts';
import type { ThesaurusEntry } from '../../lib/search/thesaurus.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind.d.ts';

/**
 * Appends an excerpt from Pagefind (HTML with `<mark>` around matched words) to an element as text and `<mark>`
 * elements only, in the record's own form (`fromIndexText`). The excerpt is parsed in an inert template, so nothing
 * in it runs or loads.
 */
export function appendExcerpt(target: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = fromIndexText(html);
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) target.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? '');
  }
}

/** The section of the record whose match is best: the one with most matched words, the first of equals. */
function bestSection(subResults: readonly PagefindSubResult[]): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of subResults) if (sub.locations.length > (best?.locations.length ?? 0)) best = sub;
  return best;
}

const sectionId = (url: string) => (url.includes('#') ? url.slice(url.indexOf('#') + 1) : '');

/** An excerpt without the heading text Pagefind puts first ("Discussion. The meeting…"): the card names it. */
function withoutHeading(excerpt: string, heading: string): string {
  const prefix = `${heading}. `;
  return excerpt.startsWith(prefix) ? excerpt.slice(prefix.length) : excerpt;
}

/** The address of a result with the searched words, which the record page highlights. */
function resultUrl(url: string, words: readonly string[]): string {
  const [path = url, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const word of words) params.append('highlight', word);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * Fills a result's list item.
 * @param item the `<li>` to fill (emptied first)
 * @param data the result's data from Pagefind
 * @param named the topics the query names, to say which one a topic-only match came through
 * @param words the searched words, for highlighting on the record page
 */
export function renderResult(
  item: HTMLLIElement,
  data: PagefindResultData,
  named: readonly ThesaurusEntry[],
  words: readonly string[],
): void {
  item.replaceChildren();
  item.removeAttribute('aria-busy');
  const article = document.createElement('article');
  article.className = 'bp-result';
  const title = document.createElement('h3');
  title.className = 'bp-result__title';
  const link = document.createElement('a');
  link.href = resultUrl(data.url, words);
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'bp-result__meta';
  meta.textContent = [data.meta['date'], data.meta['place'], data.meta['kind']].filter(Boolean).join(' · ');
  article.append(title, meta);

  const matched = data.sub_results.filter((sub) => sub.locations.length > 0);
  const best = bestSection(matched);
  const onlyTopics = matched.length > 0 && matched.every((sub) => sectionId(sub.url) === SECTION_IDS.topics);
  if (onlyTopics) {
    const topics = data.filters['topic'] ?? [];
    const namedTopics = named.filter((entry) => entry.type === 'topic' && topics.includes(entry.label));
    const through = document.createElement('p');
    through.className = 'bp-result__topic';
    through.textContent = `Topic: ${(namedTopics.length > 0 ? namedTopics.map((entry) => entry.label) : topics).join('; ')}`;
    const summary = document.createElement('p');
    summary.className = 'bp-result__excerpt';
    summary.textContent = data.meta['summary'] ?? '';
    article.append(through, summary);
  } else {
    const id = best ? sectionId(best.url) : '';
    const excerpt = document.createElement('p');
    excerpt.className = 'bp-result__excerpt';
    const text = best ? withoutHeading(best.excerpt, id ? best.title : (data.meta['title'] ?? '')) : data.excerpt;
    appendExcerpt(excerpt, text);
    article.append(excerpt);
    if (best && id) {
      const where = document.createElement('p');
      where.className = 'bp-result__where';
      const section = document.createElement('a');
      section.href = resultUrl(best.url, words);
      section.textContent = fromIndexText(best.title);
      where.append('Found in: ', section);
      article.append(where);
    }
  }
  item.append(article);
}

/** A list item waiting for its result's data: the same height as most cards, announced as busy. */
export function placeholder(): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'bp-results__item bp-results__item--loading';
  item.setAttribute('aria-busy', 'true');
  const text = document.createElement('p');
  text.className = 'bp-muted';
  text.textContent = 'Loading this result…';
  item.append(text);
  return item;
}
