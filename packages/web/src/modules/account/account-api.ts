import { api } from '../../app/api/api-client';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}
export interface CreatedApiToken extends ApiToken {
  token: string;
}

export const accountApi = {
  listTokens: (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/auth/tokens', { signal }).then((r) => r.items),
  createToken: (body: { name: string; expiresInDays?: number }) => api.post<CreatedApiToken>('/api/auth/tokens', body),
  revokeToken: (id: string) => api.delete(`/api/auth/tokens/${encodeURIComponent(id)}`),
};
