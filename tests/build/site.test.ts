import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_SITES, SITES } from '../setup/sites.ts';
import {
  exists,
  getIndexedUrls,
  readSiteContent,
  getSitemapUrls,
  listHtmlFiles,
  listRecordFiles,
  readPage,
} from './helpers.ts';

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const reading = await readSiteContent(site);
  const records = reading.records;
  const recordPaths = records.map((record) => `/meetings/${record.id}/`).sort();

  describe('the built archive: nothing lost', () => {
    it('has a record or a draft for every record file of its content', () => {
      const files = [...records, ...reading.drafts].map((record) => record.file.split('/').pop()).sort();
      expect(files).toEqual(listRecordFiles(site).sort());
      expect(reading.problems).toEqual([]);
    });

    it('gives every record file exactly one page, titled with the record title', () => {
      const pages = listHtmlFiles(site).filter((file) => /^meetings\/[^/]+\/index\.html$/.test(file));
      expect(pages.map((file) => `/${file.replace(/index\.html$/, '')}`).sort()).toEqual(recordPaths);
      for (const record of records) {
        const page = readPage(site, `meetings/${record.id}/index.html`);
        expect(page.querySelector('h1')?.textContent).toBe(record.data.title);
      }
    });

    it('lists every record exactly once in the sitemap, and leaves out the 404 page', () => {
      const urls = getSitemapUrls(site);
      const recordUrls = urls.filter((url) => url.includes('/meetings/') && !url.endsWith('/meetings/'));
      expect(recordUrls.sort()).toEqual(recordPaths.map((path) => `https://records.example.org${path}`));
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls.some((url) => url.includes('404'))).toBe(false);
    });

    it('indexes exactly the record pages for search, once each', () => {
      expect(getIndexedUrls(site).sort()).toEqual(recordPaths);
      const entry = JSON.parse(readFileSync(join(SITES[site].dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(
        records.length,
      );
    });

    it('ships a favicon and a 404 page', () => {
      expect(exists(site, 'favicon.svg')).toBe(true);
      expect(readPage(site, '404.html').querySelector('h1')?.textContent).toBe('Page not found');
    });
  });

  describe('the record page', () => {
    const page = readPage(site, 'meetings/2019-07-02-fifth-joint-period-of-action/index.html');
    const facts = new Map(
      [...page.querySelectorAll('.bp-facts__row')].map((row) => [
        row.querySelector('dt')?.textContent?.trim(),
        row
          .querySelector('dd')
          ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
          .trim(),
      ]),
    );

    it('reads the date range naturally and marks each end up for machines', () => {
      expect(facts.get('Dates')).toMatch(/^2 July\u2009–\u20093 December 2019/);
      const times = [...page.querySelectorAll('.bp-facts time')].map((time) => time.getAttribute('datetime'));
      expect(times).toContain('2019-07-02');
      expect(times).toContain('2019-12-03');
    });

    it('shows every fact as a field, with country names from ISO codes', () => {
      expect(facts.get('Kind')).toBe('Joint Period of Action');
      expect(facts.get('Place')).toMatch(/^Bangkok, Thailand/);
      expect(facts.get('Co-chairs')).toBe('FijiNew Zealand');
      expect(facts.get('Participants')).toContain('Viet Nam');
      expect(facts.get('Participants')).toContain('United States');
      expect(facts.get('Participants')).not.toContain('American');
      expect(facts.get('Observers')).toContain('International Organization for Migration (IOM)');
      expect(facts.get('Hosts')).toBe('None recorded');
      expect(facts.get('Topics')).toContain('Forced marriage');
    });

    it('lists its sources as links', () => {
      const sources = [...page.querySelectorAll('#sources + ol a')].map((link) => link.getAttribute('href'));
      expect(sources).toContain(
        'https://baliprocess.net/event/fifth-joint-period-of-action-planning-workshop-on-2-3-july-2019-bangkok-thailand/',
      );
    });

    it('marks the places a search result links to, and nothing for the index', () => {
      expect(page.getElementById('facts')?.tagName).toBe('DL');
      expect(page.getElementById('topics')?.textContent).toBe('Topics');
      expect(page.querySelectorAll('[data-pagefind-body], [data-pagefind-filter], [data-pagefind-meta]')).toHaveLength(
        0,
      );
    });
  });

  describe('the list of meetings', () => {
    const page = readPage(site, 'meetings/index.html');

    it('groups records by year, newest first, with undated records last', () => {
      const headings = [...page.querySelectorAll('main h2')].map((heading) =>
        heading.textContent?.replace(/\s*\(\d+\)$/, ''),
      );
      const years = headings.filter((heading) => /^\d{4}$/.test(heading ?? '')).map(Number);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(headings.at(-1)).toBe('Date not recorded');
      expect(page.querySelectorAll('main article').length).toBe(records.length);
    });
  });

  describe('under a base path', () => {
    const base = SITES.records.base;
    const attributes = ['href', 'src', 'action', 'bundle-path', 'base-url'];

    it('puts every internal link, asset and search address under /records/', () => {
      const outside: string[] = [];
      for (const file of listHtmlFiles('records')) {
        const page = readPage('records', file);
        const pageUrl = new URL(`https://records.example.org${base}${file.replace(/index\.html$/, '')}`);
        for (const attribute of attributes) {
          for (const element of page.querySelectorAll(`[${attribute}]`)) {
            const value = element.getAttribute(attribute) ?? '';
            const target = new URL(value, pageUrl);
            if (target.origin !== pageUrl.origin || value.startsWith('#')) continue;
            if (!target.pathname.startsWith(base)) outside.push(`${file}: ${attribute}="${value}"`);
          }
        }
      }
      expect(outside).toEqual([]);
    });

    it('puts every sitemap entry under /records/', () => {
      const urls = getSitemapUrls('records');
      expect(urls.length).toBeGreaterThan(records.length);
      expect(urls.filter((url) => !url.startsWith(`https://records.example.org${base}`))).toEqual([]);
    });
  });
});

describe('the fixtures site, built with the machine clock in New York', () => {
  it('shows 2 July 2019 for a record that starts on 2019-07-02', () => {
    const page = readPage('fixtures', 'meetings/2019-07-02-a-meeting-in-july/index.html');
    const dates = page.querySelector('.bp-facts time[datetime="2019-07-02"]');
    expect(dates?.textContent).toBe('2');
    const row = [...page.querySelectorAll('.bp-facts__row')].find(
      (element) => element.querySelector('dt')?.textContent === 'Dates',
    );
    expect(row?.querySelector('.bp-date')?.textContent).toBe('2\u2009–\u20093 July 2019');
  });
});

describe('the valid fixture records, in the fixtures site', () => {
  it('build into pages, with escaped characters shown as written and allowed elements kept', () => {
    for (const id of [
      '2016-05-months-only',
      '2016-a-year-only',
      'undated-a-meeting-with-no-date',
      'jpa-5-every-field',
    ]) {
      expect(exists('fixtures', `meetings/${id}/index.html`), id).toBe(true);
    }
    const every = readPage('fixtures', 'meetings/jpa-5-every-field/index.html');
    const text = every.querySelector('.bp-record__text')?.textContent ?? '';
    expect(text).toContain('Attendance was low (<20%) in the first week.');
    expect(text).toContain('One seat per {member/observer} state.');
    expect(exists('fixtures', 'meetings/2019-07-02-a-draft/index.html')).toBe(false);
    expect(text).not.toContain('check the attendance list');
    expect(every.querySelector('.bp-record__text span[lang="th"]')?.textContent).toBe('การค้ามนุษย์');
    expect(every.querySelector('.bp-record__text abbr')?.getAttribute('title')).toBe('Joint Period of Action');
    expect(every.querySelector('.bp-record__text img')?.getAttribute('alt')).toBe('Delegates at the opening session');
    expect(every.querySelector('.bp-record__text a[href="mailto:info@example.org"]')?.textContent).toBe(
      'info@example.org',
    );
  });

  it("show each source's checked day and archived copy, and put both in the record's data", () => {
    const every = readPage('fixtures', 'meetings/jpa-5-every-field/index.html');
    const source = every.querySelector('.bp-record__sources li');
    expect(source?.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-15');
    expect(source?.textContent).toContain('Checked on 15 January 2026.');
    expect(source?.querySelector('a.bp-record__archived')?.getAttribute('href')).toBe(
      'https://web.archive.org/web/2024/https://www.baliprocess.net/',
    );
    const data = JSON.parse(readFileSync(join(SITES.fixtures.dir, 'meetings/jpa-5-every-field.json'), 'utf8')) as {
      sources: unknown[];
    };
    expect(data.sources).toEqual([
      {
        url: 'https://www.baliprocess.net/',
        title: 'Event page',
        note: 'Dates and place.',
        checked: '2026-01-15',
        archived: 'https://web.archive.org/web/2024/https://www.baliprocess.net/',
      },
    ]);
  });
});
