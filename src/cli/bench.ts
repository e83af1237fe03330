/**
 * `npm run bench -- --records 1000`: how the product build scales, against a bare Astro-MDX site built from the same
 * records in the same run (alternating, so the ratio holds whatever the machine is doing).
 *
 * Generates N synthetic records into tmp/bench/ (never committed; the build reads them through CONTENT_DIR), then
 * measures cold builds of both (wall, CPU, peak memory, output size and files), a rebuild after changing one record,
 * the page weight of the home page, the list and a record page, and the first search in Chromium (bytes and time to
 * the first result, cold cache, median of --search-runs). Prints a table and writes the same figures as JSON.
 *
 * Options: --records N (1000), --runs R cold builds of each (3), --search-runs S (5), --out FILE, --skip-baseline,
 * --skip-search.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './bench/baseline.ts';
import { measureCommand, type Measurement } from './bench/measure.ts';
import { weighPage, type PageWeight } from './bench/page-weight.ts';
import { measureSearch } from './bench/search.ts';
import { writeSyntheticContent } from './bench/synthetic-records.ts';
import { getDeploySettings } from '../lib/site/deploy.ts';

const USAGE =
  'Usage: npm run bench -- --records 1000 [--runs 3] [--search-runs 5] [--out file.json] [--skip-baseline] [--skip-search]';
const values = (() => {
  try {
    return parseArgs({
      options: {
        records: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '3' },
        'search-runs': { type: 'string', default: '5' },
        out: { type: 'string' },
        'skip-baseline': { type: 'boolean', default: false },
        'skip-search': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(values.records);
const runs = Number(values.runs);
const searchRuns = Number(values['search-runs']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error(USAGE);
  process.exit(2);
}

const root = process.cwd();
const work = resolve(root, 'tmp', 'bench', String(count));
const contentDir = join(work, 'content');
const productDist = join(work, 'product-dist');
const baselineDir = join(work, 'baseline');
const out = resolve(values.out ?? join(work, 'results.json'));
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const startedAt = Date.now();

function progress(message: string): void {
  console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(5)} s] ${message}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, entry));
    if (stats.isFile()) {
      bytes += stats.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const cleanEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
/** The base path the product is built under (the public address's path unless BASE_PATH says otherwise). */
const { base: productBase } = getDeploySettings(cleanEnv);

/** A cold product build: the content check and `astro build`, as `npm run build` runs them, with no caches. */
async function buildProduct(cold: boolean): Promise<Measurement> {
  if (cold) rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(productDist, { recursive: true, force: true });
  return measureCommand(
    '/bin/sh',
    [
      '-c',
      `"${process.execPath}" src/cli/check-content.ts && "${process.execPath}" "${astro}" build --outDir "${productDist}"`,
    ],
    { cwd: root, env: { ...cleanEnv, CONTENT_DIR: contentDir } },
  );
}

/** A cold build of the bare Astro-MDX site. */
async function buildBaseline(): Promise<Measurement> {
  rmSync(join(baselineDir, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(baselineDir, 'dist'), { recursive: true, force: true });
  rmSync(join(baselineDir, '.astro'), { recursive: true, force: true });
  return measureCommand(process.execPath, [astro, 'build', '--root', baselineDir], { cwd: root, env: cleanEnv });
}

/**
 * Budgets the figures are held to (from the performance targets): a full build at most half the bare Astro-MDX
 * build, at most 2 GB of memory, a rebuild after one change at most a quarter of a cold build; a record page with no
 * JavaScript and at most half a Starlight page (Starlight's own budget is about 6 KB of HTML, 15 KB of CSS and 25 KB
 * of JavaScript, gzipped); the first search at most 130 KB and 200 ms from typing at 1,000 records, 250 KB and
 * 300 ms at 10,000 (Pagefind's own engine is about 85 KB of it).
 */
export const BUDGETS = {
  buildRatio: 0.5,
  peakBytes: 2 * 1024 ** 3,
  rebuildRatio: 0.25,
  recordPageGzipBytes: ((6 + 15 + 25) * 1024) / 2,
  recordPageJsBytes: 0,
} as const;

/** The first search's budget for an archive of `records` records: the 10,000-record one from 10,000 up. */
export function searchBudget(records: number): { gzipBytes: number; ms: number } {
  return records >= 10_000 ? { gzipBytes: 250 * 1024, ms: 300 } : { gzipBytes: 130 * 1024, ms: 200 };
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;

progress(`writing ${count} synthetic records to ${contentDir}`);
writeSyntheticContent({ dir: contentDir, count, realContentDir: join(root, 'content') });
writeBaselineProject(baselineDir, contentDir);

const product: Measurement[] = [];
const baseline: Measurement[] = [];
for (let run = 1; run <= runs; run += 1) {
  progress(`cold build ${run}/${runs}: product`);
  product.push(await buildProduct(true));
  progress(`  product: ${seconds(product.at(-1)!.wallSeconds)}, ${gb(product.at(-1)!.peakBytes)}`);
  if (!values['skip-baseline']) {
    progress(`cold build ${run}/${runs}: bare Astro-MDX baseline`);
    baseline.push(await buildBaseline());
    progress(`  baseline: ${seconds(baseline.at(-1)!.wallSeconds)}, ${gb(baseline.at(-1)!.peakBytes)}`);
  }
}

progress('rebuild after changing one record');
const firstRecord = readdirSync(join(contentDir, 'meetings')).sort()[0]!;
const changed = join(contentDir, 'meetings', firstRecord);
const original = readFileSync(changed, 'utf8');
appendFileSync(changed, '\nA sentence added to measure a rebuild.\n');
const rebuild = await buildProduct(false);
writeFileSync(changed, original);
progress(`  rebuild: ${seconds(rebuild.wallSeconds)}`);

// The last build is the one after the change: weigh it.
const output = folderSize(productDist);
const recordId = firstRecord.replace(/\.mdx$/, '');
const pages: PageWeight[] = ['', 'meetings/', `meetings/${recordId}/`].map((page) =>
  weighPage(productDist, productBase, page),
);

let search: Awaited<ReturnType<typeof measureSearch>> = [];
if (!values['skip-search']) {
  progress(`first search for "forced marriage" in Chromium, ${searchRuns} cold runs`);
  search = await measureSearch({ dist: productDist, base: productBase, query: 'forced marriage', runs: searchRuns });
}

const summary = (list: Measurement[]) =>
  list.length === 0
    ? undefined
    : {
        wallSeconds: median(list.map((m) => m.wallSeconds)),
        cpuSeconds: median(list.map((m) => m.cpuSeconds)),
        peakBytes: median(list.map((m) => m.peakBytes)),
        runs: list,
      };
const productSummary = summary(product)!;
const baselineSummary = summary(baseline);
const results = {
  records: count,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version },
  date: new Date().toISOString(),
  product: {
    ...productSummary,
    secondsPerRecord: productSummary.wallSeconds / count,
    outputBytes: output.bytes,
    outputFiles: output.files,
  },
  baseline: baselineSummary,
  ratio: baselineSummary
    ? {
        wall: productSummary.wallSeconds / baselineSummary.wallSeconds,
        cpu: productSummary.cpuSeconds / baselineSummary.cpuSeconds,
        memory: productSummary.peakBytes / baselineSummary.peakBytes,
      }
    : undefined,
  rebuild: { ...rebuild, ratioToCold: rebuild.wallSeconds / productSummary.wallSeconds },
  pages,
  search:
    search.length === 0
      ? undefined
      : {
          query: 'forced marriage',
          firstResultMs: median(search.map((run) => run.firstResultMs)),
          searchToResultMs: median(search.map((run) => run.searchToResultMs)),
          totalBytes: median(search.map((run) => run.total.raw)),
          totalGzipBytes: median(search.map((run) => run.total.gzip)),
          pagefindBytes: median(search.map((run) => run.pagefind.raw)),
          pagefindGzipBytes: median(search.map((run) => run.pagefind.gzip)),
          runs: search,
        },
};
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const rows: Array<[string, string, string, string]> = [
  ['', 'product', 'bare Astro-MDX', 'product / bare'],
  [
    'cold build, wall (median)',
    seconds(productSummary.wallSeconds),
    baselineSummary ? seconds(baselineSummary.wallSeconds) : '-',
    results.ratio ? results.ratio.wall.toFixed(2) : '-',
  ],
  [
    'cold build, CPU',
    seconds(productSummary.cpuSeconds),
    baselineSummary ? seconds(baselineSummary.cpuSeconds) : '-',
    results.ratio ? results.ratio.cpu.toFixed(2) : '-',
  ],
  [
    'peak memory',
    gb(productSummary.peakBytes),
    baselineSummary ? gb(baselineSummary.peakBytes) : '-',
    results.ratio ? results.ratio.memory.toFixed(2) : '-',
  ],
  ['rebuild after one change', seconds(rebuild.wallSeconds), '-', `${results.rebuild.ratioToCold.toFixed(2)} of cold`],
  ['time per record', `${(results.product.secondsPerRecord * 1000).toFixed(1)} ms`, '-', '-'],
  ['output', `${(output.bytes / 1024 ** 2).toFixed(1)} MB, ${output.files} files`, '-', '-'],
];
for (const page of pages) {
  rows.push([
    `page ${page.page} (gzip)`,
    `HTML ${kb(page.html.gzip)}, CSS ${kb(page.css.gzip)}, JS ${kb(page.js.gzip)}`,
    '-',
    `raw ${kb(page.html.raw + page.css.raw + page.js.raw)}`,
  ]);
}
if (results.search) {
  rows.push([
    'first search "forced marriage"',
    `${results.search.searchToResultMs.toFixed(0)} ms from typing (${results.search.firstResultMs.toFixed(0)} ms from opening), ${kb(results.search.totalGzipBytes)} gzip`,
    '-',
    `raw ${kb(results.search.totalBytes)}; Pagefind ${kb(results.search.pagefindGzipBytes)} gzip`,
  ]);
}
const recordPage = pages[2]!;
const budgetRows: Array<[string, string, boolean | undefined]> = [
  [
    'build ≤ 0.5 × bare Astro-MDX',
    results.ratio ? results.ratio.wall.toFixed(2) : 'not measured',
    results.ratio ? results.ratio.wall <= BUDGETS.buildRatio : undefined,
  ],
  ['peak memory ≤ 2 GB', gb(productSummary.peakBytes), productSummary.peakBytes <= BUDGETS.peakBytes],
  [
    'rebuild ≤ 0.25 × cold',
    results.rebuild.ratioToCold.toFixed(2),
    results.rebuild.ratioToCold <= BUDGETS.rebuildRatio,
  ],
  [
    'record page ≤ 23 KB gzip',
    kb(recordPage.html.gzip + recordPage.css.gzip + recordPage.js.gzip),
    recordPage.html.gzip + recordPage.css.gzip + recordPage.js.gzip <= BUDGETS.recordPageGzipBytes,
  ],
  ['record page with no JavaScript', kb(recordPage.js.raw), recordPage.js.raw <= BUDGETS.recordPageJsBytes],
  [
    `first search ≤ ${searchBudget(count).gzipBytes / 1024} KB gzip`,
    results.search ? kb(results.search.totalGzipBytes) : 'not measured',
    results.search ? results.search.totalGzipBytes <= searchBudget(count).gzipBytes : undefined,
  ],
  [
    `first search ≤ ${searchBudget(count).ms} ms from typing`,
    results.search ? `${results.search.searchToResultMs.toFixed(0)} ms` : 'not measured',
    results.search ? results.search.searchToResultMs <= searchBudget(count).ms : undefined,
  ],
];
(results as Record<string, unknown>)['budgets'] = budgetRows.map(([budget, value, met]) => ({
  budget,
  value,
  met: met ?? null,
}));
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
console.log(`\n${count} records, ${cpus().length} cores, ${gb(totalmem())} RAM, Node ${process.version}`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | '));
console.log('\nBudgets');
for (const [budget, value, met] of budgetRows) {
  console.log(`  ${met === undefined ? '–' : met ? 'met   ' : 'missed'} ${budget.padEnd(32)} ${value}`);
}
console.log(`\nFigures written to ${out}`);
