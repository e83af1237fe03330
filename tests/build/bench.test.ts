/**
 * The parts of the benchmark (`npm run bench`) that can break between its runs: the records it generates pass the
 * content check, the same ones every time; a build reports its phases in the form the benchmark reads (the main
 * site's build, which writes its report as the benchmark's builds do); and the bare Astro-MDX site it compares with
 * reads the same records.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBaselineProject } from '../../src/cli/bench/baseline.ts';
import { writeSyntheticContent } from '../../src/cli/bench/synthetic-records.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { BUILD_PHASES, type PhaseReport } from '../../src/lib/tooling/build-phases.ts';
import { MAIN_PHASE_REPORT, ROOT } from '../setup/sites.ts';

const work = join(ROOT, 'tests', '.output', 'bench');
const contentDir = join(work, 'content');
const COUNT = 25;

describe('the benchmark', () => {
  it('generates records that pass the content check, the same ones every time', async () => {
    writeSyntheticContent({ dir: contentDir, count: COUNT, realContentDir: join(ROOT, 'content') });
    const first = readdirSync(join(contentDir, 'meetings')).sort();
    const text = readFileSync(join(contentDir, 'meetings', first[0]!), 'utf8');
    const result = await readContent({ contentDir, root: ROOT });
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(COUNT);
    writeSyntheticContent({ dir: contentDir, count: COUNT, realContentDir: join(ROOT, 'content') });
    expect(readdirSync(join(contentDir, 'meetings')).sort()).toEqual(first);
    expect(readFileSync(join(contentDir, 'meetings', first[0]!), 'utf8')).toBe(text);
    const words = text.split('\n---\n')[1]!.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(250);
  });

  it('has the build report every phase, one slice after another, for the benchmark to read', () => {
    // The report of the main site's build (tests/setup/sites.ts), written as the benchmark's builds write theirs.
    const report = JSON.parse(readFileSync(MAIN_PHASE_REPORT, 'utf8')) as PhaseReport;
    expect(Object.keys(report.phases)).toEqual([...BUILD_PHASES]);
    for (const phase of BUILD_PHASES) expect(report.slices.some((slice) => slice.phase === phase)).toBe(true);
    for (const [index, slice] of report.slices.entries()) {
      expect(slice.endMs).toBeGreaterThanOrEqual(slice.startMs);
      if (index > 0) expect(slice.startMs).toBe(report.slices[index - 1]!.endMs);
    }
    expect(report.slices[0]!.startMs).toBeGreaterThanOrEqual(report.processStartMs);
    // The steps that run once, in the order Astro runs them (integrations also set up earlier, in their own phase).
    const firstStart = (phase: string) => report.slices.find((slice) => slice.phase === phase)!.startMs;
    expect(firstStart('content')).toBeLessThan(firstStart('bundle'));
    expect(firstStart('bundle')).toBeLessThan(firstStart('render'));
    expect(firstStart('render')).toBeLessThan(firstStart('search'));
  });

  it('writes a bare Astro-MDX site that reads the same records', () => {
    const baseline = join(work, 'baseline');
    writeBaselineProject(baseline, contentDir);
    const config = readFileSync(join(baseline, 'src', 'content.config.ts'), 'utf8');
    expect(config).toContain(JSON.stringify(join(contentDir, 'meetings')));
    expect(existsSync(join(baseline, 'src', 'pages', '[id].astro'))).toBe(true);
  });
});
