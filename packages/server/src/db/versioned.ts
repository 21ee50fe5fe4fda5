import { sql } from 'kysely';
import type { Executor } from './kysely';
import type { DB } from './schema';

/** A write carried a version that is no longer the row's: someone else changed it first. */
export class StaleVersionError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    readonly expected: number,
    readonly current: Record<string, unknown>,
  ) {
    super(`${table} ${id} is at version ${String(current.version)}, not ${expected}`);
  }
}

export class RowNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} not found`);
  }
}

/** Tables that carry the versioned columns and an `id` key column (or another unique key). */
export type VersionedTable = 'organisations' | 'roles' | 'users';

/**
 * The one way to change a versioned row: compare-and-set on `version`, raise it by one, stamp `updated_by`.
 * The history trigger copies the new state into row_history. A stale version raises StaleVersionError with
 * the row as it is now, so the caller can answer 409 with what changed.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { column: 'id' | 'key'; value: string },
  expectedVersion: number,
  patch: Record<string, unknown>,
  actorId: string | null,
): Promise<DB[T] extends infer R ? { [K in keyof R]: unknown } : never> {
  const values = { ...patch, version: sql`version + 1`, updated_by: actorId };
  // The dynamic table name defeats Kysely's column typing; callers pass already-validated column names.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const dyn = db as any;
  const updated = await dyn
    .updateTable(table)
    .set(values)
    .where(key.column, '=', key.value)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (updated) return updated;
  const current = await dyn.selectFrom(table).selectAll().where(key.column, '=', key.value).executeTakeFirst();
  if (!current) throw new RowNotFoundError(table, key.value);
  throw new StaleVersionError(table, key.value, expectedVersion, current as Record<string, unknown>);
}

/** The stored states of one row, oldest first. */
export async function historyOf(db: Executor, table: string, rowId: string) {
  return db
    .selectFrom('row_history')
    .select(['version', 'operation', 'data', 'changed_at', 'changed_by'])
    .where('table_name', '=', table)
    .where('row_id', '=', rowId)
    .orderBy('id')
    .execute();
}
