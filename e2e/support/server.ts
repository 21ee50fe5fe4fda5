import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts a real Mizan (API + built web application) for browser tests: a free port, a fresh data folder,
 * a known administrator password. `stop()` ends the whole process group and removes the data folder.
 */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'Admin-password-123';

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the server wrote, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Builds packages/web when its output is missing or older than its sources (the lead's script decides). */
export function buildWebIfStale(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`Building the web application failed:\n${result.stdout}\n${result.stderr}`);
  if (!existsSync(path.join(ROOT, 'packages/web/dist/index.html'))) throw new Error('packages/web/dist/index.html is missing');
}

async function waitForReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: { demo?: 'on' | 'off'; env?: Record<string, string> } = {}): Promise<RunningServer> {
  buildWebIfStale();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mizan-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/mizan.mjs'), 'serve'], {
    cwd: ROOT,
    detached: true, // its own process group, so stop() reaches every child it may start
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      MIZAN_DATA_DIR: dataDir,
      MIZAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
      MIZAN_DEMO: options.demo ?? 'off',
      MIZAN_LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log.slice(-8000);

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(url, child, output, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output, stop };
}
