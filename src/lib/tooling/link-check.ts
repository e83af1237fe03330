/**
 * The link check of a built site (`npm run check:links`): starting from the sitemap, it reads every page in the
 * built folder and checks every address a page gives, in `href`, `src`, `srcset`, `action`, `formaction`, `poster`
 * and `data`:
 * - an address inside the site must lead to a file of the build, and its `#fragment` to an element with that id;
 * - an address on another site must be a well-formed `https://` address (the content check already refuses an
 *   `http://` source or link in a record, so one here comes from the site's own code);
 * - nothing may be loaded from another site (an image, script, stylesheet, frame or form sent elsewhere), since no
 *   request may leave the site (privacy);
 * - the not-found page, which hosts serve at any address, links only with addresses that start at the root.
 * Pages linked from the sitemap's pages but not in the sitemap themselves (the 404 page, for one) are read too.
 *
 * Pure apart from reading the folder: no request goes to the network, so external pages are checked for form only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { parseSrcset } from 'srcset';

/** One broken or unsafe address, with the page that gives it. */
export interface LinkProblem {
  /** The page's address inside the site, e.g. `/records/meetings/2019-07-02-fifth-joint-period-of-action/`. */
  page: string;
  /** The address as the page writes it. */
  link: string;
  /** What is wrong, as a plain sentence. */
  problem: string;
}

/** What the check found. */
export interface LinkReport {
  /** Where the sitemap says the site lives, e.g. `https://example.org/records/`. */
  siteUrl: string;
  /** Pages read, sitemap pages first. */
  pages: string[];
  /** Addresses inside the site that were checked (one per attribute, repeats included). */
  internalLinks: number;
  /** Addresses on other sites that were checked. */
  externalLinks: number;
  problems: LinkProblem[];
}

/** Options of `checkLinks`. */
export interface CheckLinksOptions {
  /** The built site's folder (`dist/`), holding `sitemap-index.xml`. */
  dir: string;
}

/** Elements and the attributes of theirs that hold an address. */
const LINK_ATTRIBUTES: ReadonlyArray<readonly [element: string, attribute: string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['button', 'formaction'],
  ['input', 'formaction'],
];

/** `<link rel>` values that only name a page and make the browser fetch nothing. */
const LINK_RELS_WITHOUT_REQUEST = new Set([
  'alternate',
  'author',
  'canonical',
  'help',
  'license',
  'me',
  'next',
  'prev',
  'search',
  'sitemap',
]);

/** Fragments that need no element: the top of the page. */
const TOP_FRAGMENTS = new Set(['', 'top']);

/**
 * What the browser does with an address by itself: fetch a file (`file`), send a form there (`form`), or nothing
 * until a reader follows it (`false`: links, and `<link>`s that only name a page, such as the canonical address).
 */
type Request = 'file' | 'form' | false;

/** A parsed page: the ids its elements carry and the addresses it gives. */
interface PageLinks {
  ids: Set<string>;
  links: Array<{ link: string; request: Request }>;
}

/**
 * Checks every address in a built site.
 * @throws Error when the folder has no `sitemap-index.xml` (the site is not built) or the sitemap lists no page.
 * @example checkLinks({ dir: 'dist' }).problems ⇒ [] for a sound build, or e.g.
 *   [{ page: '/about/', link: '../meeting/', problem: 'leads to /meeting/, which is not a page or file of the site.' }]
 */
export function checkLinks(options: CheckLinksOptions): LinkReport {
  const { dir } = options;
  const { siteUrl, pageUrls } = readSitemap(dir);
  const site = new URL(siteUrl);
  const report: LinkReport = { siteUrl, pages: [], internalLinks: 0, externalLinks: 0, problems: [] };
  const parsed = new Map<string, PageLinks>();

  /** The file an address inside the site leads to, or why it leads to none. */
  const toFile = (url: URL): { file: string } | { problem: string } => {
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return { problem: `has a malformed %-escape in its path.` };
    }
    if (!path.startsWith(site.pathname)) {
      return { problem: `leads to ${url.pathname}, outside the site, which lives under ${site.pathname}.` };
    }
    const relative = path.slice(site.pathname.length);
    const file = join(dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    if (existsSync(file) && statSync(file).isFile()) return { file };
    if (!relative.endsWith('/') && existsSync(join(dir, relative, 'index.html'))) {
      return {
        problem: `leads to a folder; write it with a final slash, ${url.pathname}/, as every page address ends.`,
      };
    }
    return { problem: `leads to ${url.pathname}, which is not a page or file of the site.` };
  };

  const read = (file: string): PageLinks => {
    let page = parsed.get(file);
    if (!page) {
      page = readPageLinks(readFileSync(file, 'utf8'));
      parsed.set(file, page);
    }
    return page;
  };

  const queue = [...pageUrls];
  const notFound = new URL('404.html', site).href;
  if (existsSync(join(dir, '404.html'))) queue.push(notFound);
  const queued = new Set(queue);

  for (const pageUrl of queue) {
    const pageAddress = new URL(pageUrl);
    const target = toFile(pageAddress);
    if ('problem' in target) {
      report.problems.push({
        page: pageAddress.pathname,
        link: pageUrl,
        problem: `is in the sitemap but ${target.problem}`,
      });
      continue;
    }
    report.pages.push(pageAddress.pathname);
    const problem = (link: string, text: string) =>
      report.problems.push({ page: pageAddress.pathname, link, problem: text });

    for (const { link, request } of read(target.file).links) {
      const trimmed = link.trim();
      if (pageUrl === notFound && trimmed !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(trimmed)) {
        problem(link, 'is relative, but the not-found page is served at any address; start it with the site path, /.');
        continue;
      }
      let url: URL;
      try {
        url = new URL(trimmed, pageAddress);
      } catch {
        problem(link, 'is not a well-formed address.');
        continue;
      }
      if (url.protocol === 'mailto:') {
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)))
          problem(link, 'is not a well-formed e-mail address, e.g. mailto:name@example.org.');
        continue;
      }
      if (url.protocol === 'data:') continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        problem(
          link,
          `uses ${url.protocol}, which a page of this site never needs; use an https:// address or a path.`,
        );
        continue;
      }
      if (url.origin !== site.origin) {
        report.externalLinks += 1;
        checkExternal(link, url, request, (text) => problem(link, text));
        continue;
      }
      report.internalLinks += 1;
      const linked = toFile(url);
      if ('problem' in linked) {
        problem(link, linked.problem);
        continue;
      }
      const isPage = linked.file.endsWith('.html');
      const address = `${url.origin}${url.pathname}`;
      if (isPage && !queued.has(address)) {
        queued.add(address);
        queue.push(address);
      }
      if (url.hash) {
        const fragment = safeDecode(url.hash.slice(1));
        if (!isPage) problem(link, `has a #fragment, but ${url.pathname} is not a page.`);
        else if (!TOP_FRAGMENTS.has(fragment) && !read(linked.file).ids.has(fragment)) {
          problem(link, `leads to #${fragment}, but ${url.pathname} has no element with id="${fragment}".`);
        }
      }
    }
  }
  return report;
}

/** Checks an address on another site: nothing fetched or sent there; https, a complete host name, no spaces. */
function checkExternal(link: string, url: URL, request: Request, problem: (text: string) => void): void {
  if (request === 'file') {
    problem(
      `loads a file from ${url.host}, another site; every file a page needs must come from this site, so that no request leaves it.`,
    );
    return;
  }
  if (request === 'form') {
    problem(`sends a form to ${url.host}, another site; what readers type must stay on this site.`);
    return;
  }
  if (/\s/.test(link.trim())) {
    problem('has a space in it; write spaces in a web address as %20.');
    return;
  }
  if (!url.hostname.includes('.') || url.hostname.startsWith('.') || url.hostname.endsWith('.')) {
    problem(`has no complete host name (found "${url.hostname}"), e.g. https://www.example.org/page.`);
    return;
  }
  if (url.username || url.password) {
    problem('carries a user name or password; link to the page without them.');
    return;
  }
  if (url.protocol === 'http:') problem(`starts with http://; write https://${link.trim().slice('http://'.length)}.`);
}

/** Reads the sitemap index and its sitemaps: where the site lives and its page addresses. */
function readSitemap(dir: string): { siteUrl: string; pageUrls: string[] } {
  const indexFile = join(dir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) {
    throw new Error(
      `${indexFile} is missing: the check starts from the sitemap of a built site. Run npm run build first.`,
    );
  }
  const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const index = parser.parse(readFileSync(indexFile, 'utf8')) as {
    sitemapindex?: { sitemap?: Array<{ loc: string }> };
  };
  const sitemaps = index.sitemapindex?.sitemap?.map((entry) => String(entry.loc)) ?? [];
  if (sitemaps.length === 0) throw new Error(`${indexFile} lists no sitemap.`);
  // The sitemap index lies at the root of the site: its address says where the site lives, base path included.
  const siteUrl = new URL('./', new URL('sitemap-index.xml', sitemaps[0])).href;
  const pageUrls = sitemaps.flatMap((sitemap) => {
    const file = join(dir, decodeURIComponent(new URL(sitemap).pathname.slice(new URL(siteUrl).pathname.length)));
    if (!existsSync(file)) throw new Error(`${indexFile} lists ${sitemap}, but the build has no ${file}.`);
    const set = parser.parse(readFileSync(file, 'utf8')) as { urlset?: { url?: Array<{ loc: string }> } };
    return set.urlset?.url?.map((entry) => String(entry.loc)) ?? [];
  });
  if (pageUrls.length === 0) throw new Error(`The sitemaps of ${dir} list no page.`);
  return { siteUrl, pageUrls };
}

/**
 * The ids of a page and every address it gives, noting those the browser fetches on its own; the addresses are listed
 * by element and attribute in the order of `LINK_ATTRIBUTES`, each in the order of the page.
 */
function readPageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const found = LINK_ATTRIBUTES.map((): PageLinks['links'] => []);
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (attributes['id'] !== undefined) ids.add(attributes['id']);
      if (tag === 'a' && attributes['name'] !== undefined) ids.add(attributes['name']);
      LINK_ATTRIBUTES.forEach(([element, attribute], index) => {
        const value = attributes[attribute];
        if (element !== tag || value === undefined) return;
        const request = getRequest(tag, attributes['rel'] ?? null);
        if (attribute === 'srcset') {
          for (const link of readSrcset(value)) found[index]!.push({ link, request });
        } else {
          found[index]!.push({ link: value, request });
        }
      });
    },
  });
  parser.end(html);
  return { ids, links: found.flat() };
}

/** What the browser does with an element's address by itself (see `Request`). */
function getRequest(tag: string, rel: string | null): Request {
  if (tag === 'a' || tag === 'area') return false;
  if (tag === 'form' || tag === 'button' || tag === 'input') return 'form';
  if (tag === 'link') {
    const rels = (rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return rels.length > 0 && rels.every((value) => LINK_RELS_WITHOUT_REQUEST.has(value)) ? false : 'file';
  }
  return 'file';
}

/** The addresses of a `srcset`, or the whole value when it cannot be read (then it is reported as malformed). */
function readSrcset(value: string): string[] {
  try {
    return parseSrcset(value).map((candidate) => candidate.url);
  } catch {
    return [value];
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One line per problem, as the CLI prints them. @example "/about/: the address ../meeting/ leads to /meeting/, …" */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: the address ${problem.link} ${problem.problem}`;
}
