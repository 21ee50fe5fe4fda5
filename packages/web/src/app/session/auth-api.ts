import type { SessionState, TotpEnrolment } from '@mizan/core';
import { api } from '../api/api-client';
import { isApiError } from '../api/problem';

/** The session as the server sees it, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionState | null> {
  try {
    return await api.get<SessionState>('/api/auth/me', { expectUnauthenticated: true });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const authApi = {
  login: (username: string, password: string) =>
    api.post<SessionState>('/api/auth/login', { username, password }, { expectUnauthenticated: true }),
  secondFactor: (code: string) => api.post<SessionState>('/api/auth/second-factor', { code }, { expectUnauthenticated: true }),
  startEnrolment: () => api.post<TotpEnrolment>('/api/auth/enrolment/start', undefined, { expectUnauthenticated: true }),
  confirmEnrolment: (code: string) => api.post<SessionState>('/api/auth/enrolment/confirm', { code }, { expectUnauthenticated: true }),
  logout: () => api.post<void>('/api/auth/logout', undefined, { expectUnauthenticated: true }),
  setPreferences: (locale: string) => api.put<SessionState>('/api/auth/preferences', { locale }),
  changePassword: (currentPassword: string, newPassword: string) => api.post<void>('/api/auth/password', { currentPassword, newPassword }),
};
