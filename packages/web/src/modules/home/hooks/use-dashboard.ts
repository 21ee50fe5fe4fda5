import type { Dashboard } from '@mizan/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/api-client';

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => api.get<Dashboard>('/api/dashboard', { signal }),
    refetchInterval: 5 * 60_000,
  });
}
