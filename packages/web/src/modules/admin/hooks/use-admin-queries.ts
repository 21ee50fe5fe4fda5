import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { adminApi, type AuditFilters, type UserFilters } from '../admin-api';

export const adminKeys = {
  users: ['admin', 'users'] as const,
  userList: (filters: UserFilters) => ['admin', 'users', 'list', filters] as const,
  user: (id: string) => ['admin', 'users', 'one', id] as const,
  roles: ['admin', 'roles'] as const,
  permissions: ['admin', 'permissions'] as const,
  organisations: ['admin', 'organisations'] as const,
  audit: (filters: AuditFilters) => ['admin', 'audit', filters] as const,
};

export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.userList(filters),
    queryFn: ({ pageParam, signal }) => adminApi.listUsers(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: adminKeys.user(id), queryFn: ({ signal }) => adminApi.getUser(id, signal) });
}

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: adminKeys.roles,
    queryFn: ({ signal }) => adminApi.listRoles(signal).then((r) => r.items),
    enabled,
    staleTime: 60_000,
  });
}

export function usePermissionNames() {
  return useQuery({
    queryKey: adminKeys.permissions,
    queryFn: ({ signal }) => adminApi.listPermissions(signal).then((r) => r.items),
    staleTime: Infinity,
  });
}

export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: adminKeys.organisations,
    queryFn: ({ signal }) => adminApi.listOrganisations(signal).then((r) => r.items),
    enabled,
    staleTime: 60_000,
  });
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.audit(filters),
    queryFn: ({ pageParam, signal }) => adminApi.listAudit(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
