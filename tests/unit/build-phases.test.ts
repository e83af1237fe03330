import { describe, expect, it } from 'vitest';
import { PhaseClock, describePhases, type ClockSource } from '../../src/lib/tooling/build-phases.ts';

/** A clock that moves only when told: `advance(ms, cpuSeconds)`. */
function manualClock(): ClockSource & { advance(ms: number, cpuSeconds?: number): void } {
  let nowMs = 1_000_000;
  let cpu = 0;
  return {
    nowMs: () => nowMs,
    cpuSeconds: () => cpu,
    advance(ms, cpuSeconds = ms / 1000) {
      nowMs += ms;
      cpu += cpuSeconds;
    },
  };
}

/** Wall and CPU seconds, to the microsecond (sums of floating-point seconds are not exact). */
const rounded = ({ wallSeconds, cpuSeconds }: { wallSeconds: number; cpuSeconds: number }) => ({
  wallSeconds: Math.round(wallSeconds * 1e6) / 1e6,
  cpuSeconds: Math.round(cpuSeconds * 1e6) / 1e6,
});

describe('the build phase clock', () => {
  it('counts the time between changes of base phase in the phase that was current', () => {
    const source = manualClock();
    const clock = new PhaseClock(source, 'other');
    source.advance(200);
    clock.setBasePhase('content');
    source.advance(1500, 2);
    clock.setBasePhase('bundle');
    source.advance(800, 1.2);
    clock.setBasePhase('render');
    source.advance(3000, 3.5);
    const report = clock.report(source.nowMs() - 6000);
    expect(rounded(report.phases.other)).toEqual({ wallSeconds: 0.2, cpuSeconds: 0.2 });
    expect(rounded(report.phases.content)).toEqual({ wallSeconds: 1.5, cpuSeconds: 2 });
    expect(rounded(report.phases.bundle)).toEqual({ wallSeconds: 0.8, cpuSeconds: 1.2 });
    expect(rounded(report.phases.render)).toEqual({ wallSeconds: 3, cpuSeconds: 3.5 });
    expect(rounded(report.phases.search)).toEqual({ wallSeconds: 0, cpuSeconds: 0 });
    expect(report.slices.map((slice) => slice.phase)).toEqual(['other', 'content', 'bundle', 'render']);
    expect(report.processStartMs).toBe(1_000_000 + 5500 - 6000);
    expect(report.cpuSeconds).toBeCloseTo(0.2 + 2 + 1.2 + 3.5, 10);
  });

  it('takes the time of work timed in a phase of its own out of the phase around it', () => {
    const source = manualClock();
    const clock = new PhaseClock(source, 'render');
    source.advance(100);
    const value = clock.time('data', () => {
      source.advance(40);
      return 'meetings.json';
    });
    source.advance(60);
    const report = clock.report();
    expect(value).toBe('meetings.json');
    expect(report.phases.render.wallSeconds).toBeCloseTo(0.16, 10);
    expect(report.phases.data.wallSeconds).toBeCloseTo(0.04, 10);
    expect(report.slices.map(({ phase, startMs, endMs }) => [phase, endMs - startMs])).toEqual([
      ['render', 100],
      ['data', 40],
      ['render', 60],
    ]);
  });

  it('times asynchronous work until its promise settles, and nested work in the innermost phase', async () => {
    const source = manualClock();
    const clock = new PhaseClock(source, 'other');
    await clock.time('sitemap', async () => {
      source.advance(10);
      await clock.time('data', async () => {
        await Promise.resolve();
        source.advance(30);
      });
      source.advance(5);
    });
    source.advance(1);
    const { phases } = clock.report();
    expect(phases.sitemap.wallSeconds).toBeCloseTo(0.015, 10);
    expect(phases.data.wallSeconds).toBeCloseTo(0.03, 10);
    expect(phases.other.wallSeconds).toBeCloseTo(0.001, 10);
  });

  it('ends the timing of work that throws, and lets the error through', async () => {
    const source = manualClock();
    const clock = new PhaseClock(source, 'other');
    expect(() =>
      clock.time('search', () => {
        source.advance(20);
        throw new Error('Pagefind failed to start');
      }),
    ).toThrow('Pagefind failed to start');
    await expect(
      clock.time('data', async () => {
        source.advance(30);
        throw new Error('no meetings.json');
      }),
    ).rejects.toThrow('no meetings.json');
    source.advance(50);
    const { phases } = clock.report();
    expect(phases.search.wallSeconds).toBeCloseTo(0.02, 10);
    expect(phases.data.wallSeconds).toBeCloseTo(0.03, 10);
    expect(phases.other.wallSeconds).toBeCloseTo(0.05, 10);
  });

  it('merges neighbouring slices of one phase', () => {
    const source = manualClock();
    const clock = new PhaseClock(source, 'render');
    source.advance(10);
    clock.setBasePhase('render');
    source.advance(10);
    expect(clock.report().slices).toHaveLength(1);
  });

  it('describes every phase in one line, in build order', () => {
    const source = manualClock();
    const clock = new PhaseClock(source, 'content');
    source.advance(2100, 2.4);
    expect(describePhases(clock.report().phases)).toBe(
      'content load and check 2.1 s (CPU 2.4 s), bundling 0.0 s (CPU 0.0 s), page rendering 0.0 s (CPU 0.0 s), ' +
        'data files 0.0 s (CPU 0.0 s), sitemap 0.0 s (CPU 0.0 s), search index 0.0 s (CPU 0.0 s), the rest 0.0 s (CPU 0.0 s)',
    );
  });
});
