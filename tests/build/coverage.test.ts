/**
 * What the archive holds and lacks, on the real archive and as it grows: every known meeting without a record is on
 * its series page, its body page and /coverage/, with a link to propose its record; the counts are those of the
 * content; the data files say it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/open-data.ts';
import { ARCHIVE_SITES, SITES } from '../setup/sites.ts';
import { getSiteArchive, readPage, readSiteContent } from './helpers.ts';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const reading = await readSiteContent(site);
  const archive = await getSiteArchive(site);
  /** Each series from its file: its known meetings, and which have a record (named, or by number). */
  const series = reading.entities.series.map(({ id, data }) => {
    const inSeries = reading.records.filter((record) => record.data.series?.id === id);
    const recorded = (known: (typeof data.known)[number]) =>
      known.record
        ? reading.records.some((record) => record.id === known.record)
        : inSeries.some((record) => known.number !== undefined && record.data.number === known.number);
    const missing = data.known.filter((known) => !recorded(known));
    const borrowed = data.known.filter(
      (known) => known.record && !inSeries.some((record) => record.id === known.record),
    );
    return { id, body: data.body, missing, recorded: inSeries.length + borrowed.length };
  });

  it.each(series.map((entry) => [entry.id, entry] as const))(
    '%s: its page lists every known meeting without a record, with its count',
    (id, entry) => {
      const page = readPage(site, `series/${id}/index.html`);
      const rows = [...page.querySelectorAll('.bp-missing')];
      expect(rows.map((row) => text(row.querySelector('.bp-missing__title'))).sort()).toEqual(
        entry.missing.map((known) => known.title).sort(),
      );
      expect(
        rows.every((row) =>
          row.querySelector('a[data-add-record]')?.getAttribute('href')?.includes('template=record.yml'),
        ),
      ).toBe(true);
      const known = entry.recorded + entry.missing.length;
      const lede = text(page.querySelector('.bp-lede'));
      expect(lede).toMatch(
        entry.missing.length === 0
          ? new RegExp(`^(All ${known} known meetings recorded|Its one known meeting is recorded)`)
          : new RegExp(`^${entry.recorded} of ${known} known meetings recorded`),
      );
    },
  );

  it('lists every known meeting without a record on its body page and on /coverage/', () => {
    const coverage = readPage(site, 'coverage/index.html');
    const onCoverage = [...coverage.querySelectorAll('.bp-missing__title')].map((title) => text(title));
    for (const entry of series) {
      const body = readPage(site, `bodies/${entry.body}/index.html`);
      const onBody = [...body.querySelectorAll('.bp-missing__title')].map((title) => text(title));
      for (const known of entry.missing) {
        expect(onBody, `${entry.id}: ${known.title}`).toContain(known.title);
        expect(onCoverage, `${entry.id}: ${known.title}`).toContain(known.title);
      }
    }
    const missing = series.reduce((sum, entry) => sum + entry.missing.length, 0);
    expect(onCoverage).toHaveLength(missing);
    expect(text(coverage.querySelector('.bp-lede'))).toMatch(
      missing === 0
        ? new RegExp(`^The archive holds ${reading.records.length} meeting records, one for every meeting`)
        : new RegExp(
            `^The archive holds ${reading.records.length} meeting records\\. Sources show at least ${missing} more`,
          ),
    );
  });

  it('gives each series its recorded and known counts in meetings.json, and the missing meetings in known-meetings.csv', () => {
    const dataset = JSON.parse(readFileSync(join(SITES[site].dir, 'data/meetings.json'), 'utf8')) as Dataset;
    for (const entry of series) {
      expect(
        dataset.series.find((item) => item.id === entry.id),
        entry.id,
      ).toMatchObject({ recorded: entry.recorded, known: entry.recorded + entry.missing.length });
    }
    const rows = parseCsv(readFileSync(join(SITES[site].dir, 'data/known-meetings.csv')), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    expect(rows.map((row) => `${row['series']}: ${row['title']}`).sort()).toEqual(
      series.flatMap((entry) => entry.missing.map((known) => `${entry.id}: ${known.title}`)).sort(),
    );
  });

  it('says on the home page, /meetings/ and /years/ that they show the recorded meetings, linking to /coverage/', () => {
    for (const file of ['index.html', 'meetings/index.html', 'years/index.html']) {
      expect(readPage(site, file).querySelector('main a[href="/coverage/"]'), file).not.toBeNull();
    }
    expect(archive.meetings.length).toBe(reading.records.length);
  });
});
