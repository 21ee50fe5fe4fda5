import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenSchema,
  changePasswordRequestSchema,
  createApiTokenRequestSchema,
  createdApiTokenSchema,
  loginRequestSchema,
  preferencesRequestSchema,
  problemSchema,
  sessionStateSchema,
  totpEnrolmentSchema,
  totpVerifyRequestSchema,
} from '@mizan/core';
import type { AppContext } from '../context';
import { HttpProblem } from '../errors';
import { SESSION_COOKIE } from '../http/access';
import { loadActor } from '../identity/identity.repo';
import * as auth from './auth.service';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema, 429: problemSchema };

function metaOf(request: FastifyRequest): auth.RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id };
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const cookieOptions = (request: FastifyRequest) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: ctx.config.cookieSecure === 'auto' ? request.protocol === 'https' : ctx.config.cookieSecure,
    maxAge: Math.floor(ctx.config.sessionAbsoluteMs / 1000),
  });
  const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(request));

  /** The session of the request even when it is not active yet (the sign-in steps). */
  const pendingSession = (request: FastifyRequest) => {
    if (!request.session) throw new HttpProblem(401, 'unauthenticated');
    return request.session;
  };

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with user name and password',
        body: loginRequestSchema,
        response: { 200: sessionStateSchema, ...problems },
      },
    },
    async (request, reply) => {
      const result = await auth.login(ctx, request.body, metaOf(request), request.session?.tokenHash ?? null);
      setSessionCookie(request, reply, result.token);
      return result.state;
    },
  );

  app.post(
    '/api/auth/second-factor',
    {
      config: { access: 'authenticated', stages: ['second-factor'] },
      schema: {
        tags: ['auth'],
        summary: 'Finish signing in with a TOTP code',
        body: totpVerifyRequestSchema,
        response: { 200: sessionStateSchema, ...problems },
      },
    },
    async (request, reply) => {
      const result = await auth.verifySecondFactor(ctx, pendingSession(request), request.body.code, metaOf(request));
      setSessionCookie(request, reply, result.token);
      return result.state;
    },
  );

  app.post(
    '/api/auth/enrolment/start',
    {
      config: { access: 'authenticated', stages: ['enrolment'] },
      schema: { tags: ['auth'], summary: 'Start enrolling a TOTP authenticator', response: { 200: totpEnrolmentSchema, ...problems } },
    },
    async (request) => auth.startEnrolment(ctx, pendingSession(request)),
  );

  app.post(
    '/api/auth/enrolment/confirm',
    {
      config: { access: 'authenticated', stages: ['enrolment'] },
      schema: {
        tags: ['auth'],
        summary: 'Confirm the TOTP enrolment with a first code',
        body: totpVerifyRequestSchema,
        response: { 200: sessionStateSchema, ...problems },
      },
    },
    async (request, reply) => {
      const result = await auth.confirmEnrolment(ctx, pendingSession(request), request.body.code, metaOf(request));
      setSessionCookie(request, reply, result.token);
      return result.state;
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'authenticated', stages: ['second-factor', 'enrolment'] },
      schema: { tags: ['auth'], summary: 'The current session and user', response: { 200: sessionStateSchema, ...problems } },
    },
    async (request) => {
      // A machine client (API token) has no session: it is simply active.
      if (request.actor?.via === 'token') {
        return { stage: 'active' as const, csrfToken: '', user: await auth.meOf(ctx.db, request.actor), displayName: request.actor.displayName };
      }
      return auth.sessionStateOf(ctx, pendingSession(request), request.actor);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated', stages: ['second-factor', 'enrolment'] },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      await auth.logout(ctx, request.session, request.actor, metaOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/auth/preferences',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Save the user interface language', body: preferencesRequestSchema, response: { 200: sessionStateSchema, ...problems } },
    },
    async (request) => {
      await auth.setLocale(ctx, request.actor!, request.body.locale, metaOf(request));
      const actor = await loadActor(ctx.db, request.actor!.userId, request.actor!.via);
      if (!request.session) return { stage: 'active' as const, csrfToken: '', user: await auth.meOf(ctx.db, actor!), displayName: actor!.displayName };
      return auth.sessionStateOf(ctx, request.session, actor);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Change one’s own password', body: changePasswordRequestSchema, response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      await auth.changeOwnPassword(ctx, request.actor!, request.session, request.body, metaOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'My API tokens', response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...problems } },
    },
    async (request) => ({ items: await auth.listApiTokens(ctx, request.actor!) }),
  );

  app.post(
    '/api/auth/tokens',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for a machine client (shown once)',
        body: createApiTokenRequestSchema,
        response: { 201: createdApiTokenSchema, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await auth.createApiToken(ctx, request.actor!, request.body, metaOf(request))),
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Revoke an API token', params: z.object({ id: z.uuid() }), response: { 204: z.null(), 404: problemSchema, ...problems } },
    },
    async (request, reply) => {
      await auth.revokeApiToken(ctx, request.actor!, request.params.id, metaOf(request));
      return reply.status(204).send(null);
    },
  );
};
