import { useContext } from 'react';
import { SessionContext, type SessionContextValue } from './session-context';
import { hasPermission } from './permissions';

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** `can('admin:users-write')`: whether the signed-in user holds a permission. */
export function usePermission(): (permission: string) => boolean {
  const { user } = useSession();
  return (permission: string) => hasPermission(user, permission);
}
