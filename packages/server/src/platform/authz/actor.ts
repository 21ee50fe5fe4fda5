import type { Permission, RecordScope, SensitivityClass } from '@mizan/core';
import { isPermission, RECORD_SCOPES, SENSITIVITY_CLASSES } from '@mizan/core';

/** Who is acting: a signed-in user (through a session or an API token) with the union of their roles. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  locale: string;
  organisationId: string;
  organisationRegion: string | null;
  roles: readonly string[];
  permissions: ReadonlySet<Permission>;
  scope: RecordScope;
  clearances: ReadonlySet<SensitivityClass>;
  privileged: boolean;
  via: 'session' | 'token';
}

export interface RoleGrant {
  key: string;
  permissions: readonly string[];
  scope: string;
  clearances: readonly string[];
  privileged: boolean;
}

/** Widest first: a user holding several roles reaches as far as the widest of them. */
const SCOPE_WIDTH: Record<RecordScope, number> = { national: 3, region: 2, office: 1, referred: 0 };

export function combineRoles(grants: readonly RoleGrant[]) {
  const permissions = new Set<Permission>();
  const clearances = new Set<SensitivityClass>();
  let scope: RecordScope = 'referred';
  let privileged = false;
  for (const g of grants) {
    for (const p of g.permissions) if (isPermission(p)) permissions.add(p);
    for (const c of g.clearances) if ((SENSITIVITY_CLASSES as readonly string[]).includes(c)) clearances.add(c as SensitivityClass);
    const s = (RECORD_SCOPES as readonly string[]).includes(g.scope) ? (g.scope as RecordScope) : 'referred';
    if (SCOPE_WIDTH[s] > SCOPE_WIDTH[scope]) scope = s;
    privileged ||= g.privileged;
  }
  return { permissions, clearances, scope, privileged };
}
