import type { AuditEntry, AuditVerification, Organisation, Role, User } from '@mizan/core';
import type { Query } from '../../app/api/api-client';
import { api, withQuery } from '../../app/api/api-client';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface UserFilters {
  q?: string;
  role?: string;
  organisationId?: string;
  disabled?: 'true' | 'false';
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

export interface CreateUserBody {
  username: string;
  displayName: string;
  email?: string | null;
  locale: string;
  organisationId: string;
  roles: string[];
  password: string;
}

export interface UpdateUserBody {
  version: number;
  displayName?: string;
  email?: string | null;
  locale?: string;
  organisationId?: string;
  roles?: string[];
  disabled?: boolean;
}

export interface RoleBody {
  permissions: string[];
  scope: string;
  clearances: string[];
  privileged: boolean;
}

export interface CreateOrganisationBody {
  code: string;
  name: string;
  kind: string;
  parentId?: string | null;
  region?: string | null;
}

export const adminApi = {
  listUsers: (filters: UserFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/admin/users', { query: { ...filters, cursor, limit: 50 } as Query, signal }),
  getUser: (id: string, signal?: AbortSignal) => api.get<User>(`/api/admin/users/${encodeURIComponent(id)}`, { signal }),
  createUser: (body: CreateUserBody) => api.post<User>('/api/admin/users', body),
  updateUser: (id: string, body: UpdateUserBody) => api.patch<User>(`/api/admin/users/${encodeURIComponent(id)}`, body),
  setUserPassword: (id: string, password: string) => api.post<void>(`/api/admin/users/${encodeURIComponent(id)}/password`, { password }),
  resetSecondFactor: (id: string) => api.post<void>(`/api/admin/users/${encodeURIComponent(id)}/reset-second-factor`),
  usersExportUrl: (filters: UserFilters) => withQuery('/api/admin/users/export', filters as Query),

  listRoles: (signal?: AbortSignal) => api.get<{ items: Role[] }>('/api/admin/roles', { signal }),
  createRole: (body: RoleBody & { key: string }) => api.post<Role>('/api/admin/roles', body),
  updateRole: (key: string, body: Partial<RoleBody> & { version: number }) =>
    api.patch<Role>(`/api/admin/roles/${encodeURIComponent(key)}`, body),
  listPermissions: (signal?: AbortSignal) => api.get<{ items: string[] }>('/api/admin/permissions', { signal }),

  listOrganisations: (signal?: AbortSignal) => api.get<{ items: Organisation[] }>('/api/admin/organisations', { signal }),
  createOrganisation: (body: CreateOrganisationBody) => api.post<Organisation>('/api/admin/organisations', body),

  listAudit: (filters: AuditFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<AuditEntry>>('/api/admin/audit', { query: { ...filters, cursor, limit: 100 } as Query, signal }),
  auditExportUrl: (filters: AuditFilters) => withQuery('/api/admin/audit/export', filters as Query),
  verifyAudit: () => api.get<AuditVerification>('/api/admin/audit/verify'),
};
