import { sql } from 'kysely';
import type { SessionStage } from '@mizan/core';
import type { Executor } from '../../db/kysely';
import { hashToken, newToken } from './tokens';

export interface SessionRow {
  tokenHash: string;
  userId: string;
  stage: SessionStage;
  csrfToken: string;
  pendingTotpSecret: string | null;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

/** Starts a session; the returned token goes into the cookie and is never stored. */
export async function createSession(
  db: Executor,
  userId: string,
  stage: SessionStage,
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; session: SessionRow }> {
  const token = newToken();
  const now = Date.now();
  const session: SessionRow = {
    tokenHash: hashToken(token),
    userId,
    stage,
    csrfToken: newToken(),
    pendingTotpSecret: null,
    lastSeenAt: new Date(now),
    // A session still on its second-factor step lives at most 10 minutes.
    expiresAt: new Date(now + (stage === 'active' ? policy.absoluteMs : Math.min(policy.absoluteMs, 600_000))),
  };
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: userId,
      stage,
      csrf_token: session.csrfToken,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 400) ?? null,
    })
    .execute();
  return { token, session };
}

/** The live session for a cookie token, or null when unknown, idle too long or past its absolute expiry. */
export async function findSession(db: Executor, token: string, policy: SessionPolicy): Promise<SessionRow | null> {
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (row.expires_at.getTime() <= now || row.last_seen_at.getTime() + policy.idleMs <= now) {
    await db.deleteFrom('sessions').where('token_hash', '=', row.token_hash).execute();
    return null;
  }
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    stage: row.stage,
    csrfToken: row.csrf_token,
    pendingTotpSecret: row.pending_totp_secret,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

/** Keeps an active session alive; written at most once a minute so reads do not all become writes. */
export async function touchSession(db: Executor, session: SessionRow): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < 60_000) return;
  await db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('token_hash', '=', session.tokenHash).execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: Executor, userId: string, exceptTokenHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash) q = q.where('token_hash', '<>', exceptTokenHash);
  await q.execute();
}

export async function purgeExpiredSessions(db: Executor, policy: SessionPolicy): Promise<number> {
  const res = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(secs => ${policy.idleMs / 1000})`),
      ]),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
