import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/pool';

/** Which database the integration tests run on: set by the vitest project (int-pglite or int-postgres). */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.MIZAN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** The PostgreSQL server tests create their throwaway databases on. */
export function testPostgresUrl(): string {
  return process.env.MIZAN_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A new, empty database on the test PostgreSQL server, and how to drop it. */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = testPostgresUrl();
  const name = `mizan_test_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A fresh, empty database for one test file: an in-memory PGlite, or a new database on the test PostgreSQL
 * server that is dropped afterwards. Nothing is shared between test files.
 */
export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const created = await createPostgresTestDatabase();
  const database = await openDatabase({ url: created.url, max: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await created.drop();
    },
  };
}
