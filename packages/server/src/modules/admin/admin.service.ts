import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { auditQuerySchema, User } from '@mizan/core';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { appendAudit, toAuditEntry, verifyAuditChain } from '../../platform/audit/audit.service';
import { auditContext } from '../../platform/http/access';
import * as identity from '../../platform/identity/identity.service';

type AuditQuery = z.infer<typeof auditQuerySchema>;
export const EXPORT_ROW_LIMIT = 100_000;

export async function allUsers(ctx: AppContext, filter: identity.UserFilter): Promise<User[]> {
  const out: User[] = [];
  let cursor: string | undefined;
  do {
    const page = await identity.listUsers(ctx.db, filter, { cursor, limit: 200 });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < EXPORT_ROW_LIMIT);
  return out;
}

export async function auditExport(ctx: AppContext, request: FastifyRequest, recordType: string, rows: number) {
  await appendAudit(ctx.db, { ...auditContext(request), action: `${recordType}.export`, outcome: 'success', recordType, details: { rows, query: request.query } });
}

function auditFilter(ctx: AppContext, query: Omit<AuditQuery, 'limit' | 'cursor'>) {
  let q = ctx.db.selectFrom('audit_log').selectAll();
  if (query.actor) q = q.where('actor_username', '=', query.actor.toLowerCase());
  if (query.action) q = q.where('action', 'like', `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.recordType) q = q.where('record_type', '=', query.recordType);
  if (query.recordId) q = q.where(sql<boolean>`${query.recordId} = ANY(record_ids)`);
  if (query.outcome) q = q.where('outcome', '=', query.outcome);
  if (query.from) q = q.where('at', '>=', new Date(query.from));
  if (query.to) q = q.where('at', '<', new Date(query.to));
  return q;
}

/** Newest first; the cursor is the last sequence number seen. Reading the audit log is itself audited. */
export async function searchAudit(ctx: AppContext, request: FastifyRequest, query: AuditQuery) {
  let q = auditFilter(ctx, query);
  if (query.cursor) {
    const seq = Number(query.cursor);
    if (Number.isSafeInteger(seq)) q = q.where('seq', '<', String(seq) as never);
  }
  const rows = await q.orderBy('seq', 'desc').limit(query.limit + 1).execute();
  const items = rows.slice(0, query.limit).map((r) => toAuditEntry(r as never));
  await appendAudit(ctx.db, { ...auditContext(request), action: 'audit.search', outcome: 'success', recordType: 'audit', details: { query } });
  return { items, nextCursor: rows.length > query.limit ? String(items.at(-1)!.seq) : null };
}

export async function exportAudit(ctx: AppContext, request: FastifyRequest, query: Omit<AuditQuery, 'limit' | 'cursor'>) {
  const rows = await auditFilter(ctx, query).orderBy('seq', 'desc').limit(EXPORT_ROW_LIMIT).execute();
  await auditExport(ctx, request, 'audit', rows.length);
  return rows.map((r) => toAuditEntry(r as never));
}

export async function verifyAudit(ctx: AppContext, request: FastifyRequest) {
  const result = await verifyAuditChain(ctx.db);
  await appendAudit(ctx.db, { ...auditContext(request), action: 'audit.verify', outcome: result.ok ? 'success' : 'failure', details: { ...result } });
  return result;
}
