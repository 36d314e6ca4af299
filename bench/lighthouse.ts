/**
 * Lighthouse 12.8.2 (13 needs Node 22) on the production build, desktop and mobile presets,
 * through its own CLI pointed at Debian's Chromium. Scores are 0–100 as Lighthouse reports.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchModule, BenchRow } from './measure';
import type { BenchOptions } from './options';
import { withPreview } from './preview';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const LIGHTHOUSE = resolve(
  import.meta.dirname,
  '..',
  'node_modules',
  'lighthouse',
  'cli',
  'index.js',
);

interface LighthouseReport {
  categories: Record<
    string,
    { score: number | null; auditRefs: Array<{ id: string; weight: number }> }
  >;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      displayValue?: string;
      details?: { items?: Array<Record<string, unknown>> };
    }
  >;
  runtimeError?: { code: string; message: string };
}

function runLighthouse(
  url: string,
  preset: 'desktop' | 'mobile',
  outputPath: string,
): Promise<void> {
  const args = [
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --mute-audio',
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) =>
      code === 0
        ? done()
        : fail(new Error(`lighthouse (${preset}) failed: ${errors.trim().slice(-500)}`)),
    );
  });
}

/** What a failed audit found, in a few words (issue types, URLs or descriptions). */
function findings(report: LighthouseReport, id: string): string {
  const items = report.audits[id]?.details?.items ?? [];
  const words = items.map((item) => String(item.issueType ?? item.description ?? item.url ?? ''));
  const distinct = [...new Set(words.filter(Boolean))].slice(0, 3);
  return distinct.length > 0 ? ` (${distinct.join('; ')})` : '';
}

/** The weighted audits of a category that did not pass, so a score below 100 says why. */
function failedAudits(report: LighthouseReport, category: string): string {
  const failed = (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 0.9)
    .map((ref) => `${ref.id}${findings(report, ref.id)}`);
  return failed.length > 0 ? `below 90: ${failed.join(', ')}` : 'every weighted audit ≥ 90';
}

function reportRows(preset: string, report: LighthouseReport): BenchRow[] {
  if (report.runtimeError) throw new Error(`lighthouse (${preset}): ${report.runtimeError.code}`);
  const rows: BenchRow[] = CATEGORIES.map((category) => ({
    metric: `${preset} ${category}`,
    value: Math.round((report.categories[category]?.score ?? Number.NaN) * 100),
    unit: '/100',
    detail: failedAudits(report, category),
  }));
  for (const audit of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'total-byte-weight',
  ]) {
    const value = report.audits[audit];
    if (value?.displayValue)
      rows.push({
        metric: `${preset} ${audit}`,
        value: Math.round(value.numericValue ?? Number.NaN),
        unit: audit === 'total-byte-weight' ? 'bytes' : 'ms',
        detail: value.displayValue,
      });
  }
  return rows;
}

async function measureLighthouse(url: string): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const rows: BenchRow[] = [];
    for (const preset of ['desktop', 'mobile'] as const) {
      const output = join(dir, `${preset}.json`);
      await runLighthouse(url, preset, output);
      rows.push(
        ...reportRows(preset, JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function lighthouseBench(options: BenchOptions): BenchModule {
  return { name: 'lighthouse', run: () => withPreview(options, measureLighthouse) };
}
