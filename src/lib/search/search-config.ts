/** Settings of the search page shared by its template and its script. */

/** How many results the page shows at first, and how many more each "Show more results" adds. */
export const RESULTS_PER_PAGE = 30;

/**
 * Pagefind's ranking, tuned for meeting records: a record's length says how much its sources said, not how relevant
 * it is, so length counts for little (Pagefind's default `pageLength` is 0.75).
 */
export const RANKING = { pageLength: 0.3 };
