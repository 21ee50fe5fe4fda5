import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema';
import type { AuditEntry, AuditVerification } from '@mizan/core';
import type { Db, Executor, Tx } from '../../db/kysely';

/** Any fixed number: the key of the transaction lock that serialises appends, so the chain has one order. */
const AUDIT_LOCK_KEY = 72_616_002;
const GENESIS = '0'.repeat(64);

export interface AuditActor {
  userId: string;
  username: string;
  roles: readonly string[];
  organisationId: string;
}

export interface AuditEvent {
  actor?: AuditActor | null;
  /** For events without a signed-in actor (a failed sign-in): the user name that was tried. */
  username?: string | null;
  action: string;
  recordType?: string | null;
  recordIds?: readonly string[];
  purpose?: string | null;
  sensitivity?: string | null;
  ip?: string | null;
  requestId?: string | null;
  outcome: 'success' | 'denied' | 'failure';
  details?: Record<string, unknown>;
}

interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  roles: string[];
  organisationId: string | null;
  action: string;
  recordType: string | null;
  recordIds: string[];
  purpose: string | null;
  sensitivity: string | null;
  ip: string | null;
  requestId: string | null;
  outcome: string;
  details: unknown;
}

/** JSON with object keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

async function appendInTx(tx: Tx, event: AuditEvent): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(tx);
  const last = await tx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields: ChainedFields = {
    seq: last ? Number(last.seq) + 1 : 1,
    at: new Date().toISOString(),
    actorId: event.actor?.userId ?? null,
    actorUsername: event.actor?.username ?? event.username ?? null,
    roles: [...(event.actor?.roles ?? [])],
    organisationId: event.actor?.organisationId ?? null,
    action: event.action,
    recordType: event.recordType ?? null,
    recordIds: [...(event.recordIds ?? [])],
    purpose: event.purpose ?? null,
    sensitivity: event.sensitivity ?? null,
    ip: event.ip ?? null,
    requestId: event.requestId ?? null,
    outcome: event.outcome,
    details: JSON.parse(JSON.stringify(event.details ?? {})),
  };
  const prevHash = last?.hash ?? GENESIS;
  await tx
    .insertInto('audit_log')
    .values({
      seq: fields.seq,
      at: fields.at,
      actor_id: fields.actorId,
      actor_username: fields.actorUsername,
      roles: fields.roles,
      organisation_id: fields.organisationId,
      action: fields.action,
      record_type: fields.recordType,
      record_ids: fields.recordIds,
      purpose: fields.purpose,
      sensitivity: fields.sensitivity,
      ip: fields.ip,
      request_id: fields.requestId,
      outcome: fields.outcome as 'success',
      details: JSON.stringify(fields.details),
      prev_hash: prevHash,
      hash: chainHash(prevHash, fields),
    })
    .execute();
}

/**
 * Appends one event. Pass the transaction of the business change so that the change and its audit row commit
 * together (nothing changes without its trace); pass the database for events that stand alone.
 */
export async function appendAudit(db: Executor, event: AuditEvent): Promise<void> {
  if (db.isTransaction) return appendInTx(db as Tx, event);
  await (db as Db).transaction().execute((tx) => appendInTx(tx, event));
}

/** An audit row as read from the database. */
type AuditRow = Selectable<AuditLogTable>;

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    roles: row.roles,
    organisationId: row.organisation_id,
    action: row.action,
    recordType: row.record_type,
    recordIds: row.record_ids,
    purpose: row.purpose,
    sensitivity: row.sensitivity,
    ip: row.ip,
    requestId: row.request_id,
    outcome: row.outcome,
    details: row.details,
  };
}

/**
 * Walks the whole chain in order and reports the first row that does not fit: a gap in the sequence (a removed
 * row), a previous-hash that is not the previous row's hash (a removed or reordered row), or a hash that does not
 * match the content (an edited row).
 */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = (await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', String(expectedSeq) as never)
      .orderBy('seq')
      .limit(batchSize)
      .execute()) as unknown as AuditRow[];
    if (rows.length === 0) return { ok: true, checked, firstBrokenSeq: null, reason: null };
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (reason: string): AuditVerification => ({ ok: false, checked, firstBrokenSeq: seq, reason });
      if (seq !== expectedSeq) return { ...broken(`row ${expectedSeq} is missing`), firstBrokenSeq: expectedSeq };
      if (row.prev_hash !== prevHash) return broken('previous-hash link does not match the previous row');
      const e = toAuditEntry(row);
      const recomputed = chainHash(prevHash, {
        seq,
        at: e.at,
        actorId: e.actorId,
        actorUsername: e.actorUsername,
        roles: e.roles,
        organisationId: e.organisationId,
        action: e.action,
        recordType: e.recordType,
        recordIds: e.recordIds,
        purpose: e.purpose,
        sensitivity: e.sensitivity,
        ip: e.ip,
        requestId: e.requestId,
        outcome: e.outcome,
        details: e.details,
      });
      if (recomputed !== row.hash) return broken('content does not match its hash (the row was altered)');
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked++;
    }
  }
}
