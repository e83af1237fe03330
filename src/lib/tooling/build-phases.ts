/**
 * Where a build spends its time: the wall and CPU time of each phase of `astro build`, measured inside the build.
 *
 * One clock per process (kept on `globalThis`, because astro.config.mjs and the bundled pages load their own copies
 * of this module). The build hooks move its base phase as the build goes (`setBasePhase`: content, then bundling,
 * then page rendering); work of a phase of its own inside another (a data file rendered among the pages, an
 * integration's hook) is timed with `timePhase`, and its time is taken out of the phase around it. So every moment
 * of the build counts in exactly one phase, and the phases add up to the build.
 *
 * CPU time counts the whole process tree: this process (every thread) and its child processes (Pagefind's indexer
 * runs as one), read from /proc on Linux; elsewhere only this process. Each change of phase reads the process table, a
 * few milliseconds: time hooks, files or batches, not each page.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The phases of a build, in the order they run. */
export const BUILD_PHASES = ['content', 'bundle', 'render', 'data', 'sitemap', 'search', 'other'] as const;

/** A phase of a build. */
export type BuildPhase = (typeof BUILD_PHASES)[number];

/** What each phase is, in the words of the benchmark's table. */
export const PHASE_LABELS: Readonly<Record<BuildPhase, string>> = {
  content: 'content load and check',
  bundle: 'bundling',
  render: 'page rendering',
  data: 'data files',
  sitemap: 'sitemap',
  search: 'search index',
  other: 'the rest',
};

/** A stretch of time spent in one phase. */
export interface PhaseSlice {
  phase: BuildPhase;
  /** Start and end, in milliseconds since the Unix epoch (comparable across processes on one machine). */
  startMs: number;
  endMs: number;
  /** CPU seconds of the process tree in that stretch. */
  cpuSeconds: number;
}

/** Wall and CPU time of a phase, in seconds. */
export interface PhaseTime {
  wallSeconds: number;
  cpuSeconds: number;
}

/** What a build reports of its phases. */
export interface PhaseReport {
  /** When the process started, in milliseconds since the epoch: the time before the first slice is startup. */
  processStartMs: number;
  /**
   * CPU seconds of the process tree from its start to the report, startup included: what the build cost so far,
   * child processes it never waited for included (Pagefind's indexer, once closed, may not be).
   */
  cpuSeconds: number;
  /** Every stretch of the build, in order; neighbouring stretches of one phase are merged. */
  slices: PhaseSlice[];
  /** Each phase's total over its slices. */
  phases: Record<BuildPhase, PhaseTime>;
}

/** Where the clock reads the time: wall milliseconds since the epoch, and CPU seconds used so far. */
export interface ClockSource {
  nowMs(): number;
  cpuSeconds(): number;
}

const TICKS_PER_SECOND = 100;

/** User and system CPU ticks of a process and of the children it has reaped, from /proc/<pid>/stat. */
function readStatTicks(pid: number | 'self'): { own: number; children: number; parent: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) " the fields start at field 3; utime, stime, cutime and cstime are fields 14 to 17.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return {
      own: Number(fields[11]) + Number(fields[12]),
      children: Number(fields[13]) + Number(fields[14]),
      parent: Number(fields[1]),
    };
  } catch {
    return undefined;
  }
}

/** CPU seconds of the live descendants of this process (children not yet reaped, and theirs). */
function readLiveDescendantSeconds(): number {
  const parents = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStatTicks(Number(entry));
    if (!stat) continue;
    ticks.set(Number(entry), stat.own + stat.children);
    const siblings = parents.get(stat.parent);
    if (siblings) siblings.push(Number(entry));
    else parents.set(stat.parent, [Number(entry)]);
  }
  let total = 0;
  const stack = [...(parents.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += ticks.get(pid) ?? 0;
    stack.push(...(parents.get(pid) ?? []));
  }
  return total / TICKS_PER_SECOND;
}

const hasProcFs = (() => {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
})();

/**
 * CPU seconds used so far by this process and everything it started: its own (every thread, from
 * `process.cpuUsage`), and on Linux its child processes', running or ended (a child's time moves from the running
 * count to the ended one when it is reaped, so the sum carries on).
 */
export function readProcessTreeCpuSeconds(): number {
  const usage = process.cpuUsage();
  const seconds = (usage.user + usage.system) / 1e6;
  if (!hasProcFs) return seconds;
  return seconds + (readStatTicks('self')?.children ?? 0) / TICKS_PER_SECOND + readLiveDescendantSeconds();
}

const REAL_CLOCK: ClockSource = {
  nowMs: () => performance.timeOrigin + performance.now(),
  cpuSeconds: readProcessTreeCpuSeconds,
};

/** An entry of the clock's stack: the base phase first, then each phase being timed, innermost last. */
interface Frame {
  phase: BuildPhase;
}

/** Accounts the time of a process to phases. See the module comment. */
export class PhaseClock {
  readonly #source: ClockSource;
  readonly #frames: Frame[];
  readonly #slices: PhaseSlice[] = [];
  #sliceStartMs: number;
  #sliceStartCpu: number;

  constructor(source: ClockSource = REAL_CLOCK, basePhase: BuildPhase = 'other') {
    this.#source = source;
    this.#frames = [{ phase: basePhase }];
    this.#sliceStartMs = source.nowMs();
    this.#sliceStartCpu = source.cpuSeconds();
  }

  /** Ends the current slice, charging it to the innermost phase. */
  #cut(): void {
    const nowMs = this.#source.nowMs();
    const cpu = this.#source.cpuSeconds();
    const phase = this.#frames.at(-1)!.phase;
    const last = this.#slices.at(-1);
    if (nowMs > this.#sliceStartMs || cpu > this.#sliceStartCpu) {
      const cpuSeconds = Math.max(0, cpu - this.#sliceStartCpu);
      if (last && last.phase === phase && last.endMs === this.#sliceStartMs) {
        last.endMs = nowMs;
        last.cpuSeconds += cpuSeconds;
      } else {
        this.#slices.push({ phase, startMs: this.#sliceStartMs, endMs: nowMs, cpuSeconds });
      }
    }
    this.#sliceStartMs = nowMs;
    this.#sliceStartCpu = cpu;
  }

  /** From now on, time not timed by `time` counts in `phase`. */
  setBasePhase(phase: BuildPhase): void {
    this.#cut();
    this.#frames[0] = { phase };
  }

  /**
   * Runs `work` and counts the time until it returns (or its promise settles) in `phase`, not in the phase around it.
   * @returns what `work` returns.
   */
  time<T>(phase: BuildPhase, work: () => T): T {
    this.#cut();
    const frame: Frame = { phase };
    this.#frames.push(frame);
    const leave = () => {
      this.#cut();
      const index = this.#frames.lastIndexOf(frame);
      if (index > 0) this.#frames.splice(index, 1);
    };
    let result: T;
    try {
      result = work();
    } catch (error) {
      leave();
      throw error;
    }
    if (result instanceof Promise) return result.finally(leave) as T;
    leave();
    return result;
  }

  /** The phases so far: every slice, and each phase's total. */
  report(processStartMs: number = performance.timeOrigin): PhaseReport {
    this.#cut();
    const phases = Object.fromEntries(
      BUILD_PHASES.map((phase) => [phase, { wallSeconds: 0, cpuSeconds: 0 }]),
    ) as Record<BuildPhase, PhaseTime>;
    for (const slice of this.#slices) {
      phases[slice.phase].wallSeconds += (slice.endMs - slice.startMs) / 1000;
      phases[slice.phase].cpuSeconds += slice.cpuSeconds;
    }
    return {
      processStartMs,
      cpuSeconds: this.#sliceStartCpu,
      slices: this.#slices.map((slice) => ({ ...slice })),
      phases,
    };
  }
}

const CLOCK_KEY = Symbol.for('bali-process:build-phase-clock');
const shared = globalThis as typeof globalThis & { [CLOCK_KEY]?: PhaseClock };

/** Starts this process's clock again, with its time so far counted in `basePhase` (the build's first hook calls it). */
export function startBuildPhases(basePhase: BuildPhase = 'other'): PhaseClock {
  shared[CLOCK_KEY] = new PhaseClock(REAL_CLOCK, basePhase);
  return shared[CLOCK_KEY];
}

/** This process's clock (started on first use). */
export function getBuildPhaseClock(): PhaseClock {
  return shared[CLOCK_KEY] ?? startBuildPhases();
}

/**
 * Runs `work` with its time counted in `phase` by this process's clock.
 * @example export const GET = (context) => timePhase('data', () => render(context));
 */
export function timePhase<T>(phase: BuildPhase, work: () => T): T {
  return getBuildPhaseClock().time(phase, work);
}

/** The environment variable naming the file the build writes its phase report to (the benchmark sets it). */
export const PHASE_REPORT_ENV = 'BUILD_PHASES_FILE';

/** Writes a phase report as JSON to `file`. */
export function writePhaseReport(file: string, report: PhaseReport): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** One line naming each phase with its wall and CPU time, e.g. "content load and check 2.1 s (CPU 2.4 s), …". */
export function describePhases(phases: Record<BuildPhase, PhaseTime>): string {
  return BUILD_PHASES.map(
    (phase) =>
      `${PHASE_LABELS[phase]} ${phases[phase].wallSeconds.toFixed(1)} s (CPU ${phases[phase].cpuSeconds.toFixed(1)} s)`,
  ).join(', ');
}
