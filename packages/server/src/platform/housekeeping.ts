import { sql } from 'kysely';
import type { AppContext } from './context';
import { purgeExpiredSessions } from './auth/sessions';

/** Sign-in attempts are kept a week: long enough for an investigation, bounded for the table. */
const LOGIN_ATTEMPT_RETENTION_DAYS = 7;

/** Removes expired sessions and old sign-in attempts. Safe to run on every server at once. */
export async function runHousekeeping(ctx: AppContext): Promise<{ sessions: number; loginAttempts: number }> {
  const sessions = await purgeExpiredSessions(ctx.db, { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs });
  const res = await ctx.db
    .deleteFrom('login_attempts')
    .where('at', '<', sql<Date>`now() - make_interval(days => ${LOGIN_ATTEMPT_RETENTION_DAYS})`)
    .executeTakeFirst();
  return { sessions, loginAttempts: Number(res.numDeletedRows) };
}

/** Runs housekeeping now and every hour until stopped. */
export function scheduleHousekeeping(ctx: AppContext, log: (err: unknown) => void): () => void {
  const run = () => void runHousekeeping(ctx).catch(log);
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
