/**
 * `npm run check:scenarios` as authors run it: real processes, exit codes, and output that is
 * only `file: path: sentence` lines and summaries — never a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/engine/scenario/schema';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = path.join(repoRoot, 'scripts/check-scenarios.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runChecker(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: repoRoot },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Signs of a stack trace or an unhandled exception in the output. */
function expectNoStackTrace(run: Run): void {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b(TypeError|RangeError|SyntaxError|Error):/);
  expect(run.stderr).toBe('');
}

let hostileDir = '';
let emptyDir = '';

beforeAll(() => {
  hostileDir = mkdtempSync(path.join(tmpdir(), 'checker-hostile-'));
  writeFileSync(path.join(hostileDir, 'empty.json'), '');
  writeFileSync(
    path.join(hostileDir, 'binary.json'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]),
  );
  writeFileSync(path.join(hostileDir, 'big.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
  writeFileSync(path.join(hostileDir, 'deep.json'), '['.repeat(100_000));
  writeFileSync(path.join(hostileDir, 'ignored.schema.json'), '{}');
  emptyDir = path.join(hostileDir, 'no-scenarios');
  mkdirSync(emptyDir);
});

afterAll(() => {
  rmSync(hostileDir, { recursive: true, force: true });
});

describe('check-scenarios CLI', () => {
  it('exits 0 for a valid library and prints one summary per scenario', async () => {
    const run = await runChecker(['test/fixtures/checker/library']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'ok  test/fixtures/checker/library/valid.json: 5 nodes, 1 decision, 2 endings, 3 complete paths; scores: customerFocus -2..2, adaptability -1..0, empowerment 0..3',
    );
    expect(run.stdout).toContain('test/fixtures/checker/library/second.json');
    expect(run.stdout).toContain('3 file(s) checked: all valid.');
    expectNoStackTrace(run);
  });

  it('exits 1 and prints file: path: sentence for broken files', async () => {
    const run = await runChecker([
      'test/fixtures/checker/unknown-next.json',
      'test/fixtures/checker/cycle.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'test/fixtures/checker/unknown-next.json: nodes.decide.choices[0].next: names the node "markt"',
    );
    expect(run.stdout).toContain(
      'test/fixtures/checker/cycle.json: nodes.intro: these nodes lead round in a circle',
    );
    expectNoStackTrace(run);
  });

  it('answers empty, binary, oversized, deeply nested and missing files with sentences', async () => {
    const missing = path.join(hostileDir, 'missing.json');
    const run = await runChecker([hostileDir, missing]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const lineFor = (name: string) => lines.find((line) => line.includes(`${name}: `)) ?? '';
    expect(lineFor('empty.json')).toContain('the file is empty');
    expect(lineFor('binary.json')).toContain('not a text file');
    expect(lineFor('big.json')).toContain('at most 1 MB');
    expect(lineFor('deep.json')).toContain('levels deep');
    expect(lineFor('missing.json')).toContain('no such file or folder');
    expect(run.stdout).not.toContain('ignored.schema.json');
    expect(lines[lines.length - 1]).toBe('5 problem(s) in 5 of 5 file(s).');
    expectNoStackTrace(run);
  });

  it('exits 0 with a clear line when there is nothing to check', async () => {
    const run = await runChecker([emptyDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^No scenario files to check in .*no-scenarios\.\n$/);
    expectNoStackTrace(run);
  });
});
