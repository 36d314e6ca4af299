/** Shared helpers for bench modules: timing, medians and the result shape every module returns. */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** How the figure was obtained (sizes, repetitions), printed beside it. */
  detail: string;
}

/** One bench module (engine, page, lighthouse, …); `run.ts` prints it and writes `results/<name>.json`. */
export interface BenchModule {
  name: string;
  run(): BenchRow[] | Promise<BenchRow[]>;
}

export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median wall time of `repetitions` runs, after one warm-up run the JIT may use. */
export function medianMs(repetitions: number, work: () => void): number {
  work();
  return median(Array.from({ length: repetitions }, () => timeMs(work)));
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The p-th percentile (nearest rank) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}
