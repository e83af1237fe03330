/**
 * A search as the address holds it, so that every search can be shared, bookmarked and stepped through with Back:
 * `?q=trafficking&country=Sri+Lanka&role=host&from=2010&to=2016&topic=Forced+marriage&sort=newest`.
 *
 * - `q`: the query; `sort`: `newest` or `oldest` (best match first when absent; newest first when there is no query);
 * - `kind`, `body`, `country`, `topic`: filter values, repeated for several (any of them: OR); different filters
 *   combine with AND;
 * - `role`: `host`, `co-chair`, `participant` or `observer`: the chosen countries in that role only;
 * - `from`, `to`: a range of years, both ends included; either may be left open.
 */
import { FILTERS, ROLE_FILTERS, YEAR_FILTER, type FilterName, type RoleFilterName } from './search-config.ts';

export type SortName = 'relevance' | 'newest' | 'oldest';

/** A search. */
export interface SearchState {
  q: string;
  sort: SortName;
  /** Chosen values of each filter, in the order chosen. */
  filters: Readonly<Record<FilterName, readonly string[]>>;
  /** The role the chosen countries must have, if one is chosen. */
  role?: RoleFilterName;
  /** First and last year of the range, when set. */
  from?: number;
  to?: number;
}

const emptyFilters = (): Record<FilterName, string[]> =>
  Object.fromEntries(FILTERS.map(({ name }) => [name, []])) as unknown as Record<FilterName, string[]>;

/** No query and nothing chosen. */
export const EMPTY_STATE: SearchState = { q: '', sort: 'relevance', filters: emptyFilters() };

const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

/** The search of an address's query string (with or without `?`); unknown parameters are ignored. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const { name } of FILTERS) filters[name] = [...new Set(params.getAll(name).filter(Boolean))];
  const sort = params.get('sort');
  const role = params.get('role');
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return {
    q: (params.get('q') ?? '').trim(),
    sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance',
    filters,
    ...(ROLE_FILTERS.some((filter) => filter.name === role) ? { role: role as RoleFilterName } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** The query string of a search, without `?`, its parameters always in the same order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { name } of FILTERS) for (const value of state.filters[name]) params.append(name, value);
  if (state.role && state.filters.country.length > 0) params.set('role', state.role);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** Whether any filter is chosen (the sort is not a filter). */
export function hasFilters(state: SearchState): boolean {
  return (
    FILTERS.some(({ name }) => state.filters[name].length > 0) || state.from !== undefined || state.to !== undefined
  );
}

/** The Pagefind filter key the country values go under: the role's when one is chosen. */
export function countryFilterKey(state: SearchState): string {
  return state.role ?? 'country';
}

/**
 * The filters as Pagefind takes them: values of one filter with `any`, filters together. The year range becomes the
 * list of its years, within `years` (the first and last year of the archive) when an end is open.
 * @param without a filter to leave out, to count what each of its values would give with the others only
 */
export function toPagefindFilters(
  state: SearchState,
  years: { first: number; last: number },
  without?: FilterName | typeof YEAR_FILTER,
): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const { name } of FILTERS) {
    const values = state.filters[name];
    if (name === without || values.length === 0) continue;
    result[name === 'country' ? countryFilterKey(state) : name] = { any: [...values] };
  }
  if (without !== YEAR_FILTER && (state.from !== undefined || state.to !== undefined)) {
    const first = state.from ?? years.first;
    const last = state.to ?? years.last;
    const any: string[] = [];
    for (let value = first; value <= last; value += 1) any.push(String(value));
    // A range with no year in it can match nothing; an impossible value says so to Pagefind.
    result[YEAR_FILTER] = { any: any.length > 0 ? any : ['none'] };
  }
  return result;
}

/** A chosen filter, as a chip and in the results heading. */
export interface ChosenFilter {
  /** Stable key for the chip: `country=Sri Lanka`, `year`. */
  key: string;
  /** What the heading says: "Sri Lanka (host)", "2010–2016". */
  text: string;
  /** What the chip's button says it removes: "Country: Sri Lanka". */
  label: string;
  /** The search without it. */
  without: SearchState;
}

/** "2010–2016", "from 2010", "to 2016". */
export function describeYears(from?: number, to?: number): string {
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}–${to}`;
  if (from !== undefined) return `from ${from}`;
  return `to ${to}`;
}

/** Every chosen filter, in the order of `FILTERS`, the year range last. */
export function getChosenFilters(state: SearchState): ChosenFilter[] {
  const chosen: ChosenFilter[] = [];
  for (const { name, label } of FILTERS) {
    for (const value of state.filters[name]) {
      const rest = state.filters[name].filter((other) => other !== value);
      const role =
        name === 'country' && state.role ? ROLE_FILTERS.find((filter) => filter.name === state.role) : undefined;
      const { role: _role, ...withoutRole } = state;
      chosen.push({
        key: `${name}=${value}`,
        text: role ? `${value} (${role.label.replace(/^as /, '')})` : value,
        label: `${label}: ${value}${role ? ` ${role.label}` : ''}`,
        without: {
          ...(name === 'country' && rest.length === 0 ? withoutRole : state),
          filters: { ...state.filters, [name]: rest },
        },
      });
    }
  }
  if (state.from !== undefined || state.to !== undefined) {
    const { from: _from, to: _to, ...without } = state;
    chosen.push({
      key: 'year',
      text: describeYears(state.from, state.to),
      label: `Years: ${describeYears(state.from, state.to)}`,
      without,
    });
  }
  return chosen;
}

/**
 * The results heading: how many, for what, and every filter chosen.
 * @example describeResults(3, state) ⇒ '3 results for trafficking · Sri Lanka · 2016'
 * @example describeResults(96, EMPTY_STATE) ⇒ '96 records'
 */
export function describeResults(count: number, state: SearchState): string {
  const what = state.q
    ? `${count} ${count === 1 ? 'result' : 'results'} for ${state.q}`
    : `${count} ${count === 1 ? 'record' : 'records'}`;
  return [what, ...getChosenFilters(state).map((filter) => filter.text)].join(' · ');
}
