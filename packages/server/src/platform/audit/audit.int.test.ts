import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing';
import { appendAudit, verifyAuditChain } from './audit.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('chains entries and verifies them', async () => {
    for (let i = 0; i < 5; i++) await appendAudit(t.ctx.db, { action: 'test.event', outcome: 'success', details: { i, nested: { b: 1, a: [1, 'x'] } } });
    const result = await verifyAuditChain(t.ctx.db);
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(result.checked).toBeGreaterThanOrEqual(5);
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('finds a tampered row (edited by someone who got past the trigger)', async () => {
    const target = await t.ctx.db.selectFrom('audit_log').select('seq').where('action', '=', 'test.event').orderBy('seq').offset(2).limit(1).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.ctx.db);
    await sql`UPDATE audit_log SET details = '{"i": 99}' WHERE seq = ${target.seq}`.execute(t.ctx.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.ctx.db);
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(Number(target.seq));
    expect(result.reason).toMatch(/altered/);
  });

  it('the verify endpoint reports the break to the data-protection officer', async () => {
    const dpo = await t.userWith(['data_protection_officer']);
    const res = await dpo.request('GET', '/api/admin/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(false);
    const list = await dpo.request('GET', '/api/admin/audit?action=access&limit=5');
    expect(list.statusCode).toBe(200);
    const csv = await dpo.request('GET', '/api/admin/audit/export?action=test.event');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(6);
  });

  it('finds a removed row', async () => {
    const fresh = await createTestApp();
    try {
      for (let i = 0; i < 4; i++) await appendAudit(fresh.ctx.db, { action: 'test.event', outcome: 'success', details: { i } });
      const last = await fresh.ctx.db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      const removed = Number(last.seq) - 1;
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(fresh.ctx.db);
      await sql`DELETE FROM audit_log WHERE seq = ${removed}`.execute(fresh.ctx.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(fresh.ctx.db);
      const result = await verifyAuditChain(fresh.ctx.db);
      expect(result).toMatchObject({ ok: false, firstBrokenSeq: removed });
    } finally {
      await fresh.close();
    }
  });
});
