import type { ReactNode } from 'react';
import { ForbiddenPage } from '../pages/forbidden.page';
import { hasAnyPermission } from '../session/permissions';
import { useSession } from '../session/use-session';

/** Renders its children only for users holding the permission (or one of them); others get the 403 page. */
export function RequirePermission({ permission, children }: { permission: string | readonly string[]; children: ReactNode }) {
  const { user } = useSession();
  const needed = typeof permission === 'string' ? [permission] : permission;
  if (!hasAnyPermission(user, needed)) return <ForbiddenPage />;
  return <>{children}</>;
}
