/**
 * The search page (`pages/search/index.astro`): reads the search from the address, runs it (`SearchEngine`), and
 * shows answers, the results heading, chosen filters as chips, results a page at a time, filters, "Download these
 * results" and, when nothing matches, what to try instead. Typing replaces the address; choosing a filter or the sort
 * adds a history entry, so Back steps through them.
 *
 * When the search is done and its first page of results is drawn, the results section's `data-done` holds the
 * search's query string (`writeState`) and `data-count` the number of results, so a test or a reader's tool can tell
 * which search is on screen.
 */
import { distance } from 'fastest-levenshtein';
import { foldWords } from '../../lib/search/expand.ts';
import { RESULTS_PER_PAGE, ROLE_FILTERS, SEARCH_FILES, THESAURUS_TYPE_LABELS } from '../../lib/search/search-config.ts';
import {
  EMPTY_STATE,
  describeResults,
  getChosenFilters,
  hasFilters,
  readState,
  writeState,
  type SearchState,
  type SortName,
} from '../../lib/search/search-state.ts';
import type { CsvLines } from '../../lib/data/csv.ts';
import { SearchEngine, SearchUnavailable, type SearchOutcome } from './engine.ts';
import type { PagefindResult } from './pagefind.d.ts';
import { findGroups, groupKey, markChosen, renderValues } from './filters.ts';
import { placeholder, renderResult } from './results.ts';

/** How many results of a page are drawn at once: about a screen's worth on a desktop. */
const EAGER_RESULTS = 5;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

function must<T extends Element>(selector: string, scope: ParentNode = document): T {
  const element = scope.querySelector<T>(selector);
  if (!element) throw new Error(`The search page has no ${selector}.`);
  return element;
}

async function start(page: HTMLElement): Promise<void> {
  const base = page.dataset['base'] ?? '/';
  const input = must<HTMLInputElement>('[data-search-input]', page);
  const form = must<HTMLFormElement>('[data-search-form]', page);
  const section = must<HTMLElement>('[data-search-results]', page);
  const heading = must<HTMLElement>('[data-results-heading]', page);
  const partial = must<HTMLElement>('[data-partial]', page);
  const answers = must<HTMLElement>('[data-answers]', page);
  const chips = must<HTMLElement>('[data-chips]', page);
  const chipList = must<HTMLUListElement>('[data-chip-list]', page);
  const clear = must<HTMLButtonElement>('[data-clear]', page);
  const list = must<HTMLOListElement>('[data-result-list]', page);
  const empty = must<HTMLElement>('[data-empty]', page);
  const more = must<HTMLElement>('[data-more]', page);
  const moreButton = must<HTMLButtonElement>('[data-more-button]', page);
  const download = must<HTMLElement>('[data-download]', page);
  const downloadButton = must<HTMLButtonElement>('[data-download-button]', page);
  const downloadStatus = must<HTMLElement>('[data-download-status]', page);
  const panel = must<HTMLElement>('[data-filters]', page);
  const panelHome = must<HTMLElement>('[data-filters-home]', page);
  const dialog = must<HTMLDialogElement>('[data-filter-dialog]', page);
  const openFilters = must<HTMLButtonElement>('[data-filters-open]', page);
  const closeFilters = must<HTMLButtonElement>('[data-filters-close]', page);
  const sortSelect = must<HTMLSelectElement>('[data-sort]', page);
  const roleSelect = must<HTMLSelectElement>('[data-role]', page);
  const fromInput = must<HTMLInputElement>('[data-from]', page);
  const toInput = must<HTMLInputElement>('[data-to]', page);
  const filterStatus = must<HTMLElement>('[data-filter-status]', page);
  const groups = findGroups(panel);

  page.classList.add('bp-search--live');
  let state = readState(window.location.search);
  input.value = state.q;
  const arrivedWithSearch = state.q !== '' || hasFilters(state);

  // Why search may not start: the host's policy refused Pagefind's WebAssembly, or the browser is offline.
  let refusedByPolicy = false;
  document.addEventListener('securitypolicyviolation', () => {
    refusedByPolicy = true;
  });
  let engine: SearchEngine;
  try {
    engine = await SearchEngine.load(base, SEARCH_FILES);
  } catch (error) {
    // The browser reports a policy violation in a task of its own, which may come after the failure it caused.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const cause = error instanceof Error ? String(error.cause ?? '') : '';
    const reason = must<HTMLElement>('[data-search-failure-reason]', page);
    reason.textContent =
      refusedByPolicy || /Content Security Policy/i.test(cause)
        ? "this site's security settings do not let the browser run it"
        : !navigator.onLine
          ? 'this browser is offline'
          : error instanceof SearchUnavailable
            ? error.message
            : 'it could not load';
    must<HTMLElement>('[data-search-failure]', page).hidden = false;
    page.classList.remove('bp-search--live');
    return;
  }
  const { years } = engine.thesaurus;
  for (const field of [fromInput, toInput]) {
    field.min = String(years.first);
    field.max = String(years.last);
    field.placeholder = String(field === fromInput ? years.first : years.last);
  }

  let outcome: SearchOutcome | undefined;
  // Results below the first few wait until they come near the screen.
  const lazy = new WeakMap<Element, () => void>();
  const nearScreen = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearScreen.unobserve(entry.target);
        lazy.get(entry.target)?.();
        lazy.delete(entry.target);
      }
    },
    { rootMargin: '600px 0px' },
  );
  let shown = 0;
  let sequence = 0;
  let firstDraw = true;

  /** Sets the panel's fields from the state. */
  const showState = () => {
    sortSelect.value = state.sort;
    roleSelect.value = state.role ?? '';
    fromInput.value = state.from === undefined ? '' : String(state.from);
    toInput.value = state.to === undefined ? '' : String(state.to);
    markChosen(groups, state);
    const chosen = getChosenFilters(state);
    openFilters.textContent = chosen.length > 0 ? `Filters (${chosen.length})` : 'Filters';
    chipList.replaceChildren(
      ...chosen.map((filter) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'bp-chip';
        button.setAttribute('aria-label', `Remove filter ${filter.label}`);
        button.append(filter.text);
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = ' ×';
        button.append(cross);
        button.addEventListener('click', () => {
          const index = chosen.indexOf(filter);
          void run(filter.without, 'push').then(() => {
            const next = chipList.querySelectorAll('button')[Math.min(index, chosen.length - 2)];
            (next ?? heading).focus();
          });
        });
        item.append(button);
        return item;
      }),
    );
    chips.hidden = chosen.length === 0;
  };

  /**
   * Draws results from `from` up to `shown`: the first `EAGER_RESULTS` at once, the others when they come near the
   * screen, so a search fetches only the excerpts a reader sees. Resolves when the first ones are drawn.
   */
  const drawResults = async (current: SearchOutcome, from: number): Promise<void> => {
    const words = current.state.q ? foldWords(current.state.q) : [];
    const draw = async (item: HTMLLIElement, result: PagefindResult) => {
      const data = await result.data();
      if (current === outcome) renderResult(item, data, current.named, words);
    };
    const eager: Array<Promise<void>> = [];
    current.results.slice(from, shown).forEach((result, index) => {
      const item = placeholder();
      list.append(item);
      if (index < EAGER_RESULTS) eager.push(draw(item, result));
      else lazy.set(item, () => void draw(item, result));
      if (index >= EAGER_RESULTS) nearScreen.observe(item);
    });
    await Promise.all(eager);
  };

  /** Shows the answers: a link to the page of each thing the query names, with what the archive holds of it. */
  const drawAnswers = (current: SearchOutcome) => {
    const entries = current.named.filter((entry) => entry.path).slice(0, 3);
    answers.replaceChildren(
      ...entries.map((entry) => {
        const answer = document.createElement('p');
        answer.className = 'bp-answer';
        const link = document.createElement('a');
        link.href = entry.path!;
        link.textContent = entry.label;
        answer.append(link, ` (${THESAURUS_TYPE_LABELS[entry.type]}) — ${entry.summary}`);
        return answer;
      }),
    );
    answers.hidden = entries.length === 0;
  };

  /** When nothing matches: remove a filter, or a spelling from the index. */
  const drawEmpty = async (current: SearchOutcome) => {
    empty.replaceChildren();
    empty.hidden = current.results.length > 0;
    if (current.results.length > 0) return;
    const said = document.createElement('p');
    said.textContent = current.state.q
      ? `No record matches “${current.state.q}”${hasFilters(current.state) ? ' with these filters' : ''}.`
      : 'No record matches these filters.';
    empty.append(said);
    const chosen = getChosenFilters(current.state);
    if (chosen.length > 0) {
      const tries = document.createElement('ul');
      tries.className = 'bp-search__tries';
      for (const filter of chosen) {
        const count = await engine.count(filter.without);
        if (count === 0) continue;
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'bp-link-button';
        button.textContent = `Remove ${filter.label} (${count} ${count === 1 ? 'result' : 'results'})`;
        button.addEventListener('click', () => void run(filter.without, 'push'));
        item.append(button);
        tries.append(item);
      }
      if (tries.children.length > 0) {
        const intro = document.createElement('p');
        intro.textContent = 'Try without a filter:';
        empty.append(intro, tries);
      }
    }
    const suggestion = current.state.q ? await suggestSpelling(current.state.q) : undefined;
    if (suggestion && current === outcome) {
      const line = document.createElement('p');
      const link = document.createElement('a');
      link.href = `?${writeState({ ...current.state, q: suggestion })}`;
      link.textContent = suggestion;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = suggestion;
        void run({ ...current.state, q: suggestion }, 'push');
      });
      line.append('Did you mean ', link, '?');
      empty.append(line);
    }
  };

  /** Runs a search and draws it. `history` says how the address changes. */
  const run = async (next: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> => {
    state = next;
    const query = writeState(state);
    if (history !== 'none' && query !== window.location.search.slice(1)) {
      window.history[history === 'push' ? 'pushState' : 'replaceState'](
        null,
        '',
        `${window.location.pathname}${query ? `?${query}` : ''}`,
      );
    }
    showState();
    const searching = state.q !== '' || hasFilters(state);
    page.classList.toggle('bp-search--searching', searching);
    section.hidden = !searching;
    if (!searching) {
      outcome = undefined;
      section.removeAttribute('data-done');
      return;
    }
    const mine = ++sequence;
    section.setAttribute('aria-busy', 'true');
    const current = await engine.search(state);
    if (mine !== sequence) return;
    outcome = current;
    nearScreen.disconnect();
    list.replaceChildren();
    shown = Math.min(RESULTS_PER_PAGE, current.results.length);
    heading.textContent = `${describeResults(current.results.length, state)}${
      state.sort === 'relevance' && state.q ? '' : state.sort === 'oldest' ? ', oldest first' : ', newest first'
    }`;
    partial.hidden = current.complete === undefined;
    partial.textContent =
      current.complete === undefined
        ? ''
        : `${current.complete === 0 ? 'No record has' : current.complete === 1 ? '1 record has' : `${current.complete} records have`} every word; the others lack one of them.`;
    drawAnswers(current);
    download.hidden = current.results.length === 0;
    downloadStatus.textContent = '';
    await drawResults(current, 0);
    if (mine !== sequence) return;
    more.hidden = current.results.length <= shown;
    moreButton.textContent = `Show ${Math.min(RESULTS_PER_PAGE, current.results.length - shown)} more results`;
    await drawEmpty(current);
    section.removeAttribute('aria-busy');
    section.dataset['count'] = String(current.results.length);
    section.dataset['done'] = query;
    void refreshOpenGroups();
    // Arriving from a search elsewhere (the header's box, a shared link): focus the results heading, unless the reader
    // has already moved on.
    if (firstDraw && arrivedWithSearch && (document.activeElement === document.body || !document.activeElement)) {
      heading.focus();
    }
    firstDraw = false;
  };

  /** Draws the values of every open filter group, with counts for the search on screen. */
  const refreshOpenGroups = async () => {
    const current = outcome;
    if (!current) return;
    const open = groups.filter((group) => group.details.open);
    if (open.length === 0) return;
    const all = await engine.loadFilters();
    for (const group of open) {
      const key = groupKey(group, current.state);
      const counts = await engine.countValues(current, key, group.name);
      if (current !== outcome) return;
      renderValues(group, current.state, Object.keys(all[key] ?? {}), counts);
    }
    const chosen = getChosenFilters(current.state).length;
    filterStatus.textContent = chosen > 0 ? `${chosen} filter${chosen === 1 ? '' : 's'} chosen.` : '';
  };

  // Typing searches as the reader types; the address follows without a history entry per letter.
  let typing: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => void run({ ...state, q: input.value.trim() }, 'replace'), 80);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    void run({ ...state, q: input.value.trim() }, 'push').then(() => heading.focus());
  });
  for (const group of groups) {
    // The first opening of a group loads the filter indexes; counts follow each search while it is open.
    group.details.addEventListener('toggle', () => {
      if (group.details.open) void refreshOpenGroups();
    });
    group.values.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      const values = state.filters[group.name].filter((value) => value !== box.value);
      if (box.checked) values.push(box.value);
      void run({ ...state, filters: { ...state.filters, [group.name]: values } }, 'push');
    });
  }
  sortSelect.addEventListener('change', () => void run({ ...state, sort: sortSelect.value as SortName }, 'push'));
  roleSelect.addEventListener('change', () => {
    const role = ROLE_FILTERS.find((filter) => filter.name === roleSelect.value)?.name;
    const { role: _previous, ...rest } = state;
    void run(role ? { ...rest, role } : rest, 'push');
  });
  for (const field of [fromInput, toInput]) {
    field.addEventListener('change', () => {
      const value = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);
      const { from: _from, to: _to, ...rest } = state;
      const from = value(fromInput.value);
      const to = value(toInput.value);
      void run({ ...rest, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }, 'push');
    });
  }
  clear.addEventListener('click', () => {
    void run({ ...EMPTY_STATE, q: state.q, sort: state.sort }, 'push').then(() => heading.focus());
  });
  moreButton.addEventListener('click', () => {
    const current = outcome;
    if (!current) return;
    const from = shown;
    shown = Math.min(shown + RESULTS_PER_PAGE, current.results.length);
    void drawResults(current, from).then(() => {
      if (current !== outcome) return;
      list.children[from]?.querySelector('a')?.focus();
      more.hidden = current.results.length <= shown;
      moreButton.textContent = `Show ${Math.min(RESULTS_PER_PAGE, current.results.length - shown)} more results`;
    });
  });
  downloadButton.addEventListener('click', () => {
    if (outcome) void downloadResults(outcome, base, downloadStatus);
  });

  // Filters on a narrow screen: the panel moves into a dialog, and back when it closes.
  openFilters.addEventListener('click', () => {
    dialog.append(panel);
    dialog.showModal();
    must<HTMLElement>('#filters-heading', panel).focus();
  });
  closeFilters.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    panelHome.append(panel);
    openFilters.focus();
  });

  window.addEventListener('popstate', () => {
    const next = readState(window.location.search);
    input.value = next.q;
    void run(next, 'none');
  });

  // Filters chosen in the address open their groups, so the chosen values are in view.
  for (const group of groups) if (state.filters[group.name].length > 0) group.details.open = true;
  // What the reader typed while search was loading counts.
  if (input.value.trim() !== state.q) state = { ...state, q: input.value.trim() };
  await run(state, 'replace');

  /** The closest spelling of the query from the index's words, word by word, if any word is unknown. */
  async function suggestSpelling(query: string): Promise<string | undefined> {
    let words: string[];
    try {
      const response = await fetch(`${base}${SEARCH_FILES.words}`);
      words = (await response.json()) as string[];
    } catch {
      return undefined;
    }
    const known = new Set(words);
    let changed = false;
    const corrected = foldWords(query).map((word) => {
      if (known.has(word) || word.length < 3) return word;
      let best: string | undefined;
      let bestDistance = word.length <= 4 ? 1 : 2;
      // Words come most frequent first, so among equally close words the most used wins.
      for (const candidate of words) {
        if (Math.abs(candidate.length - word.length) > bestDistance) continue;
        const d = distance(word, candidate);
        if (d > 0 && d < bestDistance + (best ? 0 : 1)) {
          best = candidate;
          bestDistance = d;
          if (d === 1) break;
        }
      }
      if (best) changed = true;
      return best ?? word;
    });
    return changed ? corrected.join(' ') : undefined;
  }
}

/** Builds the CSV of a search's results (the lines of `/data/meetings.csv`, in result order) and downloads it. */
async function downloadResults(current: SearchOutcome, base: string, status: HTMLElement): Promise<void> {
  status.textContent = `Preparing ${current.results.length} records…`;
  try {
    const [lines, ids] = await Promise.all([
      fetch(`${base}${SEARCH_FILES.csvLines}`).then((response) => response.json() as Promise<CsvLines>),
      Promise.all(current.results.map(async (result) => (await result.data()).meta['id'] ?? '')),
    ]);
    const csv = lines.head + ids.map((id) => lines.rows[id] ?? '').join('');
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `bali-process-search-${
      writeState(current.state)
        .replace(/[^\w=-]+/g, '-')
        .slice(0, 60) || 'all'
    }.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Downloaded ${ids.length} ${ids.length === 1 ? 'record' : 'records'} as CSV.`;
  } catch {
    status.textContent = 'The download could not be prepared; every record is in /data/meetings.csv.';
  }
}
