/**
 * The filter panel: sort, year range, and one group per filter (kind, body, country with its role, topic), each a
 * `<details>` whose values load when it is opened. Chosen values are listed first, so they are always in view; each
 * value shows how many results choosing it gives.
 */
import { FILTERS, type FilterName } from '../../lib/search/search-config.ts';
import { countryFilterKey, type SearchState } from '../../lib/search/search-state.ts';

/** The elements of one filter group. */
interface FilterGroup {
  name: FilterName;
  label: string;
  details: HTMLDetailsElement;
  values: HTMLFieldSetElement;
  chosen: HTMLElement;
}

/** Finds the groups of the panel. */
export function findGroups(panel: HTMLElement): FilterGroup[] {
  return FILTERS.map(({ name, label }) => {
    const details = panel.querySelector<HTMLDetailsElement>(`details[data-filter="${name}"]`)!;
    return {
      name,
      label,
      details,
      values: details.querySelector<HTMLFieldSetElement>('[data-filter-values]')!,
      chosen: details.querySelector<HTMLElement>('[data-filter-chosen]')!,
    };
  });
}

/** Says in each group's summary how many of its values are chosen. */
export function markChosen(groups: readonly FilterGroup[], state: SearchState): void {
  for (const group of groups) {
    const count = state.filters[group.name].length;
    group.chosen.textContent = count > 0 ? ` (${count} chosen)` : '';
  }
}

/** The Pagefind key a group's values are counted under. */
export const groupKey = (group: FilterGroup, state: SearchState) =>
  group.name === 'country' ? countryFilterKey(state) : group.name;

/**
 * Draws a group's values as checkboxes: chosen ones first, then the others with results, alphabetically.
 * @param all every value of the filter in the archive
 * @param counts how many results each value gives
 */
export function renderValues(
  group: FilterGroup,
  state: SearchState,
  all: readonly string[],
  counts: Readonly<Record<string, number>>,
): void {
  const chosen = state.filters[group.name];
  const focusedValue =
    document.activeElement instanceof HTMLInputElement && group.values.contains(document.activeElement)
      ? document.activeElement.value
      : undefined;
  const others = all
    .filter((value) => !chosen.includes(value) && (counts[value] ?? 0) > 0)
    .sort((a, b) => a.localeCompare(b, 'en'));
  const legend = group.values.querySelector('legend');
  group.values.replaceChildren(...(legend ? [legend] : []));
  if (chosen.length === 0 && others.length === 0) {
    const none = document.createElement('p');
    none.className = 'bp-muted';
    none.textContent = 'No value of this filter is in these results.';
    group.values.append(none);
  }
  for (const value of [...chosen, ...others]) {
    const id = `filter-${group.name}-${value.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    const row = document.createElement('div');
    row.className = 'bp-filter__option';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = id;
    input.name = group.name;
    input.value = value;
    input.checked = chosen.includes(value);
    const label = document.createElement('label');
    label.htmlFor = id;
    label.append(`${value} `);
    const count = document.createElement('span');
    count.className = 'bp-filter__count';
    count.textContent = `(${counts[value] ?? 0})`;
    label.append(count);
    row.append(input, label);
    group.values.append(row);
    if (value === focusedValue) queueMicrotask(() => input.focus());
  }
}
