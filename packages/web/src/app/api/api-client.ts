import type { SessionState } from '@mizan/core';
import { ApiError, NETWORK_PROBLEM_TYPE, parseRetryAfter, toProblem } from './problem';

/**
 * The one way the web talks to the server: same-origin cookies, the current language in Accept-Language,
 * the CSRF token of the latest SessionState on every non-GET request, problems turned into ApiError.
 */

let csrfToken: string | null = null;
let language = 'fr';
let onUnauthenticated: (() => void) | null = null;
let refreshSession: (() => Promise<SessionState | null>) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function getCsrfToken(): string | null {
  return csrfToken;
}
export function setApiLanguage(lang: string): void {
  language = lang;
}
/** Called when a request that needed a session answers 401: the session ended (expired, signed out elsewhere). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}
/** Used to fetch a fresh CSRF token once when the server refuses ours. */
export function setSessionRefresher(refresher: (() => Promise<SessionState | null>) | null): void {
  refreshSession = refresher;
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** `/api/x` + `{a: 1, b: undefined, c: ''}` -> `/api/x?a=1` (empty values dropped). */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not call the unauthenticated handler on 401 (sign-in steps, session probe). */
  expectUnauthenticated?: boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
  };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken ?? '';
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ type: NETWORK_PROBLEM_TYPE, title: '', status: 0 });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.includes('json')) return (await response.text()) as T;
    const data = (await response.json()) as T;
    if (isSessionState(data)) setCsrfToken(data.csrfToken);
    return data;
  }

  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  const error = new ApiError(
    toProblem(response.status, response.statusText, payload),
    parseRetryAfter(response.headers.get('Retry-After')),
  );

  // Our CSRF token went stale (e.g. the session was renewed in another tab): fetch a fresh one, try once more.
  if (error.status === 403 && error.is('csrf') && !retried && refreshSession) {
    const fresh = await refreshSession().catch(() => null);
    if (fresh) return request<T>(method, path, options, true);
  }
  if (error.status === 401 && !options.expectUnauthenticated) onUnauthenticated?.();
  throw error;
}

function isSessionState(value: unknown): value is SessionState {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as SessionState).csrfToken === 'string' &&
    typeof (value as SessionState).stage === 'string'
  );
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
