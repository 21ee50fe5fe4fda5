import { SEED_ROLES } from '@mizan/core';
import type { Db } from '../../db/kysely';
import { appendAudit } from '../audit/audit.service';
import { generatePassword } from '../auth/passwords';
import { createUser } from './identity.service';

export const DIRECTORATE_CODE = 'DGM';

/**
 * What every installation has from its first start: the seeded roles (one per kind of user in DESIGN.md) and
 * the directorate organisation. Idempotent: existing rows, possibly edited by an administrator, are left alone.
 */
export async function ensureBaseline(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const role of SEED_ROLES) {
      await tx
        .insertInto('roles')
        .values({
          key: role.key,
          permissions: [...role.permissions],
          scope: role.scope,
          clearances: [...role.clearances],
          privileged: role.privileged,
          built_in: true,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
    await tx
      .insertInto('organisations')
      .values({ code: DIRECTORATE_CODE, name: 'Direction de la migration', kind: 'directorate', region: null })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  });
}

/**
 * Creates the account `admin` when the database has no user at all. Returns the password when one was
 * generated (the caller prints it once); `null` when users already exist.
 */
export async function ensureAdmin(db: Db, password?: string): Promise<{ created: boolean; generatedPassword: string | null }> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return { created: false, generatedPassword: null };
  const directorate = await db.selectFrom('organisations').select('id').where('code', '=', DIRECTORATE_CODE).executeTakeFirstOrThrow();
  const chosen = password ?? generatePassword();
  await db.transaction().execute(async (tx) => {
    await createUser(
      tx,
      {
        username: 'admin',
        displayName: 'Administrator',
        locale: 'fr',
        organisationId: directorate.id,
        roles: ['admin'],
        password: chosen,
      },
      { actor: null },
    );
    await appendAudit(tx, { action: 'platform.initial-admin', outcome: 'success', details: { passwordFrom: password ? 'environment' : 'generated' } });
  });
  return { created: true, generatedPassword: password ? null : chosen };
}
