import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS } from '../../src/lib/domain/kinds.ts';
import { describeTimeline, getTimeline } from '../../src/lib/archive/timeline.ts';
import { ARCHIVE_SITES, SITES } from '../setup/sites.ts';
import { getSiteArchive, readSiteContent } from './helpers.ts';

/** The start year of a record, read from the date as written. */
const startYear = (iso: string | undefined) => (iso === undefined ? undefined : Number(iso.slice(0, 4)));

describe.each(ARCHIVE_SITES)('the %s archive', async (site) => {
  const archive = await getSiteArchive(site);
  const records = (await readSiteContent(site)).records;
  const timeline = getTimeline(archive.meetings);
  const meetingsDir = join(SITES[site].contentDir, 'meetings');

  describe('the timeline of the whole archive', () => {
    it('has a column for every year from the first record to the last, empty years included', () => {
      const years = records.flatMap((record) => {
        const year = startYear(record.data.startDate?.iso);
        return year === undefined ? [] : [year];
      });
      const first = Math.min(...years);
      const last = Math.max(...years);
      expect(timeline.years.map(({ year }) => year)).toEqual(
        Array.from({ length: last - first + 1 }, (_, i) => first + i),
      );
      // The First Bali Regional Ministerial Conference (2002) opened the process.
      expect(first).toBe(2002);
    });

    it('puts every dated record in the column of its start year, once, oldest first', () => {
      for (const { year, meetings } of timeline.years) {
        const expected = records
          .filter((record) => startYear(record.data.startDate?.iso) === year)
          .map((record) => record.id)
          .sort();
        expect(meetings.map((m) => m.id).sort()).toEqual(expected);
        const dates = meetings.map((m) => m.sortDate);
        expect(dates).toEqual([...dates].sort());
      }
    });

    it('keeps the record with no date, apart, instead of dropping it', () => {
      const undated = records.filter((record) => record.data.startDate === undefined).map((record) => record.id);
      expect(undated).toContain('undated-wg-tip-10th-anniversary-and-joint-tfpp-events-bangkok');
      expect(timeline.undated.map((m) => m.id)).toEqual(undated);
      const drawn = timeline.years.reduce((sum, { meetings }) => sum + meetings.length, 0) + timeline.undated.length;
      expect(drawn).toBe(records.length);
      expect(timeline.total).toBe(records.length);
    });

    it('counts each kind as the records give it, in the order of the kinds', () => {
      const expected = MEETING_KINDS.map((kind) => ({
        kind,
        count: records.filter((record) => record.data.kind === kind).length,
      })).filter(({ count }) => count > 0);
      expect(timeline.kinds).toEqual(expected);
      // The same count read from the files as written, not from the checked records.
      const written = readdirSync(meetingsDir).filter(
        (name) =>
          name.endsWith('.mdx') && /^kind: working-group-meeting$/m.test(readFileSync(join(meetingsDir, name), 'utf8')),
      );
      expect(timeline.kinds.find(({ kind }) => kind === 'working-group-meeting')?.count).toBe(written.length);
    });

    it('says in one sentence what it shows, including the undated record', () => {
      const last = timeline.years.at(-1)!.year;
      const undated = timeline.undated.length;
      expect(undated).toBeGreaterThan(0);
      expect(describeTimeline(timeline)).toBe(
        `${records.length} meetings: ${records.length - undated} from 2002 to ${last}, and ${undated} with no recorded date, shown apart after ${last}.`,
      );
    });
  });
});
