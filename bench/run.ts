/**
 * `npm run bench`: runs every bench module, prints its figures as a table and writes them to
 * `bench/results/<module>.json`. Figures only, no thresholds: they are for comparing builds.
 * Add a module (page load, Lighthouse, an inkjs comparison…) by appending a loader to `modules`;
 * loaders import lazily so one module that cannot load does not stop the others.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineBench } from './engine';
import type { BenchModule, BenchRow } from './measure';

/** A flat `{ name: number }` record (as `cohort.ts` returns) as rows; names ending in `Ms` are ms. */
function rowsFromRecord(record: Record<string, number>): BenchRow[] {
  return Object.entries(record).map(([metric, value]) => ({
    metric,
    value,
    unit: metric.endsWith('Ms') ? 'ms' : '',
    detail: '',
  }));
}

const modules: Array<() => Promise<BenchModule>> = [
  async () => engineBench,
  async () => {
    const { runCohortBench } = await import('./cohort');
    return { name: 'cohort', run: async () => rowsFromRecord(await runCohortBench()) };
  },
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
  const rows = await module.run();
  printTable(module.name, rows);
  const record = {
    module: module.name,
    measuredAt: new Date().toISOString(),
    node: process.version,
    rows,
  };
  writeFileSync(join(RESULTS_DIR, `${module.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const load of modules) {
    try {
      await runModule(load);
    } catch (error) {
      console.error(
        `\nA bench module failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    }
  }
}

await main();
