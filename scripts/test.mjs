// `npm test`: the whole suite. Unit tests and integration tests on PGlite always run; integration tests on
// PostgreSQL run when a server is reachable (MIZAN_TEST_PG_URL, DATABASE_URL or 127.0.0.1:5432); browser tests
// run when Debian's Chromium is installed. In CI (CI=true) both are required: a missing one fails the run.
// Extra arguments go to vitest (e.g. `npm test -- packages/server`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildWebIfStale } from './build-web.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.MIZAN_CHROMIUM ?? '/usr/bin/chromium';
const pgUrl = process.env.MIZAN_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    return err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const projects = ['unit', 'int-pglite'];
const missing = [];
const reachable = await postgresReachable();
if (reachable === true) projects.push('int-postgres');
else missing.push(`int-postgres: PostgreSQL not reachable at ${pgUrl.replace(/\/\/[^@]*@/, '//')} (${reachable.message})`);
if (fs.existsSync(chromium)) projects.push('e2e');
else missing.push(`e2e: no Chromium at ${chromium} (apt-get install chromium fonts-noto-core)`);

for (const line of missing) console.log(`${ci ? 'REQUIRED BUT MISSING' : 'skipping'} ${line}`);
if (ci && missing.length) process.exit(1);

if (projects.includes('e2e')) buildWebIfStale();

const report = path.join(os.tmpdir(), `mizan-vitest-${process.pid}.json`);
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
console.log(`Running: npx ${args.join(' ')}`);
const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, MIZAN_CHROMIUM: chromium } });

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  skipped = json.numPendingTests + json.numTodoTests;
  fs.rmSync(report, { force: true });
} catch {
  failed = Math.max(failed, 1);
}
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`\nTiers run: ${projects.join(', ')}${missing.length ? `; skipped: ${missing.map((m) => m.split(':')[0]).join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
