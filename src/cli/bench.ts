/**
 * `npm run bench -- --records 1000`: how the product build scales, against a bare Astro-MDX site built from the same
 * records in the same run (alternating, so the ratio holds whatever the machine is doing).
 *
 * Generates N synthetic records into tmp/bench/ (never committed; the build reads them through CONTENT_DIR), then
 * measures cold builds of both (wall, CPU, peak memory, output size and files), two rebuilds of the product after one
 * change each (a sentence added to a record's text, then the same record's title changed), the page weight of the
 * home page, the list and a record page, and the first search in Chromium (bytes and time to the first result, cold
 * cache, median of --search-runs). Each product build is measured phase by phase (wall, CPU and peak memory of the
 * content load and check, bundling, page rendering, data files, sitemap, search index and the rest; see
 * `lib/tooling/build-phases.ts`), with how many pages it rendered and how many it reused from the build before.
 * Prints a table, checks the budgets, and writes the same figures as JSON.
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
import { getPhaseFigures, medianPhaseFigures, type PhaseFigures } from './bench/phases.ts';
import { measureSearch } from './bench/search.ts';
import { writeSyntheticContent } from './bench/synthetic-records.ts';
import { getCacheDir } from '../lib/content/content-dir.ts';
import { readGeneratedPages } from '../lib/tooling/build-log.ts';
import {
  BUILD_PHASES,
  PHASE_LABELS,
  PHASE_REPORT_ENV,
  type BuildPhase,
  type PhaseReport,
} from '../lib/tooling/build-phases.ts';
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

/** A product build as the benchmark measured it. */
interface ProductBuild extends Measurement {
  /** Each phase, the rest included (they add up to the build). */
  phases: Record<BuildPhase, PhaseFigures>;
  /** How many pages the build rendered and how many it reused from the build before; a rebuild's rendered ones by path. */
  pages: { rendered: number; reused: number; renderedPaths?: string[] };
}

/** Astro's cache for the generated records (a folder of its own, see getCacheDir). */
const productCacheDir = join(root, getCacheDir(contentDir, root) ?? join('node_modules', '.astro'));
const phaseReportFile = join(work, 'phases.json');

/**
 * A product build, as `npm run build` runs it (`astro build`, whose first step is the content check). A cold build
 * starts without Astro's cache (no content layer, no pages of an earlier build); a rebuild keeps it. Its log is kept
 * beside the results, as `build-<name>.log`.
 */
async function buildProduct(name: string, cold: boolean): Promise<ProductBuild> {
  if (cold) rmSync(productCacheDir, { recursive: true, force: true });
  rmSync(productDist, { recursive: true, force: true });
  rmSync(phaseReportFile, { force: true });
  const log: string[] = [];
  const { samples, ...measurement } = await measureCommand(
    process.execPath,
    [astro, 'build', '--outDir', productDist],
    {
      cwd: root,
      env: { ...cleanEnv, CONTENT_DIR: contentDir, [PHASE_REPORT_ENV]: phaseReportFile },
      onOutput: (line) => log.push(line),
    },
  );
  const report = JSON.parse(readFileSync(phaseReportFile, 'utf8')) as PhaseReport;
  // The process tree's CPU as the benchmark reads it misses a child process that the build does not wait for before
  // it exits (Pagefind's indexer, closed at the end); the build's own reading counts it.
  measurement.cpuSeconds = Math.max(measurement.cpuSeconds, report.cpuSeconds);
  writeFileSync(join(work, `build-${name}.log`), `${log.join('\n')}\n`);
  const pages = readGeneratedPages(log);
  // Every page in the output was rendered or reused: a log that names fewer lost lines, and its counts are short.
  const listed = [...pages.rendered, ...pages.reused].filter((page) => page.endsWith('.html')).length;
  const built = (readdirSync(productDist, { recursive: true, encoding: 'utf8' }) as string[]).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  ).length;
  if (listed !== built) progress(`  the log of build-${name} names ${listed} of the ${built} pages built`);
  return {
    ...measurement,
    phases: getPhaseFigures(report, { ...measurement, samples }),
    pages: {
      rendered: pages.rendered.length,
      reused: pages.reused.length,
      ...(cold ? {} : { renderedPaths: pages.rendered }),
    },
  };
}

/** A cold build of the bare Astro-MDX site. */
async function buildBaseline(): Promise<Measurement> {
  rmSync(join(baselineDir, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(baselineDir, 'dist'), { recursive: true, force: true });
  rmSync(join(baselineDir, '.astro'), { recursive: true, force: true });
  const { samples: _samples, ...measurement } = await measureCommand(
    process.execPath,
    [astro, 'build', '--root', baselineDir],
    { cwd: root, env: cleanEnv },
  );
  return measurement;
}

/**
 * Budgets the figures are held to (from the performance targets): a full build at most half the bare Astro-MDX
 * build and at most 2 GB of memory at 10,000 records; a rebuild after one change at most a quarter of a cold build at
 * 1,000 and at 10,000 records; a record page with no JavaScript and at most half a Starlight page (Starlight's own
 * budget is about 6 KB of HTML, 15 KB of CSS and 25 KB of JavaScript, gzipped); the first search at most 130 KB and
 * 200 ms from typing at 1,000 records, 250 KB and 300 ms at 10,000 (Pagefind's own engine is about 85 KB of it). A
 * run at another size checks them all the same, and says at what size each is set.
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

const product: ProductBuild[] = [];
const baseline: Measurement[] = [];
for (let run = 1; run <= runs; run += 1) {
  progress(`cold build ${run}/${runs}: product`);
  product.push(await buildProduct(`cold-${run}`, true));
  progress(`  product: ${seconds(product.at(-1)!.wallSeconds)}, ${gb(product.at(-1)!.peakBytes)}`);
  if (!values['skip-baseline']) {
    progress(`cold build ${run}/${runs}: bare Astro-MDX baseline`);
    baseline.push(await buildBaseline());
    progress(`  baseline: ${seconds(baseline.at(-1)!.wallSeconds)}, ${gb(baseline.at(-1)!.peakBytes)}`);
  }
}

// Two rebuilds, each after one change since the build before: a sentence added to a record's text (shown on its
// own page), then the same record's title changed (shown on every page that lists it).
const firstRecord = readdirSync(join(contentDir, 'meetings')).sort()[0]!;
const changed = join(contentDir, 'meetings', firstRecord);
const original = readFileSync(changed, 'utf8');
progress(`rebuild after adding a sentence to the text of ${firstRecord}`);
appendFileSync(changed, '\nA sentence added to measure a rebuild.\n');
const textRebuild = await buildProduct('rebuild-text', false);
progress(`  rebuild: ${seconds(textRebuild.wallSeconds)}, ${textRebuild.pages.rendered} pages rendered`);
progress(`rebuild after changing the title of ${firstRecord}`);
writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^title: (.*)$/m, 'title: $1, revised'));
const titleRebuild = await buildProduct('rebuild-title', false);
progress(`  rebuild: ${seconds(titleRebuild.wallSeconds)}, ${titleRebuild.pages.rendered} pages rendered`);
writeFileSync(changed, original);

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

const summary = <M extends Measurement>(list: M[]) =>
  list.length === 0
    ? undefined
    : {
        wallSeconds: median(list.map((m) => m.wallSeconds)),
        cpuSeconds: median(list.map((m) => m.cpuSeconds)),
        peakBytes: median(list.map((m) => m.peakBytes)),
        runs: list,
      };
const productSummary = {
  ...summary(product)!,
  phases: medianPhaseFigures(
    product.map((run) => run.phases),
    median,
  ),
};
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
  rebuilds: {
    text: {
      change: "a sentence added to one record's text",
      ...textRebuild,
      ratioToCold: textRebuild.wallSeconds / productSummary.wallSeconds,
    },
    title: {
      change: "a change of one record's title",
      ...titleRebuild,
      ratioToCold: titleRebuild.wallSeconds / productSummary.wallSeconds,
    },
  },
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

const rebuildRows = Object.values(results.rebuilds).map((rebuild): [string, string, string, string] => [
  `rebuild after ${rebuild.change}`,
  `${seconds(rebuild.wallSeconds)}, ${rebuild.pages.rendered} of ${rebuild.pages.rendered + rebuild.pages.reused} pages rendered`,
  '-',
  `${rebuild.ratioToCold.toFixed(2)} of cold`,
]);
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
  ...rebuildRows,
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

/** Each phase of the product's builds: wall / CPU / peak memory, cold (median) and each rebuild. */
const phaseCell = (figures: PhaseFigures) =>
  `${seconds(figures.wallSeconds)} / ${seconds(figures.cpuSeconds)} / ${gb(figures.peakBytes)}`;
const phaseBuilds: Array<[string, ProductBuild | typeof productSummary]> = [
  ['cold (median)', productSummary],
  ['rebuild, text', textRebuild],
  ['rebuild, title', titleRebuild],
];
const phaseRows: string[][] = [
  ['wall / CPU / peak memory', ...phaseBuilds.map(([name]) => name)],
  ...BUILD_PHASES.map((phase) => [
    PHASE_LABELS[phase],
    ...phaseBuilds.map(([, build]) => phaseCell(build.phases[phase])),
  ]),
  [
    'whole build',
    ...phaseBuilds.map(([, build]) =>
      phaseCell({ wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, peakBytes: build.peakBytes }),
    ),
  ],
  [
    'pages rendered / reused',
    `${median(product.map((run) => run.pages.rendered))} / ${median(product.map((run) => run.pages.reused))}`,
    `${textRebuild.pages.rendered} / ${textRebuild.pages.reused}`,
    `${titleRebuild.pages.rendered} / ${titleRebuild.pages.reused}`,
  ],
];

const recordPage = pages[2]!;
const worstRebuild = Math.max(...Object.values(results.rebuilds).map((rebuild) => rebuild.ratioToCold));
const AT_10000 = '10,000 records';
const budgetRows: Array<{ budget: string; value: string; met: boolean | undefined; setAt?: string }> = [
  {
    budget: 'build ≤ 0.5 × bare Astro-MDX',
    value: results.ratio ? results.ratio.wall.toFixed(2) : 'not measured',
    met: results.ratio ? results.ratio.wall <= BUDGETS.buildRatio : undefined,
    setAt: AT_10000,
  },
  {
    budget: 'peak memory ≤ 2 GB',
    value: gb(productSummary.peakBytes),
    met: productSummary.peakBytes <= BUDGETS.peakBytes,
    setAt: AT_10000,
  },
  {
    budget: 'rebuild after one change ≤ 0.25 × cold',
    value: `${worstRebuild.toFixed(2)} (the slower of the two)`,
    met: worstRebuild <= BUDGETS.rebuildRatio,
    setAt: '1,000 and 10,000 records',
  },
  {
    budget: 'record page ≤ 23 KB gzip',
    value: kb(recordPage.html.gzip + recordPage.css.gzip + recordPage.js.gzip),
    met: recordPage.html.gzip + recordPage.css.gzip + recordPage.js.gzip <= BUDGETS.recordPageGzipBytes,
  },
  {
    budget: 'record page with no JavaScript',
    value: kb(recordPage.js.raw),
    met: recordPage.js.raw <= BUDGETS.recordPageJsBytes,
  },
  {
    budget: `first search ≤ ${searchBudget(count).gzipBytes / 1024} KB gzip`,
    value: results.search ? kb(results.search.totalGzipBytes) : 'not measured',
    met: results.search ? results.search.totalGzipBytes <= searchBudget(count).gzipBytes : undefined,
    setAt: count >= 10_000 ? AT_10000 : '1,000 records',
  },
  {
    budget: `first search ≤ ${searchBudget(count).ms} ms from typing`,
    value: results.search ? `${results.search.searchToResultMs.toFixed(0)} ms` : 'not measured',
    met: results.search ? results.search.searchToResultMs <= searchBudget(count).ms : undefined,
    setAt: count >= 10_000 ? AT_10000 : '1,000 records',
  },
];
(results as Record<string, unknown>)['budgets'] = budgetRows.map(({ budget, value, met, setAt }) => ({
  budget,
  value,
  met: met ?? null,
  ...(setAt ? { setAt } : {}),
}));
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

function printTable(table: readonly (readonly string[])[]): void {
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | '));
}
console.log(`\n${count} records, ${cpus().length} cores, ${gb(totalmem())} RAM, Node ${process.version}`);
printTable(rows);
console.log('\nPhases of the product build');
printTable(phaseRows);
console.log('\nBudgets');
for (const { budget, value, met, setAt } of budgetRows) {
  const status = met === undefined ? '–     ' : met ? 'met   ' : 'missed';
  console.log(`  ${status} ${budget.padEnd(40)} ${value}${setAt ? ` (set at ${setAt})` : ''}`);
}
console.log(`\nFigures written to ${out}`);
