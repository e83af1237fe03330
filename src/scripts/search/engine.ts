/**
 * The search engine of the search page: Pagefind's JS API with the thesaurus.
 *
 * A search runs the query as typed and its expansions (`expandQuery`) as separate Pagefind searches with the same
 * filters, and merges them (`mergeResults`); when that finds fewer than `FEW_RESULTS` records, the query less one word
 * at a time is searched too (`relaxQuery`), and the page says how many have every word. A date order comes from one
 * filter-only search sorted by date.
 * Filter indexes are loaded only when the reader opens the filters or the search has one (`loadFilters`).
 */
import {
  expandQuery,
  indexNames,
  mergeResults,
  relaxQuery,
  type NameIndex,
  type QueryRun,
} from '../../lib/search/expand.ts';
import { toQueryText } from '../../lib/search/index-text.ts';
import { EXCERPT_LENGTH, RANKING, SORT_KEYS, YEAR_FILTER, type FilterName } from '../../lib/search/search-config.ts';
import { hasFilters, toPagefindFilters, type SearchState } from '../../lib/search/search-state.ts';
import type { Thesaurus, ThesaurusEntry } from '../../lib/search/thesaurus.ts';
import type { PagefindFilterCounts, PagefindModule, PagefindResult, PagefindSearchOptions } from './pagefind.d.ts';

/** What a search found. */
export interface SearchOutcome {
  state: SearchState;
  /** Every result, in the order shown. */
  results: PagefindResult[];
  /** The entries of the thesaurus the query names. */
  named: ThesaurusEntry[];
  /** The texts searched, the query as typed first. */
  searched: string[];
  /** How many results have every word of the query, when fewer than `FEW_RESULTS` did and the rest lack one. */
  complete?: number;
}

/** Below this many results, a query of several words also finds records that lack one of its words. */
export const FEW_RESULTS = 5;

/** Why search could not start, in words that finish "Search cannot start here because …". */
export class SearchUnavailable extends Error {}

export class SearchEngine {
  readonly thesaurus: Thesaurus;
  private readonly names: NameIndex;
  private readonly pagefind: PagefindModule;
  private filtersLoaded: Promise<PagefindFilterCounts> | undefined;

  private constructor(pagefind: PagefindModule, thesaurus: Thesaurus) {
    this.pagefind = pagefind;
    this.thesaurus = thesaurus;
    this.names = indexNames(thesaurus);
  }

  /**
   * Loads Pagefind and the thesaurus, in parallel, from the site's base path.
   * @throws SearchUnavailable when either cannot be loaded or Pagefind cannot start.
   */
  static async load(base: string, files: { pagefind: string; thesaurus: string }): Promise<SearchEngine> {
    const thesaurusUrl = `${base}${files.thesaurus}`;
    const [pagefind, thesaurus] = await Promise.all([
      import(/* @vite-ignore */ `${base}${files.pagefind}pagefind.js`).catch(() => {
        throw new SearchUnavailable('its files could not be loaded');
      }) as Promise<PagefindModule>,
      fetch(thesaurusUrl).then(
        (response) => {
          if (!response.ok) throw new SearchUnavailable('its files could not be loaded');
          return response.json() as Promise<Thesaurus>;
        },
        () => {
          throw new SearchUnavailable('its files could not be loaded');
        },
      ),
    ]);
    // No worker: the index is small, and the worker's script would be one more download before the first result.
    await pagefind.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, ranking: RANKING, noWorker: true });
    try {
      await pagefind.init();
      // Pagefind compiles its WebAssembly on the first search; an empty one tells now whether it can.
      await pagefind.search('');
    } catch (error) {
      throw new SearchUnavailable('the browser did not let it run', { cause: error });
    }
    return new SearchEngine(pagefind, thesaurus);
  }

  /** Loads every filter index (once) and gives each filter's values with their counts in the whole archive. */
  loadFilters(): Promise<PagefindFilterCounts> {
    this.filtersLoaded ??= this.pagefind.filters();
    return this.filtersLoaded;
  }

  private options(state: SearchState, without?: FilterName | typeof YEAR_FILTER): PagefindSearchOptions {
    return { filters: toPagefindFilters(state, this.thesaurus.years, without) };
  }

  /** The order of every record with these filters for a date sort, as Pagefind's ids. */
  private async dateOrder(state: SearchState): Promise<PagefindResult[]> {
    const sort =
      state.sort === 'oldest' ? { [SORT_KEYS.oldest]: 'asc' as const } : { [SORT_KEYS.newest]: 'desc' as const };
    return (await this.pagefind.search(null, { ...this.options(state), sort })).results;
  }

  /** Runs a search: the query and its expansions, merged, in the order the state asks for. */
  async search(state: SearchState): Promise<SearchOutcome> {
    if (hasFilters(state)) await this.loadFilters();
    if (!state.q) {
      return { state, results: await this.dateOrder(state), named: [], searched: [] };
    }
    const { runs, named } = expandQuery(state.q, this.thesaurus, this.names);
    const options = this.options(state);
    const byId = new Map<string, PagefindResult>();
    const searched: Array<{ weight: number; results: PagefindResult[] }> = [];
    const runAll = async (list: readonly QueryRun[]) => {
      const responses = await Promise.all(list.map((run) => this.pagefind.search(toQueryText(run.text), options)));
      responses.forEach((response, index) => {
        for (const result of response.results) if (!byId.has(result.id)) byId.set(result.id, result);
        searched.push({ weight: list[index]!.weight, results: response.results });
      });
    };
    await runAll(runs);
    let merged = mergeResults(searched);
    const complete = merged.length;
    const relaxed = complete < FEW_RESULTS ? relaxQuery(state.q) : [];
    if (relaxed.length > 0) {
      const full = searched.length;
      await runAll(relaxed);
      const found = new Set(merged.map((result) => result.id));
      merged = [...merged, ...mergeResults(searched.slice(full)).filter((result) => !found.has(result.id))];
    }
    if (state.sort !== 'relevance') {
      const position = new Map((await this.dateOrder(state)).map((result, index) => [result.id, index]));
      merged = [...merged].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
    }
    return {
      state,
      results: merged.map((result) => byId.get(result.id)!),
      named,
      searched: [...runs, ...relaxed].map((run) => run.text),
      ...(merged.length > complete ? { complete } : {}),
    };
  }

  /**
   * How many of a search's results each value of a filter would give, with the other filters as chosen: for a filter
   * with values chosen, its own values are counted without it, since choosing another adds to the results (OR).
   * @param outcome the search as shown
   * @param key the Pagefind filter key (`country`, or the role's key)
   * @param filter the filter of the page it belongs to
   */
  async countValues(outcome: SearchOutcome, key: string, filter: FilterName): Promise<Record<string, number>> {
    const { state } = outcome;
    await this.loadFilters();
    const chosen = state.filters[filter].length > 0;
    if (!state.q || outcome.searched.length <= 1) {
      const response = await this.pagefind.search(
        state.q ? toQueryText(state.q) : null,
        this.options(state, chosen ? filter : undefined),
      );
      return response.filters[key] ?? {};
    }
    // Several searches were merged: count each value's records among the merged results.
    const results = chosen
      ? (await this.search({ ...state, filters: { ...state.filters, [filter]: [] } })).results
      : outcome.results;
    const ids = new Set(results.map((result) => result.id));
    const all = (await this.loadFilters())[key] ?? {};
    const counts: Record<string, number> = {};
    for (const value of Object.keys(all)) {
      const withValue = await this.pagefind.search(null, { filters: { [key]: { any: [value] } } });
      counts[value] = withValue.results.filter((result) => ids.has(result.id)).length;
    }
    return counts;
  }

  /** How many results a search would have (for "remove this filter" suggestions). */
  async count(state: SearchState): Promise<number> {
    return (await this.search(state)).results.length;
  }
}
