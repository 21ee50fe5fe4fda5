import type { Me, SessionState } from '@mizan/core';
import { createContext } from 'react';

export interface SessionContextValue {
  /** undefined while the first probe runs; null when signed out. */
  session: SessionState | null | undefined;
  /** The signed-in user once the session is active. */
  user: Me | null;
  loading: boolean;
  /** The probe itself failed (server unreachable...). */
  error: unknown;
  /** Record a SessionState the server just answered (login, second factor, preferences...). */
  accept: (state: SessionState | null) => void;
  refresh: () => Promise<SessionState | null>;
  logout: () => Promise<void>;
  /** The session ended because the user signed out (not because it expired). */
  signedOut: boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
