import { describe, expect, it } from 'vitest';
import { getPhaseFigures } from '../../src/cli/bench/phases.ts';
import { readGeneratedPages } from '../../src/lib/tooling/build-log.ts';
import {
  BUILD_PHASES,
  type BuildPhase,
  type PhaseReport,
  type PhaseSlice,
} from '../../src/lib/tooling/build-phases.ts';

const START = 1_700_000_000_000;

/** A report made of slices given as [phase, start, end, CPU seconds], times in ms after START. */
function reportOf(slices: Array<[BuildPhase, number, number, number]>): PhaseReport {
  const list: PhaseSlice[] = slices.map(([phase, start, end, cpuSeconds]) => ({
    phase,
    startMs: START + start,
    endMs: START + end,
    cpuSeconds,
  }));
  const phases = Object.fromEntries(BUILD_PHASES.map((phase) => [phase, { wallSeconds: 0, cpuSeconds: 0 }]));
  for (const slice of list) {
    phases[slice.phase]!.wallSeconds += (slice.endMs - slice.startMs) / 1000;
    phases[slice.phase]!.cpuSeconds += slice.cpuSeconds;
  }
  const cpuSeconds = list.reduce((sum, slice) => sum + slice.cpuSeconds, 0);
  return { processStartMs: START, cpuSeconds, slices: list, phases: phases as PhaseReport['phases'] };
}

describe("the benchmark's figures for each phase", () => {
  const report = reportOf([
    ['other', 300, 400, 0.1],
    ['content', 400, 2400, 2.5],
    ['render', 2400, 3010, 0.6],
    ['data', 3010, 3020, 0.01],
    ['render', 3020, 5400, 2.6],
    ['search', 5400, 6400, 1.5],
  ]);
  const measurement = {
    wallSeconds: 7,
    cpuSeconds: 8,
    peakBytes: 900,
    // One sample every 500 ms; the largest during indexing.
    samples: [0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500, 6000, 6500].map(
      (at, index) => [START + at, at >= 5400 && at <= 6400 ? 900 : 100 + index] as const,
    ),
  };
  const figures = getPhaseFigures(report, measurement);

  it("takes each phase's wall and CPU time from the build's report", () => {
    expect(figures.content.wallSeconds).toBe(2);
    expect(figures.content.cpuSeconds).toBe(2.5);
    expect(figures.search.cpuSeconds).toBe(1.5);
  });

  it('counts in the rest everything the report does not, so the phases add up to the build', () => {
    const wall = BUILD_PHASES.reduce((sum, phase) => sum + figures[phase].wallSeconds, 0);
    const cpu = BUILD_PHASES.reduce((sum, phase) => sum + figures[phase].cpuSeconds, 0);
    expect(wall).toBeCloseTo(7, 10);
    expect(cpu).toBeCloseTo(8, 10);
    expect(figures.other.wallSeconds).toBeCloseTo(7 - 2 - 2.99 - 0.01 - 1, 10);
  });

  it('gives each phase the largest memory sampled while it ran', () => {
    expect(figures.search.peakBytes).toBe(900);
    expect(figures.content.peakBytes).toBe(104);
    expect(figures.render.peakBytes).toBe(110);
    // Samples before the first hook and after the last belong to the rest.
    expect(figures.other.peakBytes).toBe(113);
  });

  it('gives a phase shorter than the sampling interval the first sample taken after it started', () => {
    expect(figures.data.peakBytes).toBe(107);
  });

  it('gives a phase that did not run no memory', () => {
    expect(figures.sitemap).toEqual({ wallSeconds: 0, cpuSeconds: 0, peakBytes: 0 });
  });
});

describe('reading which pages a build rendered and which it reused', () => {
  it("reads Astro's page lines, with or without colour codes", () => {
    const log = [
      ' generating static routes ',
      '16:20:35   ├─ /404.html (+19ms) ',
      '16:20:35   ├─ /years/2025/index.html (restored)',
      '\u001b[2m16:20:35\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/meetings/a/index.html\u001b[22m \u001b[2m(+3ms)\u001b[22m',
      '16:20:35   ├─ /years/2024/index.html (cached)',
      '16:20:35   ├─ /data/meetings.json (+1.02s) ',
      '16:20:36 ✓ Completed in 1.81s.',
    ];
    expect(readGeneratedPages(log)).toEqual({
      rendered: ['/404.html', '/meetings/a/index.html', '/data/meetings.json'],
      reused: ['/years/2025/index.html', '/years/2024/index.html'],
    });
    expect(readGeneratedPages(log.join('\n'))).toEqual(readGeneratedPages(log));
  });
});
