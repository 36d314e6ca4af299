/**
 * Byte figures of the production build, from `dist/` alone (the same measure as
 * `npm run check:budgets`): critical-path JS, first-visit transfer, audio, per kind of file.
 */
import { BUDGETS, measureDist, type DistFigures } from '../scripts/check-budgets.mjs';
import type { BenchModule, BenchRow } from './measure';
import { round } from './measure';
import type { BenchOptions } from './options';
import { ensureBuild } from './preview';

const kb = (bytes: number) => round(bytes / 1000, 1);

export function bytesRows(figures: DistFigures): BenchRow[] {
  const rows: BenchRow[] = [
    {
      metric: 'critical-path JS (gzip)',
      value: kb(figures.criticalJsGzipBytes),
      unit: 'KB',
      detail: `budget ${kb(BUDGETS.criticalJsGzipBytes)} KB; ${kb(figures.criticalJsBytes)} KB raw; ${figures.criticalScripts.join(', ')}`,
    },
    {
      metric: 'first-visit transfer',
      value: kb(figures.firstVisitTransferBytes),
      unit: 'KB',
      detail: `budget ${kb(BUDGETS.firstVisitTransferBytes)} KB; all of dist but sourcemaps, text gzip; ${kb(figures.firstVisitBytes)} KB raw`,
    },
    {
      metric: 'audio',
      value: kb(figures.audioBytes),
      unit: 'KB',
      detail: `budget ${kb(BUDGETS.audioBytes)} KB; ${kb(figures.inlinedAudioBytes)} KB of it inlined in scripts`,
    },
  ];
  for (const [kind, entry] of Object.entries(figures.byKind)) {
    rows.push({
      metric: `transfer: ${kind}`,
      value: kb(entry.transferBytes),
      unit: 'KB',
      detail: `${entry.files} file(s), ${kb(entry.bytes)} KB raw`,
    });
  }
  return rows;
}

export function bytesBench(options: BenchOptions): BenchModule {
  return { name: 'bytes', run: () => bytesRows(measureDist(ensureBuild(options))) };
}
