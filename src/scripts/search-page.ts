/**
 * The search page around Pagefind's Component UI: filters, sort and the address bar.
 *
 * - State lives in the query string: `q`, `sort` (`newest`, `oldest`; relevance when absent) and one parameter per
 *   filter value (`?country=Sri+Lanka&country=Thailand&year=2016`). Typing replaces the address; changing a filter or
 *   the sort adds a history entry, so Back and Forward step through them; reloading or sharing the address restores
 *   the same results.
 * - Filters: kind, body, year, country and topic. Values of one filter combine with OR, different filters with AND
 *   (Pagefind's `any`). Each value shows how many results choosing it would give.
 * - Sort: by relevance, or by the ISO date keys `newest` and `oldest` set on each record page. Without a query,
 *   relevance means nothing, so results are newest first.
 */
import { RANKING, RESULTS_PER_PAGE } from '../lib/search/search-config.ts';
import type { PagefindInstance } from './pagefind-components.d.ts';

/** The filters offered, in the order shown, with their labels. Names match `data-pagefind-filter` keys. */
const FILTERS = [
  { name: 'kind', label: 'Kind of meeting' },
  { name: 'body', label: 'Body' },
  { name: 'year', label: 'Year' },
  { name: 'country', label: 'Country' },
  { name: 'topic', label: 'Topic' },
] as const;
type FilterName = (typeof FILTERS)[number]['name'];

const SORTS = {
  relevance: {},
  newest: { newest: 'desc' },
  oldest: { oldest: 'asc' },
} as const;
type SortName = keyof typeof SORTS;

interface SearchState {
  q: string;
  sort: SortName;
  filters: Partial<Record<FilterName, string[]>>;
}

type FilterCounts = Record<string, Record<string, number>>;

/** The parts of Pagefind's own search API used to count filter values. */
interface PagefindApi {
  search(term: string | null, options: { filters?: object }): Promise<{ filters?: FilterCounts }>;
}

function readState(location: Location): SearchState {
  const params = new URLSearchParams(location.search);
  const sort = params.get('sort');
  const filters: SearchState['filters'] = {};
  for (const { name } of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = [...new Set(values)];
  }
  return {
    q: params.get('q')?.trim() ?? '',
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
    filters,
  };
}

function stateUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const { name } of FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

/** Pagefind filters: OR within a filter (`any`), AND between filters. */
function toPagefindFilters(filters: SearchState['filters'], without?: FilterName): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const { name } of FILTERS) {
    const values = filters[name];
    if (name !== without && values && values.length > 0) result[name] = { any: values };
  }
  return result;
}

function compareValues(name: FilterName) {
  return (a: string, b: string) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'en'));
}

async function start(instance: PagefindInstance, form: HTMLFormElement): Promise<void> {
  window.PagefindComponents?.configureInstance('default', { ranking: RANKING });
  // The search box's accessible name says what it searches, as its placeholder does (WCAG 2.5.3).
  instance.setTranslations({ search_label: 'Search meeting records' });
  // Load Pagefind first: in faceted mode it runs an empty search once loaded, which must not overwrite ours.
  await instance.triggerLoad();
  let state = readState(window.location);
  // A reader who typed while Pagefind was loading keeps what they typed.
  const typed = document.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim();
  if (typed && typed !== state.q) state = { ...state, q: typed };
  let countRun = 0;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const groups = form.querySelector<HTMLElement>('[data-filter-groups]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;

  const effectiveSort = (current: SearchState) =>
    current.sort === 'relevance' && !current.q ? SORTS.newest : SORTS[current.sort];

  const run = (next: SearchState, history: 'push' | 'replace' | 'none') => {
    if (history !== 'none') resetPages();
    state = next;
    if (history !== 'none') {
      const url = stateUrl(state);
      if (url !== `${window.location.pathname}${window.location.search}`) {
        window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
      }
    }
    sortSelect.value = state.sort;
    clear.hidden = Object.keys(state.filters).length === 0;
    instance.searchSort = { ...effectiveSort(state) };
    instance.triggerSearchWithFilters(state.q, toPagefindFilters(state.filters));
  };

  const renderGroups = (total: FilterCounts, counts: FilterCounts) => {
    const open = new Set(
      [...groups.querySelectorAll<HTMLDetailsElement>('details[open]')].map((details) => details.dataset['filter']),
    );
    groups.replaceChildren();
    for (const { name, label } of FILTERS) {
      const values = Object.keys(total[name] ?? {}).sort(compareValues(name));
      if (values.length === 0) continue;
      const selected = new Set(state.filters[name] ?? []);
      const details = document.createElement('details');
      details.className = 'bp-filter';
      details.dataset['filter'] = name;
      details.open = selected.size > 0 || open.has(name);
      const summary = document.createElement('summary');
      summary.textContent = label;
      if (selected.size > 0) {
        const badge = document.createElement('span');
        badge.className = 'bp-filter__selected';
        badge.textContent = ` (${selected.size} chosen)`;
        summary.append(badge);
      }
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.className = 'visually-hidden';
      legend.textContent = label;
      fieldset.append(legend);
      for (const value of values) {
        const count = counts[name]?.[value] ?? 0;
        if (count === 0 && !selected.has(value)) continue;
        const id = `filter-${name}-${value.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
        const wrapper = document.createElement('div');
        wrapper.className = 'bp-filter__option';
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = id;
        input.name = name;
        input.value = value;
        input.checked = selected.has(value);
        const labelElement = document.createElement('label');
        labelElement.htmlFor = id;
        labelElement.textContent = `${value} `;
        const number = document.createElement('span');
        number.className = 'bp-filter__count';
        number.textContent = `(${count})`;
        labelElement.append(number);
        wrapper.append(input, labelElement);
        fieldset.append(wrapper);
      }
      details.append(summary, fieldset);
      groups.append(details);
    }
  };

  /** Counts per value: for a filter with values chosen, what each value would give with the other filters only. */
  const updateCounts = async (available: FilterCounts, total: FilterCounts) => {
    const run = ++countRun;
    const counts: FilterCounts = { ...available };
    const api = (instance as unknown as { __pagefind__?: PagefindApi }).__pagefind__;
    if (api) {
      for (const { name } of FILTERS) {
        if (!state.filters[name]?.length) continue;
        const result = await api.search(state.q || null, { filters: toPagefindFilters(state.filters, name) });
        if (result.filters?.[name]) counts[name] = result.filters[name];
      }
    }
    if (run !== countRun) return;
    const focused =
      document.activeElement instanceof HTMLInputElement && groups.contains(document.activeElement)
        ? document.activeElement.id
        : undefined;
    renderGroups(total, counts);
    if (focused) document.getElementById(focused)?.focus();
    const chosen = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
    status.textContent = chosen > 0 ? `${chosen} filter value${chosen === 1 ? '' : 's'} chosen.` : '';
  };

  // "Show more results": the results component draws `max-results` at a time; raising it and searching again (Pagefind
  // answers from what it has loaded) draws more, and focus moves to the first new result for keyboard users.
  const resultsElement = document.querySelector('pagefind-results');
  const more = document.querySelector<HTMLElement>('[data-more]');
  const moreButton = document.querySelector<HTMLButtonElement>('[data-more-button]');
  let shown = RESULTS_PER_PAGE;
  let focusFrom: number | undefined;
  /** A new search starts again from the first page of results. */
  function resetPages(): void {
    if (shown === RESULTS_PER_PAGE) return;
    shown = RESULTS_PER_PAGE;
    resultsElement?.setAttribute('max-results', String(shown));
  }
  instance.on('results', (result) => {
    const total = result.results.length;
    if (more && moreButton) {
      more.hidden = total <= shown;
      moreButton.textContent = `Show ${Math.min(RESULTS_PER_PAGE, total - shown)} more results (${total} in all)`;
    }
    if (focusFrom !== undefined) {
      const from = focusFrom;
      focusFrom = undefined;
      // The list is drawn again with a placeholder per result, and a result's data loads once its placeholder is in
      // view: bring the first new one into view, then focus its link when it arrives (within five seconds).
      let frames = 300;
      let scrolled = false;
      const focusNew = () => {
        const item = resultsElement?.querySelector<HTMLElement>(`[data-pf-result-index="${from}"]`);
        const link = item?.matches('a') ? item : item?.querySelector<HTMLAnchorElement>('a');
        if (link) {
          link.focus();
          return;
        }
        if (item && !scrolled) {
          item.scrollIntoView({ block: 'start' });
          scrolled = true;
        }
        if ((frames -= 1) > 0) window.requestAnimationFrame(focusNew);
      };
      focusNew();
    }
  });
  moreButton?.addEventListener('click', () => {
    focusFrom = shown;
    shown += RESULTS_PER_PAGE;
    resultsElement?.setAttribute('max-results', String(shown));
    run(state, 'none');
  });

  instance.on('filters', (...args: unknown[]) => {
    const { available, total } = args[0] as { available: FilterCounts; total: FilterCounts };
    void updateCounts(available ?? {}, total ?? {});
  });
  instance.on('search', (term) => {
    if (term === state.q) return;
    resetPages();
    state = { ...state, q: term.trim() };
    instance.searchSort = { ...effectiveSort(state) };
    const url = stateUrl(state);
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  });

  groups.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return;
    const name = input.name as FilterName;
    const values = new Set(state.filters[name] ?? []);
    if (input.checked) values.add(input.value);
    else values.delete(input.value);
    const filters = { ...state.filters };
    if (values.size > 0) filters[name] = [...values];
    else delete filters[name];
    run({ ...state, filters }, 'push');
  });
  sortSelect.addEventListener('change', () => run({ ...state, sort: sortSelect.value as SortName }, 'push'));
  clear.addEventListener('click', () => {
    run({ ...state, filters: {} }, 'push');
    sortSelect.focus();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => run(readState(window.location), 'none'));

  form.hidden = false;
  run(state, 'none');
}

function getInstance(): PagefindInstance | undefined {
  return window.PagefindComponents?.getInstanceManager().getInstance('default');
}

const form = document.querySelector<HTMLFormElement>('[data-search-controls]');
if (form) {
  const instance = getInstance();
  if (instance) void start(instance, form);
  else {
    window.addEventListener('load', () => {
      const loaded = getInstance();
      if (loaded) void start(loaded, form);
    });
  }
}
