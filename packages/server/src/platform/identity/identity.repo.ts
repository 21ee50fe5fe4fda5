import type { Executor } from '../../db/kysely';
import type { Actor } from '../authz/actor';
import { combineRoles } from '../authz/actor';

/**
 * Reads of users, their organisation and their roles for authentication. The admin module manages these rows
 * through platform/identity/identity.service.ts; nothing else touches the tables.
 */
export async function loadActor(db: Executor, userId: string, via: Actor['via']): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.locale',
      'users.organisation_id',
      'users.roles',
      'users.disabled',
      'organisations.region',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled) return null;
  const grants =
    user.roles.length === 0
      ? []
      : await db.selectFrom('roles').select(['key', 'permissions', 'scope', 'clearances', 'privileged']).where('key', 'in', user.roles).execute();
  const combined = combineRoles(grants);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
    organisationId: user.organisation_id,
    organisationRegion: user.region,
    roles: user.roles,
    ...combined,
    via,
  };
}

export async function findUserForLogin(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .innerJoin('user_credentials', 'user_credentials.user_id', 'users.id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.disabled',
      'users.roles',
      'users.organisation_id',
      'user_credentials.password_hash',
      'user_credentials.totp_secret',
      'user_credentials.totp_enrolled_at',
      'user_credentials.totp_last_step',
    ])
    .where('users.username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
}

export async function credentialsOf(db: Executor, userId: string) {
  return db.selectFrom('user_credentials').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
}

export async function rolesArePrivileged(db: Executor, roleKeys: readonly string[]): Promise<boolean> {
  if (roleKeys.length === 0) return false;
  const row = await db
    .selectFrom('roles')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('key', 'in', roleKeys)
    .where('privileged', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n) > 0;
}
