/** A live-room server inside the test process, on a port the OS picks, with a movable clock. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, projectRoot, type ServerConfig } from '../../../src/server/config';
import { loadLibrary, type Library } from '../../../src/server/library';
import { startLiveServer, type LiveServer } from '../../../src/server/server';
import type { Library as FacilitatorLibrary } from '../../../src/facilitator/types';
import type { PreparedStore } from './stores';

let sharedLibrary: Library | null = null;

/** The real library (scenarios/), loaded once per test file. */
export function library(): Library {
  sharedLibrary ??= loadLibrary(join(projectRoot(), 'scenarios'));
  return sharedLibrary;
}

/** The same library as the offline facilitator tools take it: each scenario with its scoring. */
export function facilitatorLibrary(): FacilitatorLibrary {
  const { scenarios, analysis } = library();
  return new Map(
    [...scenarios.values()].map((scenario) => [
      scenario.id,
      { scenario, scoring: analysis(scenario) },
    ]),
  );
}

/** A clock the test moves: the server reads it for closing times, retention and input times. */
export class TestClock {
  offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface TestServer extends LiveServer {
  clock: TestClock;
  config: ServerConfig;
  stop(): Promise<void>;
}

/** A folder with the repository's index.html, so the header CSP is read from the real page. */
function staticFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-static-'));
  copyFileSync(join(projectRoot(), 'index.html'), join(dir, 'index.html'));
  return dir;
}

export async function startTestServer(
  store: PreparedStore,
  env: Record<string, string> = {},
  tweak: (config: ServerConfig) => void = () => undefined,
): Promise<TestServer> {
  const staticDir = staticFolder();
  const config = configFromEnv({ PORT: '0', STATIC_DIR: staticDir, ...store.env, ...env });
  tweak(config);
  const clock = new TestClock();
  const errors: unknown[] = [];
  const server = await startLiveServer(config, {
    now: clock.now,
    library: library(),
    log: (error) => errors.push(error),
  });
  return {
    ...server,
    clock,
    config,
    async stop() {
      await server.close();
      rmSync(staticDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The server logged errors: ${String(errors[0])}`);
    },
  };
}
