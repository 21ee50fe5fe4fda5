import type { Me, ModuleName } from '@mizan/core';
import { MODULES } from '@mizan/core';
import { hasPermission } from '../session/permissions';

/** The business modules reachable from the navigation (admin has its own section). */
export const BUSINESS_MODULES = MODULES.filter((m) => m !== 'admin') as Exclude<ModuleName, 'admin'>[];

export interface NavEntry {
  /** Locale key of the label. */
  labelKey: string;
  href: string;
  permission: string;
  module: ModuleName;
  /** Sub-key used to pick an icon. */
  id: string;
}

export const MODULE_ENTRIES: readonly NavEntry[] = BUSINESS_MODULES.map((module) => ({
  labelKey: `modules.${module}`,
  href: `/${module}`,
  permission: `${module}:read`,
  module,
  id: module,
}));

export const ADMIN_ENTRIES: readonly NavEntry[] = [
  { labelKey: 'nav.admin.users', href: '/admin/users', permission: 'admin:users-read', module: 'admin', id: 'users' },
  { labelKey: 'nav.admin.roles', href: '/admin/roles', permission: 'admin:roles-read', module: 'admin', id: 'roles' },
  {
    labelKey: 'nav.admin.organisations',
    href: '/admin/organisations',
    permission: 'admin:organisations-read',
    module: 'admin',
    id: 'organisations',
  },
  { labelKey: 'nav.admin.audit', href: '/admin/audit', permission: 'admin:audit-read', module: 'admin', id: 'audit' },
];

export interface VisibleNavigation {
  modules: NavEntry[];
  admin: NavEntry[];
}

/** What the navigation shows to this user: only what their permissions open. */
export function visibleNavigation(user: Pick<Me, 'permissions'> | null): VisibleNavigation {
  return {
    modules: MODULE_ENTRIES.filter((e) => hasPermission(user, e.permission)),
    admin: ADMIN_ENTRIES.filter((e) => hasPermission(user, e.permission)),
  };
}

/** Whether a navigation entry is the current page or one of its children. */
export function isActivePath(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** A `next` parameter is followed only when it stays on this site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
