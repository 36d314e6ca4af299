/**
 * The production build the page and Lighthouse modules measure: built when missing (or when
 * `--build` asks), then served by `vite preview` on port 4180 (the e2e suite owns 4173).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchOptions } from './options';

export const PREVIEW_PORT = 4180;
const ROOT = resolve(import.meta.dirname, '..');
const START_TIMEOUT_MS = 60_000;

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Builds into `options.dist` when it has no index.html yet, or always with `--build`. */
const builtThisRun = new Set<string>();

export function ensureBuild(options: BenchOptions): string {
  const dist = resolve(ROOT, options.dist);
  // `--build` builds once per bench run, not once per module that needs the build.
  const fresh = builtThisRun.has(dist) || !options.build;
  if (fresh && existsSync(join(dist, 'index.html'))) return dist;
  console.log(`Building the production bundle into ${dist} …`);
  const outDir =
    resolve(dist) === resolve(ROOT, 'dist') ? [] : ['--', '--outDir', dist, '--emptyOutDir'];
  const result = spawnSync('npm', ['run', 'build', ...outDir], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
  builtThisRun.add(dist);
  return dist;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts `vite preview` for `dist` and resolves once it answers. */
export async function startPreview(dist: string): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${PREVIEW_PORT}/`;
  if (await answers(url))
    throw new Error(`port ${PREVIEW_PORT} is already in use: stop what serves ${url}`);
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const args = [
    'preview',
    '--configLoader',
    'runner',
    '--host',
    '127.0.0.1',
    '--port',
    String(PREVIEW_PORT),
    '--strictPort',
    '--outDir',
    dist,
  ];
  const child = spawn(vite, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not start: ${errors.trim() || 'timed out'}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs `work` against a preview of the build, and always stops the server. */
export async function withPreview<T>(
  options: BenchOptions,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const server = await startPreview(ensureBuild(options));
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
