/**
 * The byte-budget check reads a build directory: these tests give it small made-up builds,
 * so the entry graph, the gzip figures and the verdicts are checked without running Vite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudgets,
  criticalScripts,
  measureDist,
  staticImports,
} from '../../../scripts/check-budgets.mjs';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/check-budgets.mjs');
const made: string[] = [];

function makeDist(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
<link rel="stylesheet" href="./assets/index-c3.css"></head><body></body></html>`;

const ENTRY =
  'import{t as e}from"./shared-d4.js";import"./side-e5.js";' +
  'const n=()=>import("./game-f6.js");export{n};';

function smallBuild(extra: Record<string, string | Buffer> = {}): string {
  return makeDist({
    'index.html': INDEX,
    'assets/index-a1.js': ENTRY,
    'assets/shared-d4.js': 'export const t=1;'.repeat(50),
    'assets/side-e5.js': 'console.log("side")',
    'assets/vendor-b2.js': 'export const v=2;',
    'assets/game-f6.js': 'import{t}from"./shared-d4.js";export default t;'.repeat(100),
    'assets/index-c3.css': 'body{margin:0}',
    'assets/index-a1.js.map': 'x'.repeat(10_000),
    'assets/beep.wav': Buffer.alloc(2_000, 7),
    ...extra,
  });
}

describe('the entry graph', () => {
  it('finds static imports and re-exports but not dynamic imports', () => {
    expect(staticImports(ENTRY).sort()).toEqual(['./shared-d4.js', './side-e5.js']);
    expect(staticImports('export*from"./a.js";export{b}from"../b.js"')).toEqual([
      './a.js',
      '../b.js',
    ]);
  });

  it('follows the entry script, its modulepreloads and their static imports only', () => {
    const dist = smallBuild();
    expect(criticalScripts(dist, INDEX)).toEqual([
      'assets/index-a1.js',
      'assets/shared-d4.js',
      'assets/side-e5.js',
      'assets/vendor-b2.js',
    ]);
  });
});

describe('the figures', () => {
  it('gzips the critical scripts and counts all of dist but sourcemaps', () => {
    const figures = measureDist(smallBuild());
    const gzip = (text: string) => gzipSync(text).length;
    const critical =
      gzip(ENTRY) +
      gzip('export const t=1;'.repeat(50)) +
      gzip('console.log("side")') +
      gzip('export const v=2;');
    expect(figures.criticalJsGzipBytes).toBe(critical);
    expect(figures.files.map((file) => file.path)).not.toContain('assets/index-a1.js.map');
    expect(figures.byKind.audio).toEqual({ files: 1, bytes: 2_000, transferBytes: 2_000 });
    expect(figures.firstVisitTransferBytes).toBe(
      figures.files.reduce((sum, file) => sum + file.transferBytes, 0),
    );
    expect(figures.firstVisitTransferBytes).toBeLessThan(figures.firstVisitBytes);
  });

  it('counts sound inlined into a script as audio', () => {
    const inlined = Buffer.alloc(300, 1).toString('base64');
    const figures = measureDist(
      smallBuild({ 'assets/side-e5.js': `const s="data:audio/wav;base64,${inlined}"` }),
    );
    expect(figures.inlinedAudioBytes).toBe(300);
    expect(figures.audioBytes).toBe(2_300);
  });
});

describe('the verdict', () => {
  it('passes a small build and names each budget a build goes over', () => {
    const figures = measureDist(smallBuild());
    expect(checkBudgets(figures)).toEqual([]);
    const problems = checkBudgets({
      ...figures,
      criticalJsGzipBytes: BUDGETS.criticalJsGzipBytes + 1,
      audioBytes: BUDGETS.audioBytes + 5_000,
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Critical-path JavaScript \(gzip\) is 120\.0 KB, over its budget/);
    expect(problems[1]).toMatch(/^Audio is 505\.0 KB, over its budget of 500\.0 KB by 5\.0 KB\.$/);
  });

  it('exits 1 with a plain message when the audio is over budget, 0 otherwise', () => {
    const run = (dist: string) =>
      spawnSync(process.execPath, [SCRIPT, '--dist', dist], { encoding: 'utf8' });
    const ok = run(smallBuild());
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('critical-path JS (gzip)');
    const loud = run(smallBuild({ 'assets/music.ogg': Buffer.alloc(600_000, 3) }));
    expect(loud.status).toBe(1);
    expect(loud.stderr).toContain('Over budget: Audio is 602.0 KB');
    const missing = run(join(tmpdir(), 'no-such-build-dir'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/run "npm run build" first/);
  });
});
