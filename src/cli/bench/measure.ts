/**
 * Measuring a command: wall time, CPU time of the whole process tree, and peak memory of the tree.
 *
 * CPU comes from this process's `cutime + cstime` in /proc/self/stat (Linux), which the kernel adds to when a child
 * and its descendants are reaped, so it counts every process the command started. Peak memory is the largest sum of
 * resident set sizes of the command's process tree, sampled every 50 ms from /proc; the samples are kept, with their
 * times, so the peak of each phase of a build can be read from them (see `phases.ts`).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;
const PAGE_SIZE_FALLBACK = 4096;

/** What one run of a command cost. */
export interface Measurement {
  /** Seconds from start to exit. */
  wallSeconds: number;
  /** User plus system CPU seconds of the command and everything it started. */
  cpuSeconds: number;
  /** Largest resident memory of the process tree seen, in bytes. */
  peakBytes: number;
}

/** One reading of the memory of the process tree: when (milliseconds since the epoch) and how many bytes. */
export type MemorySample = readonly [atMs: number, bytes: number];

/** A measurement with the memory samples it was taken from, oldest first. */
export interface SampledMeasurement extends Measurement {
  samples: MemorySample[];
}

function readChildCpuTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  // After "pid (comm) ", field 3 is index 0; cutime and cstime are fields 16 and 17.
  return Number(fields[13]) + Number(fields[14]);
}

function readTree(): Map<number, { parent: number; rssPages: number }> {
  const tree = new Map<number, { parent: number; rssPages: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      tree.set(Number(entry), { parent: Number(fields[1]), rssPages: Number(fields[21]) });
    } catch {
      // The process ended while we read it.
    }
  }
  return tree;
}

function treeRssBytes(root: number): number {
  const tree = readTree();
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += (tree.get(pid)?.rssPages ?? 0) * PAGE_SIZE_FALLBACK;
    for (const [child, info] of tree) if (info.parent === pid) stack.push(child);
  }
  return total;
}

/**
 * Runs a command to completion and measures it.
 * @throws Error with the command's last output when it exits with a non-zero code.
 */
export function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; onOutput?: (line: string) => void } = {},
): Promise<SampledMeasurement> {
  return new Promise((resolve, reject) => {
    const cpuBefore = readChildCpuTicks();
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakBytes = 0;
    let tail = '';
    const samples: MemorySample[] = [];
    const sample = () => {
      if (child.pid === undefined) return;
      const bytes = treeRssBytes(child.pid);
      samples.push([performance.timeOrigin + performance.now(), bytes]);
      peakBytes = Math.max(peakBytes, bytes);
    };
    const timer = setInterval(sample, 50);
    // Whole lines only: a chunk may end in the middle of one.
    const collector = () => {
      let partial = '';
      return {
        add(chunk: Buffer) {
          const text = chunk.toString();
          tail = (tail + text).slice(-8000);
          const lines = (partial + text).split('\n');
          partial = lines.pop()!;
          for (const line of lines) if (line.trim()) options.onOutput?.(line);
        },
        end() {
          if (partial.trim()) options.onOutput?.(partial);
        },
      };
    };
    const out = collector();
    const err = collector();
    child.stdout.on('data', out.add);
    child.stderr.on('data', err.add);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      out.end();
      err.end();
      const wallSeconds = (performance.now() - started) / 1000;
      const cpuSeconds = (readChildCpuTicks() - cpuBefore) / TICKS_PER_SECOND;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${tail}`));
      else resolve({ wallSeconds, cpuSeconds, peakBytes, samples });
    });
  });
}
