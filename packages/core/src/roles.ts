import type { Permission, RecordScope, SensitivityClass } from './permissions';
import { ALL_PERMISSIONS } from './permissions';

/** A role as seeded on a new installation. Administrators may edit seeded roles and add their own. */
export interface RoleDefinition {
  key: string;
  permissions: readonly Permission[];
  scope: RecordScope;
  clearances: readonly SensitivityClass[];
  /** Privileged roles must use a second factor (TOTP). */
  privileged: boolean;
}

/** One role for each kind of user in DESIGN.md. Names and descriptions are translated in the locale files (roles.<key>). */
export const SEED_ROLES: readonly RoleDefinition[] = [
  {
    key: 'caseworker',
    permissions: ['persons:read', 'persons:write', 'regularisation:read', 'regularisation:intake', 'regularisation:assess'],
    scope: 'office',
    clearances: ['personal'],
    privileged: false,
  },
  {
    key: 'commission_member',
    permissions: ['persons:read', 'regularisation:read', 'regularisation:opinion'],
    scope: 'region',
    clearances: ['personal', 'sensitive'],
    privileged: false,
  },
  {
    key: 'appeal_commission_member',
    permissions: ['persons:read', 'regularisation:read', 'regularisation:appeal-decide', 'regularisation:approve'],
    scope: 'national',
    clearances: ['personal', 'sensitive'],
    privileged: false,
  },
  {
    key: 'return_counsellor',
    permissions: ['persons:read', 'persons:write', 'returns:read', 'returns:write', 'returns:counsel'],
    scope: 'region',
    clearances: ['personal', 'sensitive'],
    privileged: false,
  },
  {
    key: 'partner_organisation',
    permissions: ['persons:read', 'returns:read', 'returns:monitor'],
    scope: 'referred',
    clearances: ['personal'],
    privileged: false,
  },
  {
    key: 'trafficking_analyst',
    permissions: ['persons:read', 'networks:read', 'networks:write', 'networks:analyse', 'border:read'],
    scope: 'national',
    clearances: ['personal', 'intelligence'],
    privileged: true,
  },
  {
    key: 'victim_protection_officer',
    permissions: ['persons:read', 'persons:write', 'networks:victims-read', 'networks:victims-write', 'returns:read'],
    scope: 'national',
    clearances: ['personal', 'sensitive'],
    privileged: false,
  },
  {
    key: 'border_officer',
    permissions: ['persons:read', 'persons:write', 'border:read', 'border:write', 'border:import'],
    scope: 'region',
    clearances: ['personal'],
    privileged: false,
  },
  {
    key: 'statistician',
    permissions: ['statistics:read', 'statistics:produce', 'statistics:publish'],
    scope: 'national',
    clearances: [],
    privileged: false,
  },
  {
    key: 'director',
    permissions: ['statistics:read', 'regularisation:read', 'returns:read', 'border:read', 'networks:read'],
    scope: 'national',
    clearances: ['personal'],
    privileged: true,
  },
  {
    key: 'liaison_officer',
    permissions: ['cooperation:read', 'cooperation:send', 'cooperation:receive', 'persons:read'],
    scope: 'national',
    clearances: ['personal'],
    privileged: true,
  },
  {
    key: 'data_protection_officer',
    permissions: ['admin:audit-read', 'admin:audit-verify', 'admin:users-read', 'admin:roles-read', 'admin:organisations-read'],
    scope: 'national',
    clearances: [],
    privileged: true,
  },
  {
    key: 'admin',
    permissions: ALL_PERMISSIONS.filter((p) => p.startsWith('admin:')),
    scope: 'national',
    clearances: [],
    privileged: true,
  },
];
