/** The built live-room server as a child process on the live e2e port, with its own data folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LIVE_PORT = Number(process.env.E2E_LIVE_PORT ?? 4184);
export const LIVE_ORIGIN = `http://127.0.0.1:${LIVE_PORT}`;

export class LiveServerProcess {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'live-e2e-'));
  private child: ChildProcess | null = null;

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['dist-server/main.js'], {
      cwd: process.cwd(),
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(LIVE_PORT), DATA_DIR: this.dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${LIVE_ORIGIN}/api/live`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('The live-room server did not start within a minute.');
  }

  /** Kills the server at once (SIGKILL): sockets drop with no goodbye. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
