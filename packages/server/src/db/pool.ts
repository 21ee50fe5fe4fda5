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
  if (dataDir !== 'memory://') await fs.mkdir(path.resolve(dataDir), { recursive: true });
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
    },
  };
}
