import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/authz/actor';
import { can, scopeFilter } from '../../platform/authz/policies';
import type { DashboardFigure } from '../../platform/dashboard.routes';
import { countPersonRecords } from './persons.repo';

/** The registry's figures on the home dashboard: counts only, never names. */
export async function personsFigures(ctx: AppContext, actor: Actor): Promise<DashboardFigure[]> {
  if (!can(actor, 'persons:read')) return [];
  const { records, minors } = await countPersonRecords(ctx.db, scopeFilter(actor));
  return [
    { key: 'persons', module: 'persons', value: records, href: '/persons' },
    { key: 'personsMinors', module: 'persons', value: minors, href: '/persons' },
  ];
}
