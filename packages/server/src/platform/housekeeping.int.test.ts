import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';
import { runHousekeeping } from './housekeeping';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('housekeeping', () => {
  it('removes expired sessions and week-old sign-in attempts, keeps live ones', async () => {
    const live = await t.userWith(['caseworker']);
    const expired = await t.userWith(['caseworker']);
    await t.ctx.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', expired.userId).execute();
    await t.ctx.db.insertInto('login_attempts').values({ username: 'old', ip: null, success: false, at: new Date(Date.now() - 8 * 86_400_000) }).execute();
    const result = await runHousekeeping(t.ctx);
    expect(result).toMatchObject({ sessions: 1, loginAttempts: 1 });
    expect((await live.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('audits a change of language preference', async () => {
    const user = await t.userWith(['caseworker']);
    expect((await user.request('PUT', '/api/auth/preferences', { locale: 'es' })).statusCode).toBe(200);
    const row = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.preferences').where('actor_username', '=', user.username).executeTakeFirst();
    expect(row?.details).toEqual({ locale: { before: 'en', after: 'es' } });
  });
});
