/** The parts of Pagefind's Component UI (`pagefind-component-ui.js`) that our scripts use. */
export interface PagefindSearchResult {
  results: Array<{ id: string }>;
  unfilteredResultCount?: number;
}

export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[] | Record<string, string[]>>;
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerLoad(): Promise<void>;
  setTranslations(translations: Record<string, string>): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, unknown>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: 'results', callback: (result: PagefindSearchResult) => void): void;
  on(event: 'filters' | 'loading' | 'error', callback: (...args: unknown[]) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name: string): PagefindInstance };
      configureInstance(name: string, options: Record<string, unknown>): void;
    };
  }
}
