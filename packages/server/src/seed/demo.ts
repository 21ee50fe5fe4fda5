import type { AppContext } from '../platform/context';
import { appendAudit } from '../platform/audit/audit.service';
import { generatePassword } from '../platform/auth/passwords';
import * as identity from '../platform/identity/identity.service';
import { seedDemoPersons } from '../modules/persons/persons.seed';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-organisations';

export interface DemoSeedOptions {
  /** How many person records to generate. */
  size: number;
  seed?: string;
  log?: (line: string) => void;
}

export interface DemoSeedReport {
  organisations: number;
  users: number;
  persons: number;
}

/** Loads the demo data set. Idempotent for organisations and users; adds the persons the generator yields. */
export async function seedDemo(ctx: AppContext, options: DemoSeedOptions): Promise<DemoSeedReport> {
  const report: DemoSeedReport = { organisations: 0, users: 0, persons: 0 };
  const meta = { actor: null };
  await ctx.db.transaction().execute(async (tx) => {
    for (const org of DEMO_ORGANISATIONS) {
      const exists = await tx.selectFrom('organisations').select('id').where('code', '=', org.code).executeTakeFirst();
      if (exists) continue;
      const parent = org.parent
        ? await tx.selectFrom('organisations').select('id').where('code', '=', org.parent).executeTakeFirst()
        : undefined;
      await identity.createOrganisation(tx, { code: org.code, name: org.name, kind: org.kind, region: org.region, parentId: parent?.id ?? null }, meta);
      report.organisations++;
    }
    for (const user of DEMO_USERS) {
      const exists = await tx.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
      if (exists) continue;
      const org = await tx.selectFrom('organisations').select('id').where('code', '=', user.organisation).executeTakeFirstOrThrow();
      await identity.createUser(
        tx,
        {
          username: user.username,
          displayName: user.displayName,
          locale: user.locale,
          organisationId: org.id,
          roles: [user.role],
          password: generatePassword(32), // never shown: an administrator sets a password to use the account
        },
        meta,
      );
      report.users++;
    }
  });
  report.persons = await seedDemoPersons(ctx, options);
  await appendAudit(ctx.db, { action: 'platform.demo-seed', outcome: 'success', details: { ...report, size: options.size } });
  options.log?.(`Demo data: ${report.organisations} organisations, ${report.users} users, ${report.persons} persons`);
  return report;
}
