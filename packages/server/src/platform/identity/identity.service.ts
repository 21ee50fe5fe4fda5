import { sql } from 'kysely';
import type { Organisation, Role, User } from '@mizan/core';
import { ALL_PERMISSIONS, isPermission } from '@mizan/core';
import type { Executor } from '../../db/kysely';
import { StaleVersionError, updateVersioned } from '../../db/versioned';
import type { AuditActor } from '../audit/audit.service';
import { appendAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';
import { conflict, HttpProblem, invalidField, notFound } from '../errors';

/** Users, roles and organisations: created and changed here, always with their audit row in the same transaction. */

export interface AuditMeta {
  actor: AuditActor | null;
  ip?: string | null;
  requestId?: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function toUsers(db: Executor, rows: UserRow[]): Promise<User[]> {
  if (rows.length === 0) return [];
  const orgIds = [...new Set(rows.map((r) => r.organisation_id as string))];
  const orgs = await db.selectFrom('organisations').select(['id', 'code', 'name', 'kind']).where('id', 'in', orgIds).execute();
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    locale: r.locale as User['locale'],
    organisation: byId.get(r.organisation_id) as User['organisation'],
    roles: r.roles,
    disabled: r.disabled,
    totpEnrolled: !!r.totp_enrolled_at,
    lastLoginAt: iso(r.last_login_at),
    version: r.version,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  }));
}

function usersQuery(db: Executor) {
  return db
    .selectFrom('users')
    .leftJoin('user_credentials', 'user_credentials.user_id', 'users.id')
    .selectAll('users')
    .select(['user_credentials.totp_enrolled_at', 'user_credentials.last_login_at']);
}
type UserRow = Awaited<ReturnType<ReturnType<typeof usersQuery>['execute']>>[number];

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  organisationId?: string | undefined;
  disabled?: boolean | undefined;
}

/** Users ordered by user name; the cursor is the last user name of the previous page. */
export async function listUsers(db: Executor, filter: UserFilter, page: { cursor?: string | undefined; limit: number }) {
  let q = usersQuery(db);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('users.username', 'ilike', like), eb('users.display_name', 'ilike', like)]));
  }
  if (filter.role) q = q.where(sql<boolean>`${filter.role} = ANY(users.roles)`);
  if (filter.organisationId) q = q.where('users.organisation_id', '=', filter.organisationId);
  if (filter.disabled !== undefined) q = q.where('users.disabled', '=', filter.disabled);
  if (page.cursor) q = q.where('users.username', '>', Buffer.from(page.cursor, 'base64url').toString('utf8'));
  const rows = await q.orderBy('users.username').limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const items = await toUsers(db, rows.slice(0, page.limit));
  return { items, nextCursor: more ? Buffer.from(items.at(-1)!.username).toString('base64url') : null };
}

export async function getUser(db: Executor, id: string): Promise<User> {
  const row = await usersQuery(db).where('users.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('No such user');
  return (await toUsers(db, [row]))[0]!;
}

async function assertRolesExist(db: Executor, roles: readonly string[], field: string) {
  const found = await db.selectFrom('roles').select('key').where('key', 'in', roles).execute();
  const missing = roles.filter((r) => !found.some((f) => f.key === r));
  if (missing.length) throw invalidField(field, 'unknown-role', `Unknown role: ${missing.join(', ')}`);
}

async function assertOrganisationExists(db: Executor, id: string, field: string) {
  const org = await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
  if (!org) throw invalidField(field, 'unknown-organisation', 'Unknown organisation');
}

/** A 409 carries the record as the API shows it (not the database row), so a client can show what changed. */
async function withApiShapeOnConflict<T>(update: () => Promise<T>, current: () => Promise<unknown>): Promise<T> {
  try {
    return await update();
  } catch (err) {
    if (err instanceof StaleVersionError) {
      throw new StaleVersionError(err.table, err.id, err.expected, (await current()) as Record<string, unknown>);
    }
    throw err;
  }
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null | undefined;
  locale: string;
  organisationId: string;
  roles: string[];
  password: string;
}

export async function createUser(tx: Executor, input: NewUser, meta: AuditMeta): Promise<User> {
  await assertRolesExist(tx, input.roles, 'body.roles');
  await assertOrganisationExists(tx, input.organisationId, 'body.organisationId');
  const exists = await tx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (exists) throw conflict('This user name is taken', 'body.username');
  const row = await tx
    .insertInto('users')
    .values({
      username: input.username,
      display_name: input.displayName,
      email: input.email ?? null,
      locale: input.locale,
      organisation_id: input.organisationId,
      roles: input.roles,
      created_by: meta.actor?.userId ?? null,
      updated_by: meta.actor?.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('user_credentials').values({ user_id: row.id, password_hash: await hashPassword(input.password) }).execute();
  await appendAudit(tx, {
    ...meta,
    action: 'admin.user-create',
    outcome: 'success',
    recordType: 'user',
    recordIds: [row.id],
    details: { username: input.username, roles: input.roles, organisationId: input.organisationId },
  });
  return getUser(tx, row.id);
}

export interface UserPatch {
  version: number;
  displayName?: string | undefined;
  email?: string | null | undefined;
  locale?: string | undefined;
  organisationId?: string | undefined;
  roles?: string[] | undefined;
  disabled?: boolean | undefined;
}

export async function updateUser(tx: Executor, id: string, patch: UserPatch, meta: AuditMeta): Promise<User> {
  if (patch.roles) await assertRolesExist(tx, patch.roles, 'body.roles');
  if (patch.organisationId) await assertOrganisationExists(tx, patch.organisationId, 'body.organisationId');
  const before = await getUser(tx, id);
  const values: Record<string, unknown> = {};
  if (patch.displayName !== undefined) values.display_name = patch.displayName;
  if (patch.email !== undefined) values.email = patch.email;
  if (patch.locale !== undefined) values.locale = patch.locale;
  if (patch.organisationId !== undefined) values.organisation_id = patch.organisationId;
  if (patch.roles !== undefined) values.roles = patch.roles;
  if (patch.disabled !== undefined) values.disabled = patch.disabled;
  await withApiShapeOnConflict(
    () => updateVersioned(tx, 'users', { column: 'id', value: id }, patch.version, values, meta.actor?.userId ?? null),
    () => getUser(tx, id),
  );
  // Losing roles or being disabled takes effect now, not at the next sign-in.
  if (patch.disabled || patch.roles || patch.organisationId) await deleteUserSessions(tx, id);
  const after = await getUser(tx, id);
  await appendAudit(tx, {
    ...meta,
    action: 'admin.user-update',
    outcome: 'success',
    recordType: 'user',
    recordIds: [id],
    details: { changed: Object.keys(values), before: pick(before, values), after: pick(after, values) },
  });
  return after;
}

function pick(user: User, changed: Record<string, unknown>) {
  const map: Record<string, keyof User> = {
    display_name: 'displayName',
    email: 'email',
    locale: 'locale',
    organisation_id: 'organisation',
    roles: 'roles',
    disabled: 'disabled',
  };
  return Object.fromEntries(
    Object.keys(changed).map((col) => {
      const key = map[col]!;
      const value = user[key];
      return [key, key === 'organisation' ? user.organisation.code : value];
    }),
  );
}

export async function setUserPassword(tx: Executor, id: string, password: string, meta: AuditMeta) {
  await getUser(tx, id);
  await tx
    .updateTable('user_credentials')
    .set({ password_hash: await hashPassword(password), password_changed_at: new Date() })
    .where('user_id', '=', id)
    .execute();
  await deleteUserSessions(tx, id);
  await appendAudit(tx, { ...meta, action: 'admin.user-password-reset', outcome: 'success', recordType: 'user', recordIds: [id] });
}

export async function resetSecondFactor(tx: Executor, id: string, meta: AuditMeta) {
  await getUser(tx, id);
  await tx
    .updateTable('user_credentials')
    .set({ totp_secret: null, totp_enrolled_at: null, totp_last_step: null })
    .where('user_id', '=', id)
    .execute();
  await deleteUserSessions(tx, id);
  await appendAudit(tx, { ...meta, action: 'admin.user-second-factor-reset', outcome: 'success', recordType: 'user', recordIds: [id] });
}

// ---- roles ----

function assertPermissions(permissions: readonly string[]) {
  const unknown = permissions.filter((p) => !isPermission(p));
  if (unknown.length) throw invalidField('body.permissions', 'unknown-permission', `Unknown permission: ${unknown.join(', ')}`);
}

export async function listRoles(db: Executor, onlyKey?: string): Promise<Role[]> {
  let q = db.selectFrom('roles');
  if (onlyKey !== undefined) q = q.where('key', '=', onlyKey);
  const rows = await q
    .selectAll('roles')
    .select((eb) =>
      eb
        .selectFrom('users')
        .select((e) => e.fn.countAll<string>().as('n'))
        .where(sql<boolean>`roles.key = ANY(users.roles)`)
        .as('user_count'),
    )
    .orderBy('key')
    .execute();
  return rows.map((r) => ({
    key: r.key,
    permissions: r.permissions.filter(isPermission).sort(),
    scope: r.scope as Role['scope'],
    clearances: r.clearances as Role['clearances'],
    privileged: r.privileged,
    builtIn: r.built_in,
    userCount: Number(r.user_count ?? 0),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}

async function getRole(db: Executor, key: string): Promise<Role> {
  const [role] = await listRoles(db, key);
  if (!role) throw notFound('No such role');
  return role;
}

export async function createRole(
  tx: Executor,
  input: { key: string; permissions: string[]; scope: string; clearances: string[]; privileged: boolean },
  meta: AuditMeta,
): Promise<Role> {
  assertPermissions(input.permissions);
  const exists = await tx.selectFrom('roles').select('key').where('key', '=', input.key).executeTakeFirst();
  if (exists) throw conflict('A role with this key exists', 'body.key');
  await tx
    .insertInto('roles')
    .values({ ...input, built_in: false, created_by: meta.actor?.userId ?? null, updated_by: meta.actor?.userId ?? null })
    .execute();
  await appendAudit(tx, { ...meta, action: 'admin.role-create', outcome: 'success', recordType: 'role', recordIds: [input.key], details: input });
  return getRole(tx, input.key);
}

export async function updateRole(
  tx: Executor,
  key: string,
  patch: { version: number; permissions?: string[] | undefined; scope?: string | undefined; clearances?: string[] | undefined; privileged?: boolean | undefined },
  meta: AuditMeta,
): Promise<Role> {
  if (patch.permissions) assertPermissions(patch.permissions);
  const before = await getRole(tx, key);
  const { version, ...values } = patch;
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  // An administrator must not lock everyone out of administration.
  if (key === 'admin' && defined.permissions && !(defined.permissions as string[]).includes('admin:roles-write')) {
    throw invalidField('body.permissions', 'admin-lockout', 'The admin role must keep admin:roles-write');
  }
  await withApiShapeOnConflict(
    () => updateVersioned(tx, 'roles', { column: 'key', value: key }, version, defined, meta.actor?.userId ?? null),
    () => getRole(tx, key),
  );
  const after = await getRole(tx, key);
  await appendAudit(tx, {
    ...meta,
    action: 'admin.role-update',
    outcome: 'success',
    recordType: 'role',
    recordIds: [key],
    details: { before: { permissions: before.permissions, scope: before.scope, clearances: before.clearances, privileged: before.privileged }, after: defined },
  });
  return after;
}

export const allPermissions = () => [...ALL_PERMISSIONS];

// ---- organisations ----

export async function listOrganisations(db: Executor, onlyId?: string): Promise<Organisation[]> {
  let q = db.selectFrom('organisations').selectAll();
  if (onlyId !== undefined) q = q.where('id', '=', onlyId);
  const rows = await q.orderBy('kind').orderBy('name').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as Organisation['kind'],
    parentId: r.parent_id,
    region: r.region,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}

export async function createOrganisation(
  tx: Executor,
  input: { code: string; name: string; kind: string; parentId?: string | null | undefined; region?: string | null | undefined },
  meta: AuditMeta,
): Promise<Organisation> {
  const exists = await tx.selectFrom('organisations').select('id').where('code', '=', input.code).executeTakeFirst();
  if (exists) throw conflict('An organisation with this code exists', 'body.code');
  if (input.parentId) {
    const parent = await tx.selectFrom('organisations').select('id').where('id', '=', input.parentId).executeTakeFirst();
    if (!parent) throw invalidField('body.parentId', 'unknown-organisation', 'Unknown parent organisation');
  }
  const row = await tx
    .insertInto('organisations')
    .values({
      code: input.code,
      name: input.name,
      kind: input.kind,
      parent_id: input.parentId ?? null,
      region: input.region ?? null,
      created_by: meta.actor?.userId ?? null,
      updated_by: meta.actor?.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(tx, { ...meta, action: 'admin.organisation-create', outcome: 'success', recordType: 'organisation', recordIds: [row.id], details: input });
  const [org] = await listOrganisations(tx, row.id);
  if (!org) throw new HttpProblem(500, 'internal');
  return org;
}
