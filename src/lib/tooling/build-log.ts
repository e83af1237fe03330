/**
 * Reading the log of `astro build`: which pages the build rendered, and which it reused from the previous build.
 * Astro lists every page it generates on a line of its own, followed by the time it took to render
 * (`├─ /years/2019/index.html (+3ms)`), or by `(cached)` or `(restored)` when an incremental build reused the page
 * from the build before.
 */

/** The pages of one build, as the paths of their files under the output folder, in the order Astro wrote them. */
export interface GeneratedPages {
  rendered: string[];
  reused: string[];
}

// eslint-disable-next-line no-control-regex -- the colour codes Astro writes when its output is a terminal
const ANSI_CODES = /\x1b\[[0-9;]*m/g;
const PAGE_LINE = /[├└]─ (\/\S*) +\((restored|cached|\+[^)]*)\)/;

/**
 * The pages a build rendered and reused, from its log.
 * @param log the whole log, or its lines.
 * @example readGeneratedPages('  ├─ /index.html (+5ms)\n  ├─ /years/2019/index.html (restored)') ⇒
 *   { rendered: ['/index.html'], reused: ['/years/2019/index.html'] }
 */
export function readGeneratedPages(log: string | readonly string[]): GeneratedPages {
  const pages: GeneratedPages = { rendered: [], reused: [] };
  for (const line of typeof log === 'string' ? log.split('\n') : log) {
    const match = PAGE_LINE.exec(line.replace(ANSI_CODES, ''));
    if (!match) continue;
    (match[2]!.startsWith('+') ? pages.rendered : pages.reused).push(match[1]!);
  }
  return pages;
}
