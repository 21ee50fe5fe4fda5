import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SessionState } from '@mizan/core';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createKysely } from '../db/kysely';
import { migrate } from '../db/migrate';
import type { AppContext } from '../platform/context';
import { SecretBox } from '../platform/auth/secret-box';
import { totpCode } from '../platform/auth/totp';
import { DIRECTORATE_CODE, ensureBaseline } from '../platform/identity/bootstrap';
import { createUser } from '../platform/identity/identity.service';
import { openTestDatabase } from './test-database';

export interface TestContext {
  ctx: AppContext;
  close(): Promise<void>;
}

/** A migrated database with the baseline (roles, directorate) and an application context over it. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  await migrate(database.pool);
  const db = createKysely(database.pool);
  await ensureBaseline(db);
  const config = loadConfig({ MIZAN_LOG_LEVEL: 'silent', MIZAN_DATA_DIR: '/nonexistent', ...env });
  const ctx: AppContext = { config, database, db, secrets: new SecretBox(randomBytes(32)) };
  return { ctx, close: () => database.close() };
}

/** A signed-in client of the test application: carries the session cookie and the CSRF token. */
export interface TestClient {
  username: string;
  userId: string;
  cookie: string;
  csrfToken: string;
  totpSecret: string | null;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface TestApp extends TestContext {
  app: FastifyInstance;
  /** Creates a user in the directorate (or the given organisation) with the given roles. */
  createUser(opts: { username: string; roles: string[]; password?: string; organisationCode?: string }): Promise<{ id: string; password: string }>;
  /** Signs a user in through the API, enrolling TOTP on the way when the role requires it. */
  signIn(username: string, password: string, totpSecret?: string | null): Promise<TestClient>;
  /** createUser + signIn. */
  userWith(roles: string[], username?: string): Promise<TestClient>;
}

function sessionCookieOf(response: LightMyRequestResponse): string | null {
  const cookie = response.cookies.find((c) => c.name === 'mizan_session');
  return cookie ? `mizan_session=${cookie.value}` : null;
}

let counter = 0;

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Extra routes for a test (e.g. a stand-in for a module route), registered before the app is ready. */
  configure?: (app: FastifyInstance, ctx: AppContext) => void;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const base = await createTestContext(options.env);
  const app = await buildApp(base.ctx, { logger: false });
  options.configure?.(app, base.ctx);
  await app.ready();

  const createTestUser: TestApp['createUser'] = async ({ username, roles, password, organisationCode }) => {
    const pwd = password ?? `Test-password-${randomBytes(6).toString('hex')}`;
    const org = await base.ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', organisationCode ?? DIRECTORATE_CODE)
      .executeTakeFirstOrThrow();
    const user = await base.ctx.db
      .transaction()
      .execute((tx) => createUser(tx, { username, displayName: username, locale: 'en', organisationId: org.id, roles, password: pwd }, { actor: null }));
    return { id: user.id, password: pwd };
  };

  const signIn: TestApp['signIn'] = async (username, password, knownSecret = null) => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (login.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${login.statusCode} ${login.body}`);
    let cookie = sessionCookieOf(login)!;
    let state = login.json<SessionState>();
    let totpSecret = knownSecret;
    if (state.stage === 'enrolment') {
      const start = await app.inject({ method: 'POST', url: '/api/auth/enrolment/start', headers: { cookie, 'x-csrf-token': state.csrfToken } });
      totpSecret = start.json<{ secret: string }>().secret;
      const confirm = await app.inject({
        method: 'POST',
        url: '/api/auth/enrolment/confirm',
        headers: { cookie, 'x-csrf-token': state.csrfToken },
        payload: { code: totpCode(totpSecret) },
      });
      if (confirm.statusCode !== 200) throw new Error(`enrolment failed: ${confirm.body}`);
      cookie = sessionCookieOf(confirm)!;
      state = confirm.json<SessionState>();
    } else if (state.stage === 'second-factor') {
      if (!totpSecret) throw new Error('second factor needed but no TOTP secret given');
      // A code is accepted once per time step: use the next step's code (within the allowed drift).
      const verify = await app.inject({
        method: 'POST',
        url: '/api/auth/second-factor',
        headers: { cookie, 'x-csrf-token': state.csrfToken },
        payload: { code: totpCode(totpSecret, Date.now() + 30_000) },
      });
      if (verify.statusCode !== 200) throw new Error(`second factor failed: ${verify.body}`);
      cookie = sessionCookieOf(verify)!;
      state = verify.json<SessionState>();
    }
    const csrfToken = state.csrfToken;
    return {
      username,
      userId: state.user!.id,
      cookie,
      csrfToken,
      totpSecret,
      request: (method, url, body, headers = {}) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
          ...(body !== undefined ? { payload: body as object } : {}),
        }),
    };
  };

  return {
    ...base,
    app,
    createUser: createTestUser,
    signIn,
    async userWith(roles, username) {
      const name = username ?? `user${++counter}.${randomBytes(3).toString('hex')}`;
      const { password } = await createTestUser({ username: name, roles });
      return signIn(name, password);
    },
    close: async () => {
      await app.close();
      await base.close();
    },
  };
}
