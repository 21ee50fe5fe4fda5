import type { Locale, SessionState } from '@mizan/core';
import { isLocale } from '@mizan/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { setCsrfToken, setSessionRefresher, setUnauthenticatedHandler } from '../api/api-client';
import { changeLocale, currentLocale, i18next } from '../i18n/i18n';
import { authApi, fetchSession } from './auth-api';
import { SessionContext, type SessionContextValue } from './session-context';

export const SESSION_QUERY_KEY = ['session'] as const;

/**
 * Holds the session (GET /api/auth/me), keeps the API client's CSRF token current, and reconciles languages:
 * a language chosen on the sign-in page is saved to the profile; otherwise the profile's language applies.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: true,
  });
  const session = query.data;

  const accept = useCallback(
    (state: SessionState | null) => {
      setCsrfToken(state?.csrfToken ?? null);
      const before = queryClient.getQueryData<SessionState | null>(SESSION_QUERY_KEY);
      if (!state || before?.user?.id !== state.user?.id) {
        // A different person (or nobody): drop everything cached for the previous one.
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] });
      }
      queryClient.setQueryData(SESSION_QUERY_KEY, state);
    },
    [queryClient],
  );

  useEffect(() => {
    if (session !== undefined) setCsrfToken(session?.csrfToken ?? null);
  }, [session]);

  const refresh = useCallback(async () => {
    const state = await fetchSession();
    accept(state);
    return state;
  }, [accept]);

  useEffect(() => {
    setUnauthenticatedHandler(() => accept(null));
    setSessionRefresher(refresh);
    return () => {
      setUnauthenticatedHandler(null);
      setSessionRefresher(null);
    };
  }, [accept, refresh]);

  // Language reconciliation, once per signed-in user.
  const chosenBeforeSignIn = useRef<Locale | null>(null);
  const reconciledFor = useRef<string | null>(null);
  useEffect(() => {
    const onChange = (lng: string) => {
      const current = queryClient.getQueryData<SessionState | null>(SESSION_QUERY_KEY);
      if (!current?.user && isLocale(lng)) chosenBeforeSignIn.current = lng;
    };
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, [queryClient]);

  const user = session?.stage === 'active' ? (session.user ?? null) : null;
  useEffect(() => {
    if (!user) {
      reconciledFor.current = null;
      return;
    }
    if (reconciledFor.current === user.id) return;
    reconciledFor.current = user.id;
    const chosen = chosenBeforeSignIn.current;
    chosenBeforeSignIn.current = null;
    if (chosen && chosen !== user.locale) {
      authApi.setPreferences(chosen).then(accept, () => undefined);
    } else if (isLocale(user.locale) && user.locale !== currentLocale()) {
      void changeLocale(user.locale);
    }
  }, [user, accept]);

  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    if (user) setSignedOut(false);
  }, [user]);

  const logout = useCallback(async () => {
    setSignedOut(true);
    try {
      await authApi.logout();
    } finally {
      accept(null);
    }
  }, [accept]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      user,
      loading: query.isPending,
      error: query.error,
      accept,
      refresh,
      logout,
      signedOut,
    }),
    [session, user, query.isPending, query.error, accept, refresh, logout, signedOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
