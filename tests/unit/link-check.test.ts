import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../../src/lib/tooling/link-check.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes a small built site: the given files, and a sitemap of the given pages under `https://example.org<base>`.
 * @param pages page paths inside the site, e.g. `about/`.
 */
function makeSite(files: Record<string, string>, pages: string[], base = '/'): string {
  const dir = mkdtempSync(join(tmpdir(), 'bp-links-'));
  made.push(dir);
  const site = `https://example.org${base}`;
  const all: Record<string, string> = {
    ...files,
    'sitemap-index.xml': `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${pages.map((page) => `<url><loc>${site}${page}</loc></url>`).join('')}</urlset>`,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('the link check of a built site', () => {
  it('passes a site whose pages, files and fragments all exist, counting what it checked', () => {
    const dir = makeSite(
      {
        'index.html': page(
          '<a href="#main">Skip</a><main id="main"><a href="about/">About</a> <a href="/about/#privacy">Privacy</a> <img src="/logo.svg" alt="Logo"> <a href="https://www.example.net/report.pdf">Report</a></main>',
          '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://example.org/">',
        ),
        'about/index.html': page(
          '<h2 id="privacy">Privacy</h2><a href="../">Home</a> <a href="/search/?q=forced+marriage">Search</a> <a href="mailto:records@example.org">Write</a>',
        ),
        'search/index.html': page('<form action="/search/"><input name="q" aria-label="Search"></form>'),
        'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
        '_astro/site.css': 'body{}',
      },
      ['', 'about/'],
    );
    const report = checkLinks({ dir });
    expect(report.problems).toEqual([]);
    expect(report.siteUrl).toBe('https://example.org/');
    // The search page is not in the sitemap but is linked, so it is read too.
    expect(report.pages).toEqual(['/', '/about/', '/search/']);
    expect(report.internalLinks).toBe(9);
    expect(report.externalLinks).toBe(1);
  });

  it('fails on a link to a missing page, saying which page gives it and where it leads', () => {
    const dir = makeSite(
      { 'index.html': page('<a href="/meetings/2019-07-02-fifth-joint-period-of-actoin/">Fifth</a>') },
      [''],
    );
    const { problems } = checkLinks({ dir });
    expect(problems.map(formatLinkProblem)).toEqual([
      '/: the address /meetings/2019-07-02-fifth-joint-period-of-actoin/ leads to /meetings/2019-07-02-fifth-joint-period-of-actoin/, which is not a page or file of the site.',
    ]);
  });

  it('fails on a #fragment that no element of the page it leads to carries', () => {
    const dir = makeSite(
      {
        'index.html': page('<a href="#mian">Skip</a><main id="main"><a href="/about/#sources">Sources</a></main>'),
        'about/index.html': page('<h2 id="source">Sources</h2>'),
      },
      ['', 'about/'],
    );
    expect(checkLinks({ dir }).problems.map(formatLinkProblem)).toEqual([
      '/: the address #mian leads to #mian, but / has no element with id="mian".',
      '/: the address /about/#sources leads to #sources, but /about/ has no element with id="sources".',
    ]);
  });

  it('fails on a page address without its final slash, and on a missing image', () => {
    const dir = makeSite(
      { 'index.html': page('<a href="/about">About</a><img src="/photo.jpg" alt="">'), 'about/index.html': page('') },
      [''],
    );
    expect(checkLinks({ dir }).problems.map((problem) => problem.problem)).toEqual([
      'leads to a folder; write it with a final slash, /about/, as every page address ends.',
      'leads to /photo.jpg, which is not a page or file of the site.',
    ]);
  });

  it('fails on a third-party image, script, stylesheet or form: no request may leave the site', () => {
    const dir = makeSite(
      {
        'index.html': page(
          '<img src="https://cdn.example.com/photo.jpg" alt="A photo"><img srcset="/a.png 1x, https://cdn.example.com/a@2x.png 2x" alt=""><script src="https://stats.example.com/count.js"></script><form action="https://search.example.com/"><input name="q" aria-label="q"></form>',
          '<link rel="stylesheet" href="https://fonts.example.com/css"><link rel="alternate" href="https://mirror.example.com/">',
        ),
        'a.png': '',
      },
      [''],
    );
    expect(checkLinks({ dir }).problems.map(formatLinkProblem)).toEqual([
      '/: the address https://fonts.example.com/css loads a file from fonts.example.com, another site; every file a page needs must come from this site, so that no request leaves it.',
      '/: the address https://cdn.example.com/photo.jpg loads a file from cdn.example.com, another site; every file a page needs must come from this site, so that no request leaves it.',
      '/: the address https://cdn.example.com/a@2x.png loads a file from cdn.example.com, another site; every file a page needs must come from this site, so that no request leaves it.',
      '/: the address https://stats.example.com/count.js loads a file from stats.example.com, another site; every file a page needs must come from this site, so that no request leaves it.',
      '/: the address https://search.example.com/ sends a form to search.example.com, another site; what readers type must stay on this site.',
    ]);
  });

  it('fails on external addresses that are not well-formed https', () => {
    const dir = makeSite(
      {
        'index.html': page(
          '<a href="http://www.example.net/page">a</a><a href="https://www.example.net/annual report.pdf">b</a><a href="https://intranet/page">c</a><a href="javascript:void(0)">d</a><a href="mailto:nobody">e</a><a href="https://">g</a>',
        ),
      },
      [''],
    );
    const report = checkLinks({ dir });
    expect(report.problems.map((problem) => `${problem.link} ${problem.problem}`)).toEqual([
      'http://www.example.net/page starts with http://; write https://www.example.net/page.',
      'https://www.example.net/annual report.pdf has a space in it; write spaces in a web address as %20.',
      'https://intranet/page has no complete host name (found "intranet"), e.g. https://www.example.org/page.',
      'javascript:void(0) uses javascript:, which a page of this site never needs; use an https:// address or a path.',
      'mailto:nobody is not a well-formed e-mail address, e.g. mailto:name@example.org.',
      'https:// is not a well-formed address.',
    ]);
  });

  it('checks a site under a base path, where an address outside it is broken', () => {
    const dir = makeSite(
      {
        'index.html': page('<a href="/records/about/">About</a><a href="/about/">Wrong</a>'),
        'about/index.html': page('<a href="/records/">Home</a>'),
      },
      ['', 'about/'],
      '/records/',
    );
    const report = checkLinks({ dir });
    expect(report.siteUrl).toBe('https://example.org/records/');
    expect(report.pages).toEqual(['/records/', '/records/about/']);
    expect(report.problems.map(formatLinkProblem)).toEqual([
      '/records/: the address /about/ leads to /about/, outside the site, which lives under /records/.',
    ]);
  });

  it('requires the not-found page, served at any address, to link from the root', () => {
    const dir = makeSite(
      {
        'index.html': page(''),
        '404.html': page('<a href="meetings/">Meetings</a><a href="/">Home</a>'),
        'meetings/index.html': page(''),
      },
      [''],
    );
    expect(checkLinks({ dir }).problems.map(formatLinkProblem)).toEqual([
      '/404.html: the address meetings/ is relative, but the not-found page is served at any address; start it with the site path, /.',
    ]);
  });

  it('reports a sitemap entry with no page, and refuses a folder with no sitemap', () => {
    const dir = makeSite({ 'index.html': page('') }, ['', 'gone/']);
    expect(checkLinks({ dir }).problems.map(formatLinkProblem)).toEqual([
      '/gone/: the address https://example.org/gone/ is in the sitemap but leads to /gone/, which is not a page or file of the site.',
    ]);
    expect(() => checkLinks({ dir: join(dir, 'gone') })).toThrow(
      `${join(dir, 'gone', 'sitemap-index.xml')} is missing: the check starts from the sitemap of a built site. Run npm run build first.`,
    );
  });
});
