import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { FieldError, Problem, ProblemType } from '@mizan/core';
import { PROBLEM_TYPE_BASE } from '@mizan/core';
import { RowNotFoundError, StaleVersionError } from '../db/versioned';
import { SERVER_MESSAGES, localeFromAcceptLanguage } from './i18n/messages';

/** An error that is the client's to fix (or to know about): answered as application/problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; current?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? type);
  }
}

export const notFound = (detail?: string) => new HttpProblem(404, 'not-found', detail);
export const forbidden = (detail?: string) => new HttpProblem(403, 'forbidden', detail);
export const conflict = (detail: string, field?: string) =>
  new HttpProblem(409, 'conflict', detail, field ? { errors: [{ field, code: 'conflict', message: detail }] } : {});
export const invalidField = (field: string, code: string, message: string) =>
  new HttpProblem(400, 'validation', message, { errors: [{ field, code, message }] });

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  type: ProblemType,
  detail?: string,
  extra: { errors?: FieldError[]; current?: unknown; headers?: Record<string, string> } = {},
) {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + type,
    title: SERVER_MESSAGES[locale].problems[type],
    status,
    ...(detail ? { detail } : {}),
    instance: request.url,
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.current !== undefined ? { current: extra.current } : {}),
  };
  for (const [name, value] of Object.entries(extra.headers ?? {})) reply.header(name, value);
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

/** Fastify's own client-error codes, mapped to our problem types. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, ProblemType]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-json'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'validation'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_VALIDATION: [400, 'validation'],
};

function zodIssuesToFieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    const base = [error.validationContext ?? 'body', ...path];
    const keys = (v.params as { keys?: unknown }).keys;
    // An unknown key is reported on the object; name the key itself so the client knows which one.
    const field =
      v.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length ? [...base, String(keys[0])].join('.') : base.join('.');
    return { field, code: v.keyword, message: v.message ?? 'invalid' };
  });
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(request, reply, error.status, error.type, error.detail, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = zodIssuesToFieldErrors(error);
      return sendProblem(request, reply, 400, 'validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
        errors,
      });
    }
    if (error instanceof StaleVersionError) {
      return sendProblem(request, reply, 409, 'stale-version', error.message, { current: error.current });
    }
    if (error instanceof RowNotFoundError) return sendProblem(request, reply, 404, 'not-found', error.message);
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return sendProblem(request, reply, known[0], known[1], error.message);
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(request, reply, 400, 'malformed-json', error.message);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const type: ProblemType = error.statusCode === 404 ? 'not-found' : error.statusCode === 429 ? 'rate-limited' : 'validation';
      return sendProblem(request, reply, error.statusCode, type, error.message);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(request, reply, 500, 'internal', `Reference: ${request.id}`);
  });
}
