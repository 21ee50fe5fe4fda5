import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, openContext } from '@mizan/server';
import { createPostgresTestDatabase, testDatabaseKind } from '@mizan/server/testing';
import { main } from './main';

/** The CLI in-process, against a real database: an embedded data folder, or a fresh PostgreSQL database. */
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;
const saved = { ...process.env };

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mizan-cli-'));
  process.env.MIZAN_DATA_DIR = dataDir;
  process.env.MIZAN_LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL;
  if (testDatabaseKind() === 'postgres') {
    const created = await createPostgresTestDatabase();
    process.env.DATABASE_URL = created.url;
    dropDatabase = created.drop;
  }
});
afterAll(async () => {
  process.env = saved;
  await dropDatabase?.();
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const write = (chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(write as never);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(write as never);
  try {
    const code = await main(argv);
    return { code, output: out.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('mizan command', () => {
  it('migrates, then reports it is up to date', async () => {
    expect((await run('migrate')).output).toMatch(/Applied: 0001_extensions/);
    expect((await run('migrate')).output).toMatch(/Up to date/);
  });

  it('creates a user with a generated password, and refuses bad input naming the field', async () => {
    const ok = await run('user', 'create', '--username', 'cli.caseworker', '--role', 'caseworker', '--organisation', 'DGM');
    expect(ok.code).toBe(0);
    expect(ok.output).toMatch(/Created user cli\.caseworker \(caseworker\)/);
    expect(ok.output).toMatch(/Password: \S{20}/);
    const bad = await run('user', 'create', '--username', 'X Y', '--role', 'caseworker');
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/^username: /m);
    const unknownRole = await run('user', 'create', '--username', 'someone', '--role', 'wizard');
    expect(unknownRole.code).toBe(2);
    expect(unknownRole.output).toMatch(/Unknown role: wizard/);
  });

  it('seeds demo data of a given size', async () => {
    const res = await run('seed', '--demo', '--size', '25');
    expect(res.code).toBe(0);
    expect(res.output).toMatch(/25 persons/);
    expect((await run('seed', '--demo', '--size', 'lots')).code).toBe(2);
  });

  it('verifies the audit chain, and names the first broken entry after tampering', async () => {
    const intact = await run('audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.output).toMatch(/Audit log intact: \d+ entries verified/);

    const opened = await openContext(loadConfig());
    try {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(opened.ctx.db);
      await sql`UPDATE audit_log SET actor_username = 'someone-else' WHERE seq = 2`.execute(opened.ctx.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(opened.ctx.db);
    } finally {
      await opened.close();
    }
    const broken = await run('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/Audit log BROKEN at entry 2/);
  });

  it('answers an unknown command with the usage', async () => {
    const res = await run('frobnicate');
    expect(res.code).toBe(2);
    expect(res.output).toMatch(/Usage: mizan/);
  });
});
