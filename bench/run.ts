/**
 * `npm run bench`: runs every bench module, prints its figures as a table and writes them to
 * `bench/results/<module>.json`. Figures only, no thresholds: they are for comparing builds.
 * Add a module (page load, Lighthouse, an inkjs comparison…) by appending it to `modules`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineBench } from './engine';
import type { BenchModule, BenchRow } from './measure';

const modules: BenchModule[] = [engineBench];
const RESULTS_DIR = join(import.meta.dirname, 'results');

function printTable(name: string, rows: readonly BenchRow[]): void {
  const cells = rows.map((row) => [row.metric, `${row.value} ${row.unit}`, row.detail]);
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

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const module of modules) {
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
}

await main();
