import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantile } from './machine';

/**
 * Start-up benchmark (issue 2): time from spawning `mizan serve` to the first 200 from /api/ready,
 * on an empty data folder (PGlite initdb, migrations, admin account, demo data) and on a restart.
 * Goals: first start <= 15 s, restart <= 3 s.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'packages/cli/bin/mizan.mjs');

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('server not ready in time');
}

async function timeStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  // The embedded database is what a first start uses: no DATABASE_URL.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...env, MIZAN_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', MIZAN_LOG_LEVEL: 'warn', MIZAN_ADMIN_PASSWORD: 'Bench-password-123' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/api/ready`, child, 60_000);
    return performance.now() - started;
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

export async function startupBench(runs = 3) {
  const first: number[] = [];
  const restart: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mizan-bench-start-'));
    try {
      first.push(await timeStart(dir, 18_600 + i));
      restart.push(await timeStart(dir, 18_700 + i));
      restart.push(await timeStart(dir, 18_800 + i));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
  const summary = (xs: number[]) => ({ runs: xs.length, medianMs: Math.round(quantile(xs, 0.5)), maxMs: Math.round(Math.max(...xs)) });
  return {
    name: 'startup',
    firstStart: { ...summary(first), goalMs: 15_000 },
    restart: { ...summary(restart), goalMs: 3_000 },
  };
}
