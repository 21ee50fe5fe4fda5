import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing';
import { migrate, MIGRATIONS_DIR, MigrationError, migrationsUpToDate } from './migrate';
import type { Database } from './pool';

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function copyMigrations(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mizan-migrations-'));
  for (const f of await fs.readdir(MIGRATIONS_DIR)) await fs.copyFile(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
  return dir;
}

describe('migrations', () => {
  it('apply once, in order, with the four extensions', async () => {
    database = await openTestDatabase();
    expect(await migrationsUpToDate(database.pool)).toBe(false);
    const first = await migrate(database.pool);
    expect(first.applied[0]).toBe('0001_extensions');
    expect(await migrationsUpToDate(database.pool)).toBe(true);
    const again = await migrate(database.pool);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(first.applied.length);
    const { rows } = await database.pool.query<{ extname: string }>('SELECT extname FROM pg_extension ORDER BY extname');
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['btree_gin', 'fuzzystrmatch', 'pg_trgm', 'unaccent']));
  });

  it('refuse an applied migration whose file was edited, naming it', async () => {
    database = await openTestDatabase();
    const dir = await copyMigrations();
    await migrate(database.pool, dir);
    await fs.appendFile(path.join(dir, '0002_history.sql'), '\n-- an innocent-looking edit\n');
    await expect(migrate(database.pool, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(database.pool, dir)).rejects.toThrow(/0002_history\.sql was edited after it was applied/);
  });

  it('roll back a failing migration entirely and report it', async () => {
    database = await openTestDatabase();
    const dir = await copyMigrations();
    await migrate(database.pool, dir);
    await fs.writeFile(path.join(dir, '9999_broken.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n');
    await expect(migrate(database.pool, dir)).rejects.toThrow(/9999_broken failed and was rolled back/);
    const { rows } = await database.pool.query("SELECT to_regclass('half_done') AS t");
    expect(rows[0].t).toBeNull();
  });

  it('serialise concurrent runs under the advisory lock', async () => {
    database = await openTestDatabase();
    const [a, b] = await Promise.all([migrate(database.pool), migrate(database.pool)]);
    expect(a.applied.length + b.applied.length).toBe((await fs.readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).length);
  });
});
