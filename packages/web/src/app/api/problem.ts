import type { FieldError, Problem } from '@mizan/core';
import { problemTypeOf } from '@mizan/core';

/** An HTTP failure carrying an RFC 9457 problem document (or one synthesised for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header, when the server sent one. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The short problem type (`stale-version`, `invalid-credentials`...). */
  get type(): string {
    return problemTypeOf(this.problem);
  }

  is(type: string): boolean {
    return this.type === type;
  }
}

/** A problem for when the server could not be reached at all; its title is a locale key resolved by the UI. */
export const NETWORK_PROBLEM_TYPE = 'network';

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Turn a response body into a Problem, whatever the server sent. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  if (body && typeof body === 'object' && 'title' in body && typeof (body as { title: unknown }).title === 'string') {
    const b = body as Partial<Problem>;
    return {
      type: typeof b.type === 'string' ? b.type : 'about:blank',
      title: b.title as string,
      status: typeof b.status === 'number' ? b.status : status,
      ...(typeof b.detail === 'string' ? { detail: b.detail } : {}),
      ...(Array.isArray(b.errors) ? { errors: b.errors.filter(isFieldError) } : {}),
      ...('current' in b ? { current: b.current } : {}),
    };
  }
  return { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
}

function isFieldError(value: unknown): value is FieldError {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

/** `body.password` / `password` / `/password` -> `password`; `body.roles.0` -> `roles`. */
export function fieldNameOf(path: string): string {
  const parts = path
    .replace(/^\//, '')
    .split(/[./]/)
    .filter((p) => p !== '');
  const rest = parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params' ? parts.slice(1) : parts;
  const named = rest.filter((p) => !/^\d+$/.test(p));
  return named[0] ?? '';
}

/** Per-field errors of a problem, keyed by top-level field name (first error wins). */
export function fieldErrorsOf(error: unknown): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  if (!isApiError(error)) return out;
  for (const e of error.problem.errors ?? []) {
    const name = fieldNameOf(e.field);
    if (!(name in out)) out[name] = e;
  }
  return out;
}

/** Parse a Retry-After header (seconds or HTTP date) into whole seconds from now. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
