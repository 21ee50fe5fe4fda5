import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Splits `module:action`. */
export function splitPermission(permission: string): { module: string; action: string } {
  const i = permission.indexOf(':');
  return i < 0 ? { module: permission, action: '' } : { module: permission.slice(0, i), action: permission.slice(i + 1) };
}

/** "Administration — read users" style label for any permission, translated when we know it. */
export function usePermissionLabel(): (permission: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (permission: string) => {
      const { module, action } = splitPermission(permission);
      const moduleLabel = t(`modules.${module}`, { defaultValue: module });
      const actionLabel = t(`permissions.${module}.${action}`, { defaultValue: '' });
      return actionLabel
        ? t('permissions.qualified', { module: moduleLabel, action: actionLabel })
        : t('permissions.qualified', { module: moduleLabel, action });
    },
    [t],
  );
}

/** The action alone ("read users"), for the matrix where the module is the row. */
export function usePermissionActionLabel(): (module: string, action: string) => string {
  const { t } = useTranslation();
  return useCallback((module: string, action: string) => t(`permissions.${module}.${action}`, { defaultValue: action }), [t]);
}

/** Seeded roles have translated names; roles added by administrators show their key. */
export function useRoleLabel(): (key: string) => string {
  const { t } = useTranslation();
  return useCallback((key: string) => t(`roles.${key}`, { defaultValue: key }), [t]);
}

export function useModuleLabel(): (module: string) => string {
  const { t } = useTranslation();
  return useCallback((module: string) => t(`modules.${module}`, { defaultValue: module }), [t]);
}

export function useOrganisationKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return useCallback((kind: string) => t(`organisationKinds.${kind}`, { defaultValue: kind }), [t]);
}
