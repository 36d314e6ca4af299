import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import {
  SERVICE_WORKER_FILE,
  filesToKeep,
  serviceWorkerSource,
} from '../../../scripts/vite/offline-plugin';

const template = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'src', 'offline', 'service-worker.js'),
  'utf8',
);

/** Runs the worker's top level with stub globals and returns what it declared. */
function evaluateWorker(source: string): { VERSION: string; FILES: string[] } {
  const sandbox = {
    self: { location: { href: 'https://example.test/game/sw.js' }, addEventListener: () => {} },
    URL,
    result: undefined as unknown,
  };
  runInNewContext(`${source}\nresult = { VERSION, FILES };`, sandbox);
  return sandbox.result as { VERSION: string; FILES: string[] };
}

describe('filesToKeep', () => {
  it('keeps every served file once, in order, without sourcemaps or the worker itself', () => {
    expect(
      filesToKeep([
        'index.html',
        'assets/index-abc.js',
        'assets/index-abc.js.map',
        SERVICE_WORKER_FILE,
        'favicon.svg',
        'assets/index-abc.js',
      ]),
    ).toEqual(['assets/index-abc.js', 'favicon.svg', 'index.html']);
  });

  it('never keeps api/: the live server answers there when there is one', () => {
    expect(filesToKeep(['index.html', 'api/live'])).toEqual(['index.html']);
  });
});

describe('serviceWorkerSource', () => {
  const files = ['assets/a.js', 'index.html'];
  const contents = new Map([
    ['assets/a.js', 'console.log(1)'],
    ['index.html', '<!doctype html>'],
  ]);
  const read = (file: string) => contents.get(file) ?? '';

  it('fills in the file list and a version, leaving valid JavaScript', () => {
    const worker = evaluateWorker(serviceWorkerSource(template, files, read));
    expect(worker.FILES).toEqual(files);
    expect(worker.VERSION).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes the version when any file changes, and only then', () => {
    const version = (readFile: (file: string) => string) =>
      evaluateWorker(serviceWorkerSource(template, files, readFile)).VERSION;
    const original = version(read);
    expect(version(read)).toBe(original);
    expect(
      version((file) => (file === 'index.html' ? '<!doctype html><p>new' : read(file))),
    ).not.toBe(original);
  });

  it('leaves no placeholder behind', () => {
    expect(serviceWorkerSource(template, files, read)).not.toMatch(/__BUILD_/);
  });
});
