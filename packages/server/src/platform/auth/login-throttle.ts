import { sql } from 'kysely';
import type { Executor } from '../../db/kysely';

/**
 * Sign-in rate limiting and temporary lockout, kept in the database so that every application server sees the
 * same counts. A user name is locked for LOCK_MINUTES after MAX_FAILURES_PER_USER failures within the window;
 * an address that fails too often across user names (guessing) is slowed down the same way.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

export interface ThrottleVerdict {
  allowed: boolean;
  reason?: 'locked' | 'rate-limited';
  retryAfterSeconds?: number;
}

export async function checkLoginThrottle(db: Executor, username: string, ip: string | null): Promise<ThrottleVerdict> {
  const since = sql<Date>`now() - make_interval(mins => ${LOGIN_WINDOW_MINUTES})`;
  const user = await db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('at').as('first')])
    .where('username', '=', username)
    .where('success', '=', false)
    .where('at', '>', since)
    // Failures before the last success do not count: a user who got in is not locked by earlier typos.
    .where('id', '>', (eb) =>
      eb
        .selectFrom('login_attempts as s')
        .select((e) => e.fn.coalesce(e.fn.max('s.id'), sql<string>`0`).as('m'))
        .where('s.username', '=', username)
        .where('s.success', '=', true),
    )
    .executeTakeFirstOrThrow();
  if (Number(user.n) >= MAX_FAILURES_PER_USER) {
    return { allowed: false, reason: 'locked', retryAfterSeconds: retryAfter(user.first) };
  }
  if (ip) {
    const byIp = await db
      .selectFrom('login_attempts')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('at').as('first')])
      .where('ip', '=', ip)
      .where('success', '=', false)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    if (Number(byIp.n) >= MAX_FAILURES_PER_IP) {
      return { allowed: false, reason: 'rate-limited', retryAfterSeconds: retryAfter(byIp.first) };
    }
  }
  return { allowed: true };
}

function retryAfter(first: Date | string | null): number {
  const firstMs = first ? new Date(first).getTime() : Date.now();
  return Math.max(1, Math.ceil((firstMs + LOGIN_WINDOW_MINUTES * 60_000 - Date.now()) / 1000));
}

export async function recordLoginAttempt(db: Executor, username: string, ip: string | null, success: boolean) {
  await db.insertInto('login_attempts').values({ username, ip, success }).execute();
}
