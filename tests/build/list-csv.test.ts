/**
 * Downloads where the list is: each topic, country, body, organisation and year page offers its own list as CSV,
 * and the file equals the page's list (the same records, in the same order), row for row as `/data/meetings.csv`
 * writes each record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/data/csv.ts';
import { ARCHIVE_SITES, SITES } from '../setup/sites.ts';
import { listHtmlFiles, readPage } from './helpers.ts';

/** The list pages that offer their list: topic, country, body, organisation and year pages. */
const LIST_PAGE = /^(topics|countries|bodies|organizations|years)\/([^/]+)\/index\.html$/;

/** The records a page lists, by id, in page order: the timeline of a topic page, the cards of the others. */
function listedOn(page: Document): string[] {
  return [...page.querySelectorAll('.bp-said__entry .bp-card__title a, .bp-meeting-list .bp-card__title a')].map(
    (link) => link.getAttribute('href')!.replace(/^\/meetings\/|\/$/g, ''),
  );
}

describe.each(ARCHIVE_SITES)('the %s archive', (site) => {
  const read = (file: string) => readFileSync(join(SITES[site].dir, file));
  const all = parseCsv(read('data/meetings.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
  const rowById = new Map(all.map((row) => [row['id']!, row]));
  const pages = listHtmlFiles(site).filter((file) => LIST_PAGE.test(file));

  it('has a list page of each kind to check', () => {
    const kinds = new Set(pages.map((file) => LIST_PAGE.exec(file)![1]));
    expect([...kinds].sort()).toEqual(['bodies', 'countries', 'organizations', 'topics', 'years']);
  });

  it.each(pages)('%s offers its list as CSV, equal to the list on the page', (file) => {
    const [, folder, name] = LIST_PAGE.exec(file)!;
    const page = readPage(site, file);
    const ids = listedOn(page);
    const link = page.querySelector('.bp-download a[download]');
    if (ids.length === 0) {
      expect(link).toBeNull();
      return;
    }
    expect(link?.getAttribute('href')).toBe(`/${folder}/${name}.csv`);
    expect(link?.parentElement?.textContent).toContain(`(${ids.length} ${ids.length === 1 ? 'meeting' : 'meetings'},`);
    const raw = read(`${folder}/${name}.csv`);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8').slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map((column) => column.header).join(','));
    const rows = parseCsv(raw, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row['id'])).toEqual(ids);
    for (const row of rows) expect(row, row['id']).toEqual(rowById.get(row['id']!));
  });
});
