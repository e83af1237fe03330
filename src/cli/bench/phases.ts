/**
 * The phases of a measured build: wall and CPU time of each from the build's own report (`BUILD_PHASES_FILE`, see
 * `lib/tooling/build-phases.ts`), and its peak memory from the benchmark's samples of the process tree taken while
 * the phase ran. "The rest" is everything else the command cost: Node and Astro starting and stopping, and Astro's
 * own steps between the phases.
 */
import { BUILD_PHASES, type BuildPhase, type PhaseReport } from '../../lib/tooling/build-phases.ts';
import type { SampledMeasurement } from './measure.ts';

/** What one phase of a build cost. */
export interface PhaseFigures {
  wallSeconds: number;
  cpuSeconds: number;
  /** Largest resident memory of the process tree while the phase ran, in bytes (0 when no sample fell in it). */
  peakBytes: number;
}

/**
 * Each phase of a build, the rest included, so the phases add up to the measured command.
 * @param report the build's phase report.
 * @param measurement the command that ran the build, with its memory samples.
 */
export function getPhaseFigures(
  report: PhaseReport,
  measurement: SampledMeasurement,
): Record<BuildPhase, PhaseFigures> {
  const own = BUILD_PHASES.filter((phase) => phase !== 'other');
  const slicesOf = (phase: BuildPhase) => report.slices.filter((slice) => slice.phase === phase);
  const inSlices = (atMs: number, phase: BuildPhase) =>
    slicesOf(phase).some((slice) => atMs >= slice.startMs && atMs <= slice.endMs);
  const peakOf = (phase: BuildPhase): number => {
    let peak = 0;
    for (const [atMs, bytes] of measurement.samples) if (inSlices(atMs, phase)) peak = Math.max(peak, bytes);
    if (peak > 0) return peak;
    // A phase shorter than the sampling interval: the first sample taken after it started.
    const start = slicesOf(phase)[0]?.startMs;
    return start === undefined ? 0 : (measurement.samples.find(([atMs]) => atMs >= start)?.[1] ?? 0);
  };
  const figures = Object.fromEntries(
    own.map((phase) => [
      phase,
      {
        wallSeconds: report.phases[phase].wallSeconds,
        cpuSeconds: report.phases[phase].cpuSeconds,
        peakBytes: report.slices.some((slice) => slice.phase === phase) ? peakOf(phase) : 0,
      },
    ]),
  ) as Record<BuildPhase, PhaseFigures>;
  let restPeak = 0;
  for (const [atMs, bytes] of measurement.samples) {
    if (!own.some((phase) => inSlices(atMs, phase))) restPeak = Math.max(restPeak, bytes);
  }
  const sum = (key: 'wallSeconds' | 'cpuSeconds') => own.reduce((total, phase) => total + figures[phase][key], 0);
  figures.other = {
    wallSeconds: Math.max(0, measurement.wallSeconds - sum('wallSeconds')),
    cpuSeconds: Math.max(0, measurement.cpuSeconds - sum('cpuSeconds')),
    peakBytes: restPeak,
  };
  return figures;
}

/** The median of each figure of each phase over several builds. */
export function medianPhaseFigures(
  runs: ReadonlyArray<Record<BuildPhase, PhaseFigures>>,
  median: (values: number[]) => number,
): Record<BuildPhase, PhaseFigures> {
  return Object.fromEntries(
    BUILD_PHASES.map((phase) => [
      phase,
      {
        wallSeconds: median(runs.map((run) => run[phase].wallSeconds)),
        cpuSeconds: median(runs.map((run) => run[phase].cpuSeconds)),
        peakBytes: median(runs.map((run) => run[phase].peakBytes)),
      },
    ]),
  ) as Record<BuildPhase, PhaseFigures>;
}
