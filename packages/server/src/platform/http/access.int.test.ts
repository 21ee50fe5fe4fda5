import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHENTICATED, PUBLIC } from '@mizan/core';
import { createTestApp, type TestApp } from '../../testing';

/** Routes that may be called without signing in: health, readiness, sign-in, API documentation, web assets. */
const PUBLIC_ALLOWED = [/^\/api\/health$/, /^\/api\/ready$/, /^\/api\/auth\/login$/, /^\/api\/openapi\.json$/, /^\/api\/docs(\/|$)/];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('every route declares its access', () => {
  it('has a declaration on every registered route', () => {
    expect(t.app.routeRegistry.length).toBeGreaterThan(20);
    const undeclared = t.app.routeRegistry.filter((r) => r.access === undefined);
    expect(undeclared).toEqual([]);
  });

  it('keeps public API routes to the allowed list', () => {
    const publicApi = t.app.routeRegistry.filter((r) => r.access === PUBLIC && (r.url.startsWith('/api') || r.url === '/metrics'));
    const unexpected = publicApi.filter((r) => !PUBLIC_ALLOWED.some((re) => re.test(r.url)));
    expect(unexpected).toEqual([]);
  });

  it('answers 401 problem+json to an anonymous caller on every protected route', async () => {
    const protectedRoutes = t.app.routeRegistry.filter((r) => r.access !== PUBLIC && r.access !== undefined);
    expect(protectedRoutes.length).toBeGreaterThan(15);
    for (const route of protectedRoutes) {
      const url = route.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('permissions', () => {
  it('refuses a role without the permission with 403 and writes an audit row', async () => {
    const caseworker = await t.userWith(['caseworker']);
    const res = await caseworker.request('GET', '/api/admin/users');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ type: expect.stringContaining('/forbidden'), status: 403 });
    const row = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor_username', '=', caseworker.username)
      .where('action', '=', 'access.denied')
      .executeTakeFirst();
    expect(row).toMatchObject({ outcome: 'denied', roles: ['caseworker'] });
    expect(row?.details).toMatchObject({ permission: 'admin:users-read', route: '/api/admin/users' });
  });

  it('lets any signed-in user read the dashboard, with only the figures they may see', async () => {
    const statistician = await t.userWith(['statistician']);
    const res = await statistician.request('GET', '/api/dashboard');
    expect(res.statusCode).toBe(200);
    expect(res.json().figures.map((f: { key: string }) => f.key)).not.toContain('users');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const user = await t.userWith(['caseworker']);
    const res = await t.app.inject({ method: 'PUT', url: '/api/auth/preferences', headers: { cookie: user.cookie }, payload: { locale: 'ar' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toMatch(/\/csrf$/);
    const ok = await user.request('PUT', '/api/auth/preferences', { locale: 'ar' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.locale).toBe('ar');
  });

  it('declares only known permissions', () => {
    for (const route of t.app.routeRegistry) {
      if (route.access === PUBLIC || route.access === AUTHENTICATED) continue;
      expect(route.access).toMatch(/^[a-z]+:[a-z-]+$/);
    }
  });
});

describe('bad input gets a clear 4xx answer', () => {
  let admin: Awaited<ReturnType<TestApp['userWith']>>;
  beforeAll(async () => {
    admin = await t.userWith(['admin']);
  });

  it('malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a"',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toMatch(/\/malformed-json$/);
  });

  it('wrong types and unknown fields name the field', async () => {
    const wrongType = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 5 } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors).toEqual([expect.objectContaining({ field: 'body.password', code: 'invalid_type' })]);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'b', admin: true } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'body.admin', code: 'unrecognized_keys' })]);
  });

  it('an oversize body gets 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a', password: 'x'.repeat(2_000_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().type).toMatch(/\/payload-too-large$/);
  });

  it('an unsupported content type gets 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(res.statusCode).toBe(415);
  });

  it('validation titles follow Accept-Language', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'es-ES,es;q=0.9' }, payload: {} });
    expect(res.json().title).toBe('La solicitud tiene campos no válidos');
  });

  it('an invalid query parameter and an invalid path id', async () => {
    const q = await admin.request('GET', '/api/admin/users?limit=100000');
    expect(q.statusCode).toBe(400);
    expect(q.json().errors[0].field).toBe('querystring.limit');
    const p = await admin.request('GET', '/api/admin/users/not-a-uuid');
    expect(p.statusCode).toBe(400);
    expect(p.json().errors[0].field).toBe('params.id');
  });

  it('an unknown API path gets a problem+json 404', async () => {
    const res = await admin.request('GET', '/api/nothing/here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('platform endpoints', () => {
  it('health, ready and the OpenAPI document', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/api/ready' })).json()).toMatchObject({ status: 'ready' });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/admin/users');
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('serves metrics to a holder of admin:metrics-read through an API token', async () => {
    const admin = await t.userWith(['admin']);
    const created = await admin.request('POST', '/api/auth/tokens', { name: 'prometheus' });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const res = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('mizan_http_request_duration_seconds');
    const revoke = await admin.request('DELETE', `/api/auth/tokens/${created.json().id}`);
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });
});
