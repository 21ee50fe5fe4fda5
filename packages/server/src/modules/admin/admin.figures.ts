import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/authz/actor';
import { can } from '../../platform/authz/policies';
import type { DashboardFigure } from '../../platform/dashboard.routes';

/** The administration module's figures on the home dashboard. */
export async function adminFigures(ctx: AppContext, actor: Actor): Promise<DashboardFigure[]> {
  const figures: DashboardFigure[] = [];
  const count = async (table: 'users' | 'organisations' | 'roles') =>
    Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  if (can(actor, 'admin:users-read')) figures.push({ key: 'users', module: 'admin', value: await count('users'), href: '/admin/users' });
  if (can(actor, 'admin:organisations-read'))
    figures.push({ key: 'organisations', module: 'admin', value: await count('organisations'), href: '/admin/organisations' });
  if (can(actor, 'admin:roles-read')) figures.push({ key: 'roles', module: 'admin', value: await count('roles'), href: '/admin/roles' });
  if (can(actor, 'admin:audit-read')) {
    const row = await ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('at', '>=', sql<Date>`date_trunc('day', now())`)
      .executeTakeFirstOrThrow();
    figures.push({ key: 'auditEventsToday', module: 'admin', value: Number(row.n), href: '/admin/audit' });
  }
  return figures;
}
