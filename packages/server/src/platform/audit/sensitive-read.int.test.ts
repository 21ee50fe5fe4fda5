import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SensitivityClass } from '@mizan/core';
import { createTestApp, type TestApp } from '../../testing';
import { auditSensitiveRead, PURPOSE_HEADER } from './sensitive-read';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    // A stand-in for a module route that returns a record of a given class (the real ones come with the modules).
    configure: (app, ctx) =>
      app.get<{ Params: { cls: SensitivityClass } }>('/api/persons/probe/:cls', { config: { access: 'persons:read' } }, async (request) => {
        await auditSensitiveRead(ctx, request, { recordType: 'probe', recordIds: ['rec-1'], sensitivity: request.params.cls });
        return { ok: true };
      }),
  });
});
afterAll(async () => t?.close());

const auditOf = (username: string) =>
  t.ctx.db.selectFrom('audit_log').selectAll().where('actor_username', '=', username).where('action', '=', 'probe.read').orderBy('seq').execute();

describe('reads of sensitive data', () => {
  it('refuses a reader without the clearance, and audits the refusal', async () => {
    const caseworker = await t.userWith(['caseworker']);
    const res = await caseworker.request('GET', '/api/persons/probe/sensitive', undefined, { [PURPOSE_HEADER]: 'case review' });
    expect(res.statusCode).toBe(403);
    expect((await auditOf(caseworker.username)).map((r) => r.outcome)).toEqual(['denied']);
  });

  it('requires a stated purpose for sensitive data and records it', async () => {
    const officer = await t.userWith(['victim_protection_officer']);
    const missing = await officer.request('GET', '/api/persons/probe/sensitive');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe(`headers.${PURPOSE_HEADER}`);
    const ok = await officer.request('GET', '/api/persons/probe/sensitive', undefined, { [PURPOSE_HEADER]: 'referral to shelter' });
    expect(ok.statusCode).toBe(200);
    const rows = await auditOf(officer.username);
    expect(rows.at(-1)).toMatchObject({ outcome: 'success', sensitivity: 'sensitive', purpose: 'referral to shelter', record_ids: ['rec-1'] });
  });

  it('audits personal-class reads without requiring a purpose', async () => {
    const caseworker = await t.userWith(['caseworker']);
    expect((await caseworker.request('GET', '/api/persons/probe/personal')).statusCode).toBe(200);
    expect((await auditOf(caseworker.username)).map((r) => r.outcome)).toEqual(['success']);
  });
});
