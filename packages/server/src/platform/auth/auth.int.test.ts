import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, totpCode, type TestApp } from '../../testing';
import { MAX_FAILURES_PER_USER } from './login-throttle';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const login = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('sign-in', () => {
  it('signs a non-privileged user straight in with an HttpOnly SameSite cookie', async () => {
    const { password } = await t.createUser({ username: 'plain.user', roles: ['caseworker'] });
    const res = await login('plain.user', password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'active', user: { username: 'plain.user', roles: ['caseworker'] } });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
  });

  it('refuses a wrong password and an unknown user alike, and audits both', async () => {
    await t.createUser({ username: 'victim.user', roles: ['caseworker'] });
    const wrong = await login('victim.user', 'not-the-password');
    const unknown = await login('nobody.here', 'whatever-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().type).toBe(unknown.json().type);
    const rows = await t.ctx.db.selectFrom('audit_log').select(['actor_username', 'outcome']).where('action', '=', 'auth.login').where('outcome', '=', 'failure').execute();
    expect(rows.map((r) => r.actor_username)).toEqual(expect.arrayContaining(['victim.user', 'nobody.here']));
  });

  it('locks a user name temporarily after repeated failures, even for the right password', async () => {
    const { password } = await t.createUser({ username: 'locked.user', roles: ['caseworker'] });
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++) expect((await login('locked.user', 'wrong-password-x')).statusCode).toBe(401);
    const locked = await login('locked.user', password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().type).toMatch(/\/locked$/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rotates the session on sign-in: the old cookie stops working', async () => {
    const { password } = await t.createUser({ username: 'rotating.user', roles: ['caseworker'] });
    const first = await t.signIn('rotating.user', password);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: first.cookie }, payload: { username: 'rotating.user', password } });
    expect(again.statusCode).toBe(200);
    expect((await first.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('rejects a password shorter than 12 characters when creating a user', async () => {
    const admin = await t.userWith(['admin']);
    const org = (await admin.request('GET', '/api/admin/organisations')).json().items[0];
    const res = await admin.request('POST', '/api/admin/users', {
      username: 'short.pw',
      displayName: 'Short',
      organisationId: org.id,
      roles: ['caseworker'],
      password: 'short',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.password');
  });
});

describe('second factor', () => {
  it('forces TOTP enrolment for a privileged role, then asks for a code at every sign-in', async () => {
    const { password } = await t.createUser({ username: 'new.admin', roles: ['admin'] });
    const first = await login('new.admin', password);
    expect(first.json()).toMatchObject({ stage: 'enrolment', user: null });
    const cookie = `mizan_session=${first.cookies.find((c) => c.name === 'mizan_session')!.value}`;
    const csrf = first.json().csrfToken;
    // Nothing but the enrolment is reachable before it is done.
    const blocked = await t.app.inject({ url: '/api/admin/users', headers: { cookie } });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().type).toMatch(/second-factor-required$/);

    const start = await t.app.inject({ method: 'POST', url: '/api/auth/enrolment/start', headers: { cookie, 'x-csrf-token': csrf } });
    expect(start.json().qrSvg).toMatch(/^<svg/);
    const secret = start.json().secret as string;
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/enrolment/confirm', headers: { cookie, 'x-csrf-token': csrf }, payload: { code: '000000' === totpCode(secret) ? '111111' : '000000' } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/enrolment/confirm', headers: { cookie, 'x-csrf-token': csrf }, payload: { code: totpCode(secret) } });
    expect(ok.json()).toMatchObject({ stage: 'active', user: { username: 'new.admin', totpEnrolled: true, secondFactorRequired: true } });

    const second = await login('new.admin', password);
    expect(second.json().stage).toBe('second-factor');
    const c2 = `mizan_session=${second.cookies.find((c) => c.name === 'mizan_session')!.value}`;
    // The code used for enrolment cannot be replayed.
    const replay = await t.app.inject({ method: 'POST', url: '/api/auth/second-factor', headers: { cookie: c2, 'x-csrf-token': second.json().csrfToken }, payload: { code: totpCode(secret) } });
    expect(replay.statusCode).toBe(401);
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { cookie: c2, 'x-csrf-token': second.json().csrfToken },
      payload: { code: totpCode(secret, Date.now() + 30_000) },
    });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().stage).toBe('active');
  });
});

describe('sessions', () => {
  it('logs out: the cookie no longer works', async () => {
    const user = await t.userWith(['caseworker']);
    expect((await user.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await user.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('expires an idle session', async () => {
    const user = await t.userWith(['caseworker']);
    await t.ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - t.ctx.config.sessionIdleMs - 1000) })
      .where('user_id', '=', user.userId)
      .execute();
    expect((await user.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('expires a session past its absolute lifetime', async () => {
    const user = await t.userWith(['caseworker']);
    await t.ctx.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', user.userId).execute();
    expect((await user.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('ends the sessions of a user an administrator disables', async () => {
    const admin = await t.userWith(['admin']);
    const user = await t.userWith(['caseworker']);
    const current = (await admin.request('GET', `/api/admin/users/${user.userId}`)).json();
    const res = await admin.request('PATCH', `/api/admin/users/${user.userId}`, { version: current.version, disabled: true });
    expect(res.statusCode).toBe(200);
    expect((await user.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('changes one’s own password and signs out other sessions', async () => {
    const { password } = await t.createUser({ username: 'pw.changer', roles: ['caseworker'] });
    const a = await t.signIn('pw.changer', password);
    const b = await t.signIn('pw.changer', password);
    const res = await a.request('POST', '/api/auth/password', { currentPassword: password, newPassword: 'A-brand-new-password-1' });
    expect(res.statusCode).toBe(204);
    expect((await a.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await b.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await login('pw.changer', 'A-brand-new-password-1')).statusCode).toBe(200);
  });
});
