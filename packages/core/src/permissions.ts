import type { ModuleName } from './modules';

/**
 * Every permission Mizan knows, named `<module>:<action>`. A route declares one of these (or one of the
 * two pseudo-permissions below); a role is a set of them. Module issues add their actions here.
 */
export const PERMISSIONS = {
  persons: ['read', 'write', 'review-duplicates', 'merge', 'import', 'export'],
  regularisation: ['read', 'intake', 'assess', 'opinion', 'appeal-decide', 'approve', 'cards', 'campaigns'],
  returns: ['read', 'write', 'counsel', 'approve', 'monitor'],
  networks: ['read', 'write', 'analyse', 'victims-read', 'victims-write'],
  border: ['read', 'write', 'import'],
  statistics: ['read', 'produce', 'publish'],
  cooperation: ['read', 'send', 'receive'],
  admin: [
    'users-read',
    'users-write',
    'roles-read',
    'roles-write',
    'organisations-read',
    'organisations-write',
    'audit-read',
    'audit-verify',
    'metrics-read',
  ],
} as const satisfies Record<ModuleName, readonly string[]>;

type PermissionOf<M extends ModuleName> = `${M}:${(typeof PERMISSIONS)[M][number]}`;
export type Permission = { [M in ModuleName]: PermissionOf<M> }[ModuleName];

export const ALL_PERMISSIONS: readonly Permission[] = (Object.keys(PERMISSIONS) as ModuleName[]).flatMap(
  (module) => PERMISSIONS[module].map((action) => `${module}:${action}` as Permission),
);

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

/** What a route may declare instead of a permission: no authentication at all, or any signed-in user. */
export const PUBLIC = 'public' as const;
export const AUTHENTICATED = 'authenticated' as const;
export type RouteAccess = Permission | typeof PUBLIC | typeof AUTHENTICATED;

/** Sensitivity classes of personal data. A role must hold a class to read fields of that class. */
export const SENSITIVITY_CLASSES = ['personal', 'sensitive', 'intelligence'] as const;
export type SensitivityClass = (typeof SENSITIVITY_CLASSES)[number];

/** How far a role's reach extends over records: its own office, its region, the whole country, or only what was referred to its organisation. */
export const RECORD_SCOPES = ['office', 'region', 'national', 'referred'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];

export const ORGANISATION_KINDS = [
  'directorate',
  'regional_directorate',
  'office',
  'commission',
  'border_post',
  'partner_ngo',
  'return_organisation',
  'consulate',
  'partner_state',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
