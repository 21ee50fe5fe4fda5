import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/**
 * The one database handle of the process: a `pg` Pool, over PostgreSQL when a URL is given, otherwise over an
 * embedded PGlite through its node-postgres adapter. Everything above this file sees only `pg`.
 */
export interface Database {
  pool: pg.Pool;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string. When absent, PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder, or `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  max?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 10 });
    pool.on('error', () => {
      /* idle client errors surface on the next query; do not crash the process */
    });
    return { pool, kind: 'postgres', close: () => pool.end() };
  }
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPglite(dataDir: string): Promise<Database> {
  // Loaded lazily so a PostgreSQL deployment never pays for the WebAssembly module.
  const [{ PGlite }, { createPgConfig }, { pg_trgm }, { fuzzystrmatch }, { unaccent }, { btree_gin }] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/node-postgres'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('@electric-sql/pglite/contrib/fuzzystrmatch'),
      import('@electric-sql/pglite/contrib/unaccent'),
      import('@electric-sql/pglite/contrib/btree_gin'),
    ]);
  const releaseLock = dataDir === 'memory://' ? async () => undefined : await lockDataDir(path.resolve(dataDir));
  const pglite = await PGlite.create(dataDir === 'memory://' ? undefined : path.resolve(dataDir), {
    extensions: { pg_trgm, fuzzystrmatch, unaccent, btree_gin },
  });
  // PGlite is a single connection: the pool serialises clients over it.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as unknown as pg.PoolConfig);
  return {
    pool,
    kind: 'pglite',
    close: async () => {
      await pool.end();
      await pglite.close();
      await releaseLock();
    },
  };
}

export class DataDirInUseError extends Error {}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it. A lock file
 * with the owner's pid keeps a second Mizan out, with a clear message; a lock left by a dead process is taken over.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dir, { recursive: true });
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      const release = () => fs.rm(lockFile, { force: true });
      process.once('exit', () => {
        try {
          rmSync(lockFile, { force: true });
        } catch {
          /* best effort */
        }
      });
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(await fs.readFile(lockFile, 'utf8').catch(() => ''));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(`The data folder ${dir} is in use by another Mizan process (pid ${owner}). Stop it, or set MIZAN_DATA_DIR to another folder.`);
      }
      await fs.rm(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the data folder ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
