import type { Me } from '@mizan/core';

export function hasPermission(user: Pick<Me, 'permissions'> | null | undefined, permission: string): boolean {
  return !!user && user.permissions.includes(permission);
}

export function hasAnyPermission(user: Pick<Me, 'permissions'> | null | undefined, permissions: readonly string[]): boolean {
  return !!user && permissions.some((p) => user.permissions.includes(p));
}
