/**
 * `npm run bench`: runs every bench module, prints its figures as a table and writes them to
 * `bench/results/<module>.json`. Figures only, no thresholds: they are for comparing builds.
 * `npm run bench -- --only engine,inkjs` runs some modules; `--dist DIR` measures another build;
 * `--build` rebuilds first (a missing `dist/` is built anyway). Add a module by appending to `modules`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { engineBench } from './engine';
import { parseBenchOptions } from './options';
import type { BenchModule, BenchRow } from './measure';

const options = parseBenchOptions(process.argv.slice(2));

/** A flat `{ name: number }` record (as `cohort.ts` returns) as rows; names ending in `Ms` are ms. */
function rowsFromRecord(record: Record<string, number>): BenchRow[] {
  return Object.entries(record).map(([metric, value]) => ({
    metric,
    value,
    unit: metric.endsWith('Ms') ? 'ms' : '',
    detail: '',
  }));
}

/** Module names, in running order; each loads lazily so one that cannot load stops no other. */
const modules: Array<{ name: string; load: () => Promise<BenchModule> }> = [
  { name: 'engine', load: async () => engineBench },
  { name: 'inkjs', load: async () => (await import('./inkjs')).inkjsBench },
  {
    name: 'cohort',
    load: async () => {
      const { runCohortBench } = await import('./cohort');
      return { name: 'cohort', run: async () => rowsFromRecord(await runCohortBench()) };
    },
  },
  { name: 'bytes', load: async () => (await import('./bytes')).bytesBench(options) },
  { name: 'page', load: async () => (await import('./page')).pageBench(options) },
  {
    name: 'cohort-page',
    load: async () => (await import('./cohort-page')).cohortPageBench(options),
  },
  { name: 'lighthouse', load: async () => (await import('./lighthouse')).lighthouseBench(options) },
  { name: 'live', load: async () => (await import('./live')).liveBench },
];
const RESULTS_DIR = join(import.meta.dirname, 'results');

function printTable(name: string, rows: readonly BenchRow[]): void {
  const cells = rows.map((row) => [row.metric, `${row.value} ${row.unit}`.trim(), row.detail]);
  const header = ['metric', 'value', 'how'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  const line = (values: string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ');
  console.log(`\n${name}`);
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const cell of cells) console.log(line(cell));
}

async function runModule(load: () => Promise<BenchModule>): Promise<void> {
  const module = await load();
  const started = performance.now();
  const rows = await module.run();
  printTable(`${module.name} (${Math.round((performance.now() - started) / 1000)} s)`, rows);
  const record = {
    module: module.name,
    measuredAt: new Date().toISOString(),
    node: process.version,
    // The machine's load when the module finished: figures from a busy machine read slower.
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    cpus: cpus().length,
    rows,
  };
  writeFileSync(join(RESULTS_DIR, `${module.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const unknown = options.only.filter((name) => !modules.some((module) => module.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench module(s): ${unknown.join(', ')}. Known: ${modules.map((m) => m.name).join(', ')}.`,
    );
    process.exitCode = 1;
    return;
  }
  const chosen = modules.filter(
    ({ name }) => options.only.length === 0 || options.only.includes(name),
  );
  console.log(
    `Load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} on ${cpus().length} CPUs`,
  );
  for (const { name, load } of chosen) {
    try {
      await runModule(load);
    } catch (error) {
      console.error(
        `\nBench module "${name}" failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    }
  }
}

await main();
