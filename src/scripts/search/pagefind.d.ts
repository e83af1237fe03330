/** The parts of Pagefind's JS API (`pagefind/pagefind.js`, Pagefind 1.6) the search page uses. */

export interface PagefindSubResult {
  /** The heading of the section, or the page title for the text before the first heading. */
  title: string;
  /** The page's address, with `#id` of the section's heading when it has one. */
  url: string;
  excerpt: string;
  /** Word positions of the matches in this section. */
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  /** For each filter, how many of these results have each value. */
  filters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  /** Every filter value of the index with how many records have it; loads every filter index. */
  filters(): Promise<PagefindFilterCounts>;
}
