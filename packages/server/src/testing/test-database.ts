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

/**
 * A fresh, empty database for one test file: an in-memory PGlite, or a new database on the test PostgreSQL
 * server that is dropped afterwards. Nothing is shared between test files.
 */
export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const adminUrl = testPostgresUrl();
  const name = `mizan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
