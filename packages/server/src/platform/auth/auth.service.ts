import type { Locale, Me, SessionState, SessionStage } from '@mizan/core';
import type { Executor } from '../../db/kysely';
import { updateVersioned } from '../../db/versioned';
import type { AppContext } from '../context';
import type { Actor } from '../authz/actor';
import { appendAudit } from '../audit/audit.service';
import { HttpProblem } from '../errors';
import { credentialsOf, findUserForLogin, loadActor, rolesArePrivileged } from '../identity/identity.repo';
import { checkLoginThrottle, recordLoginAttempt } from './login-throttle';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { createSession, deleteSession, deleteUserSessions, type SessionRow } from './sessions';
import { API_TOKEN_PREFIX, hashToken, newToken } from './tokens';
import { checkTotp, enrolmentFor, newTotpSecret } from './totp';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export interface SignInResult {
  token: string;
  state: SessionState;
}

function policyOf(ctx: AppContext) {
  return { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs };
}

export async function meOf(db: Executor, actor: Actor): Promise<Me> {
  const org = await db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'kind'])
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  const cred = await credentialsOf(db, actor.userId);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    locale: actor.locale as Locale,
    organisation: { ...org, kind: org.kind as Me['organisation']['kind'] },
    roles: [...actor.roles],
    permissions: [...actor.permissions].sort(),
    scope: actor.scope,
    clearances: [...actor.clearances],
    totpEnrolled: !!cred.totp_enrolled_at,
    secondFactorRequired: actor.privileged,
  };
}

export async function sessionStateOf(ctx: AppContext, session: SessionRow, actor: Actor | null): Promise<SessionState> {
  const user = await ctx.db.selectFrom('users').select('display_name').where('id', '=', session.userId).executeTakeFirst();
  return {
    stage: session.stage,
    csrfToken: session.csrfToken,
    user: actor && session.stage === 'active' ? await meOf(ctx.db, actor) : null,
    displayName: user?.display_name ?? '',
  };
}

/** Replaces the current session by a new one (new token, new CSRF token) at every step up in trust. */
async function startSession(ctx: AppContext, userId: string, stage: SessionStage, meta: RequestMeta, replacing?: string | null) {
  return ctx.db.transaction().execute(async (tx) => {
    if (replacing) await deleteSession(tx, replacing);
    const created = await createSession(tx, userId, stage, policyOf(ctx), meta);
    if (stage === 'active') {
      await tx.updateTable('user_credentials').set({ last_login_at: new Date() }).where('user_id', '=', userId).execute();
    }
    return created;
  });
}

async function finish(ctx: AppContext, created: { token: string; session: SessionRow }): Promise<SignInResult> {
  const actor = created.session.stage === 'active' ? await loadActor(ctx.db, created.session.userId, 'session') : null;
  return { token: created.token, state: await sessionStateOf(ctx, created.session, actor) };
}

export async function login(
  ctx: AppContext,
  input: { username: string; password: string },
  meta: RequestMeta,
  currentSessionHash: string | null,
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const verdict = await checkLoginThrottle(ctx.db, username, meta.ip);
  if (!verdict.allowed) {
    await appendAudit(ctx.db, {
      username,
      action: 'auth.login',
      outcome: 'denied',
      ip: meta.ip,
      requestId: meta.requestId,
      details: { reason: verdict.reason },
    });
    throw new HttpProblem(429, verdict.reason!, undefined, { headers: { 'retry-after': String(verdict.retryAfterSeconds) } });
  }
  const user = await findUserForLogin(ctx.db, username);
  // The same work whether or not the user exists, so timing does not reveal user names.
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
  if (!user || !passwordOk || user.disabled) {
    await recordLoginAttempt(ctx.db, username, meta.ip, false);
    await appendAudit(ctx.db, {
      username,
      action: 'auth.login',
      outcome: 'failure',
      ip: meta.ip,
      requestId: meta.requestId,
      recordType: user ? 'user' : null,
      recordIds: user ? [user.id] : [],
      details: { reason: !user ? 'unknown-user' : user.disabled && passwordOk ? 'disabled' : 'wrong-password' },
    });
    throw new HttpProblem(401, 'invalid-credentials');
  }
  await recordLoginAttempt(ctx.db, username, meta.ip, true);
  if (needsRehash(user.password_hash)) {
    await ctx.db
      .updateTable('user_credentials')
      .set({ password_hash: await hashPassword(input.password) })
      .where('user_id', '=', user.id)
      .execute();
  }
  const privileged = await rolesArePrivileged(ctx.db, user.roles);
  const stage: SessionStage = user.totp_enrolled_at ? 'second-factor' : privileged ? 'enrolment' : 'active';
  const created = await startSession(ctx, user.id, stage, meta, currentSessionHash);
  await appendAudit(ctx.db, {
    actor: { userId: user.id, username: user.username, roles: user.roles, organisationId: user.organisation_id },
    action: stage === 'active' ? 'auth.login' : 'auth.password-accepted',
    outcome: 'success',
    ip: meta.ip,
    requestId: meta.requestId,
    recordType: 'user',
    recordIds: [user.id],
    details: { nextStage: stage },
  });
  return finish(ctx, created);
}

async function acceptTotpStep(tx: Executor, userId: string, secret: string, code: string, lastStep: string | null) {
  const step = checkTotp(secret, code);
  if (step === null || (lastStep !== null && step <= Number(lastStep))) return false;
  await tx.updateTable('user_credentials').set({ totp_last_step: step }).where('user_id', '=', userId).execute();
  return true;
}

export async function verifySecondFactor(ctx: AppContext, session: SessionRow, code: string, meta: RequestMeta) {
  if (session.stage !== 'second-factor') throw new HttpProblem(409, 'conflict', 'No second factor is pending');
  const cred = await credentialsOf(ctx.db, session.userId);
  const ok = cred.totp_secret && (await acceptTotpStep(ctx.db, session.userId, ctx.secrets.open(cred.totp_secret), code, cred.totp_last_step));
  const username = (await ctx.db.selectFrom('users').select('username').where('id', '=', session.userId).executeTakeFirstOrThrow()).username;
  if (!ok) {
    await recordLoginAttempt(ctx.db, username, meta.ip, false);
    await appendAudit(ctx.db, { username, action: 'auth.second-factor', outcome: 'failure', ip: meta.ip, requestId: meta.requestId });
    const verdict = await checkLoginThrottle(ctx.db, username, meta.ip);
    if (!verdict.allowed) await deleteSession(ctx.db, session.tokenHash);
    throw new HttpProblem(401, 'invalid-second-factor');
  }
  const created = await startSession(ctx, session.userId, 'active', meta, session.tokenHash);
  await appendAudit(ctx.db, { username, action: 'auth.login', outcome: 'success', ip: meta.ip, requestId: meta.requestId, details: { secondFactor: 'totp' } });
  return finish(ctx, created);
}

export async function startEnrolment(ctx: AppContext, session: SessionRow) {
  const user = await ctx.db.selectFrom('users').select('username').where('id', '=', session.userId).executeTakeFirstOrThrow();
  const secret = newTotpSecret();
  await ctx.db
    .updateTable('sessions')
    .set({ pending_totp_secret: ctx.secrets.seal(secret) })
    .where('token_hash', '=', session.tokenHash)
    .execute();
  return enrolmentFor(secret, user.username);
}

/** Confirms a TOTP enrolment with a first code; from a forced enrolment at sign-in or from an active session. */
export async function confirmEnrolment(ctx: AppContext, session: SessionRow, code: string, meta: RequestMeta) {
  const fresh = await ctx.db.selectFrom('sessions').select('pending_totp_secret').where('token_hash', '=', session.tokenHash).executeTakeFirst();
  if (!fresh?.pending_totp_secret) throw new HttpProblem(409, 'conflict', 'Start the enrolment first');
  const secret = ctx.secrets.open(fresh.pending_totp_secret);
  const user = await ctx.db
    .selectFrom('users')
    .select(['username', 'roles', 'organisation_id'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow();
  const enrollingActor = { userId: session.userId, username: user.username, roles: user.roles, organisationId: user.organisation_id };
  const step = checkTotp(secret, code);
  if (step === null) {
    await appendAudit(ctx.db, { actor: enrollingActor, action: 'auth.totp-enrol', outcome: 'failure', ip: meta.ip, requestId: meta.requestId });
    throw new HttpProblem(400, 'invalid-second-factor', undefined, {
      errors: [{ field: 'body.code', code: 'invalid-second-factor', message: 'The code does not match' }],
    });
  }
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('user_credentials')
      .set({ totp_secret: ctx.secrets.seal(secret), totp_enrolled_at: new Date(), totp_last_step: step })
      .where('user_id', '=', session.userId)
      .execute();
    await appendAudit(tx, {
      actor: enrollingActor,
      action: 'auth.totp-enrol',
      outcome: 'success',
      recordType: 'user',
      recordIds: [session.userId],
      ip: meta.ip,
      requestId: meta.requestId,
    });
    // Any other session of this user was opened without this factor: close them.
    await deleteUserSessions(tx, session.userId, session.tokenHash);
  });
  return finish(ctx, await startSession(ctx, session.userId, 'active', meta, session.tokenHash));
}

export async function logout(ctx: AppContext, session: SessionRow | null, actor: Actor | null, meta: RequestMeta) {
  if (!session) return;
  await deleteSession(ctx.db, session.tokenHash);
  await appendAudit(ctx.db, {
    actor: actor ? { userId: actor.userId, username: actor.username, roles: actor.roles, organisationId: actor.organisationId } : null,
    action: 'auth.logout',
    outcome: 'success',
    ip: meta.ip,
    requestId: meta.requestId,
  });
}

export async function setLocale(ctx: AppContext, actor: Actor, locale: Locale, meta: RequestMeta) {
  await ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('users').select(['version', 'locale']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
    if (row.locale === locale) return;
    await updateVersioned(tx, 'users', { column: 'id', value: actor.userId }, row.version, { locale }, actor.userId);
    await appendAudit(tx, {
      actor: { ...actor },
      action: 'auth.preferences',
      outcome: 'success',
      recordType: 'user',
      recordIds: [actor.userId],
      ip: meta.ip,
      requestId: meta.requestId,
      details: { locale: { before: row.locale, after: locale } },
    });
  });
}

export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  session: SessionRow | null,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
) {
  const cred = await credentialsOf(ctx.db, actor.userId);
  if (!(await verifyPassword(input.currentPassword, cred.password_hash))) {
    await appendAudit(ctx.db, { actor: { ...actor }, action: 'auth.password-change', outcome: 'failure', ip: meta.ip, requestId: meta.requestId });
    throw new HttpProblem(400, 'validation', 'The current password is wrong', {
      errors: [{ field: 'body.currentPassword', code: 'wrong-password', message: 'The current password is wrong' }],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (tx) => {
    await tx.updateTable('user_credentials').set({ password_hash: hash, password_changed_at: new Date() }).where('user_id', '=', actor.userId).execute();
    await deleteUserSessions(tx, actor.userId, session?.tokenHash);
    await appendAudit(tx, {
      actor: { ...actor },
      action: 'auth.password-change',
      outcome: 'success',
      recordType: 'user',
      recordIds: [actor.userId],
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}

export async function listApiTokens(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'expires_at', 'last_used_at'])
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at?.toISOString() ?? null,
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
  }));
}

export async function createApiToken(ctx: AppContext, actor: Actor, input: { name: string; expiresInDays?: number | undefined }, meta: RequestMeta) {
  const token = newToken(API_TOKEN_PREFIX);
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('api_tokens')
      .values({ user_id: actor.userId, name: input.name, token_hash: hashToken(token), expires_at: expiresAt })
      .returning(['id', 'name', 'created_at', 'expires_at', 'last_used_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      actor: { ...actor },
      action: 'auth.api-token-create',
      outcome: 'success',
      recordType: 'api_token',
      recordIds: [row.id],
      ip: meta.ip,
      requestId: meta.requestId,
      details: { name: input.name, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return {
      id: row.id,
      name: row.name,
      createdAt: row.created_at.toISOString(),
      expiresAt: row.expires_at?.toISOString() ?? null,
      lastUsedAt: null,
      token,
    };
  });
}

export async function revokeApiToken(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta) {
  await ctx.db.transaction().execute(async (tx) => {
    const res = await tx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new HttpProblem(404, 'not-found', 'No such token');
    await appendAudit(tx, {
      actor: { ...actor },
      action: 'auth.api-token-revoke',
      outcome: 'success',
      recordType: 'api_token',
      recordIds: [id],
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}
