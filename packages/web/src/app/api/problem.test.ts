import { describe, expect, it } from 'vitest';
import { withQuery } from './api-client';
import { ApiError, fieldErrorsOf, fieldNameOf, parseRetryAfter, toProblem } from './problem';

describe('problems', () => {
  it('keep what the server sent', () => {
    const problem = toProblem(409, 'Conflict', {
      type: 'https://mizan.example/problems/stale-version',
      title: "Quelqu'un d'autre a modifié cet enregistrement entre-temps",
      status: 409,
      current: { version: 3 },
    });
    const error = new ApiError(problem);
    expect(error.type).toBe('stale-version');
    expect(error.is('stale-version')).toBe(true);
    expect(error.status).toBe(409);
    expect(error.problem.current).toEqual({ version: 3 });
  });

  it('are made up when the body is not a problem', () => {
    expect(toProblem(502, 'Bad Gateway', '<html>')).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
    expect(toProblem(500, '', null).title).toBe('HTTP 500');
  });

  it('name fields the way forms do', () => {
    expect(fieldNameOf('body.password')).toBe('password');
    expect(fieldNameOf('body.roles.0')).toBe('roles');
    expect(fieldNameOf('/email')).toBe('email');
    expect(fieldNameOf('query.limit')).toBe('limit');
  });

  it('group field errors by field, first one first', () => {
    const error = new ApiError(
      toProblem(400, 'Bad Request', {
        type: 'https://mizan.example/problems/validation',
        title: 'La demande contient des champs invalides',
        status: 400,
        errors: [
          { field: 'body.username', code: 'too_small', message: 'Too small' },
          { field: 'body.username', code: 'invalid_format', message: 'lowercase letters' },
          { field: 'body.roles', code: 'too_small', message: 'Too small' },
          { nonsense: true },
        ],
      }),
    );
    const byField = fieldErrorsOf(error);
    expect(Object.keys(byField)).toEqual(['username', 'roles']);
    expect(byField.username!.code).toBe('too_small');
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });

  it('read Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('query strings', () => {
  it('drop empty filters', () => {
    expect(withQuery('/api/admin/users', { q: 'amina', role: '', organisationId: undefined, cursor: null, limit: 50 })).toBe(
      '/api/admin/users?q=amina&limit=50',
    );
    expect(withQuery('/api/admin/users/export', {})).toBe('/api/admin/users/export');
    expect(withQuery('/api/x?a=1', { b: 'é ü' })).toBe('/api/x?a=1&b=%C3%A9+%C3%BC');
  });
});
