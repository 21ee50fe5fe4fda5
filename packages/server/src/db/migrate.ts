import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Any fixed number: the key of the advisory lock under which migrations run, so two servers never race. */
const MIGRATION_LOCK_KEY = 72_616_001;

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: MigrationFile[] = [];
  for (const file of files) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new MigrationError(`Migration file name "${file}" must look like 0001_name.sql`);
    const sql = await fs.readFile(`${dir}/${file}`, 'utf8');
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) {
      throw new MigrationError(`Two migrations share the number ${match[1]}`);
    }
    migrations.push({ version, name: match[2]!, sql, checksum: checksumOf(sql) });
  }
  return migrations;
}

function checksumOf(sql: string): string {
  // Line endings are normalised so a checkout on another OS does not look edited.
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order, each once and in its own transaction, under a session advisory lock.
 * An applied migration whose file changed since is refused: migrations are history, add a new one instead.
 */
export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<MigrationReport> {
  const migrations = await readMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const files = new Map(migrations.map((m) => [m.version, m]));
    for (const applied of rows) {
      const file = files.get(applied.version);
      const label = `${String(applied.version).padStart(4, '0')}_${applied.name}`;
      if (!file) {
        throw new MigrationError(
          `Migration ${label} is applied in the database but its file is missing: this code is older than the database.`,
        );
      }
      if (file.checksum !== applied.checksum) {
        throw new MigrationError(
          `Migration ${label}.sql was edited after it was applied (checksum ${applied.checksum.slice(0, 12)} in the database, ${file.checksum.slice(0, 12)} on disk). ` +
            'Applied migrations must not change: restore the file and add a new migration for the change.',
        );
      }
    }
    const appliedVersions = new Set(rows.map((r) => r.version));
    const report: MigrationReport = { applied: [], alreadyApplied: rows.length };
    for (const m of migrations) {
      if (appliedVersions.has(m.version)) continue;
      const label = `${String(m.version).padStart(4, '0')}_${m.name}`;
      try {
        await client.query('BEGIN');
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          m.checksum,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new MigrationError(`Migration ${label} failed and was rolled back: ${(err as Error).message}`);
      }
      report.applied.push(label);
    }
    return report;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

/** Migration files do not change while the process runs: read their count once per folder, not at every probe. */
const fileCounts = new Map<string, Promise<number>>();

/** True when every migration file is applied (for /api/ready). */
export async function migrationsUpToDate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<boolean> {
  let count = fileCounts.get(dir);
  if (!count) fileCounts.set(dir, (count = readMigrations(dir).then((m) => m.length)));
  const expected = await count;
  try {
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM schema_migrations');
    return Number(rows[0]?.n ?? 0) >= expected;
  } catch {
    return false; // no schema_migrations table yet
  }
}
