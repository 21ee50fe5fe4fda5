import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import type { RouteAccess, SessionStage } from '@mizan/core';
import { AUTHENTICATED, isPermission, PUBLIC } from '@mizan/core';
import type { AppContext } from '../context';
import type { Actor } from '../authz/actor';
import { can } from '../authz/policies';
import { appendAudit } from '../audit/audit.service';
import { findSession, touchSession, type SessionRow } from '../auth/sessions';
import { API_TOKEN_PREFIX, hashToken, safeEqual } from '../auth/tokens';
import { loadActor } from '../identity/identity.repo';
import { sendProblem } from '../errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs: a permission, any signed-in user, or nothing (public). Required on every route. */
    access?: RouteAccess;
    /** Session stages, besides `active`, that may call this route (the sign-in steps). */
    stages?: SessionStage[];
    /** Sensitivity of what the route reads, for the OpenAPI document and the audit. */
    sensitivity?: 'personal' | 'sensitive' | 'intelligence';
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionRow | null;
  }
  interface FastifyInstance {
    routeRegistry: RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

export const SESSION_COOKIE = 'mizan_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class MissingAccessDeclarationError extends Error {}

function isWebAsset(url: string) {
  return !url.startsWith('/api') && url !== '/metrics';
}

/** The audit identity of an actor. */
export function auditActor(actor: Actor | null) {
  return actor ? { userId: actor.userId, username: actor.username, roles: actor.roles, organisationId: actor.organisationId } : null;
}

/** The audit fields of a request: who, from where, which request. */
export function auditContext(request: FastifyRequest) {
  return { actor: auditActor(request.actor), ip: request.ip, requestId: request.id };
}

async function authenticateToken(ctx: AppContext, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at.getTime() <= Date.now())) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await ctx.db.updateTable('api_tokens').set({ last_used_at: sql`now()` }).where('id', '=', row.id).execute();
  }
  return loadActor(ctx.db, row.user_id, 'token');
}

/**
 * Deny by default. Every route must declare `config.access`; on each request this plugin establishes who is
 * calling (session cookie or API token), checks CSRF on cookie-authenticated writes, checks the session stage
 * and the permission, and audits refusals. It runs before the body is parsed: an unauthorised caller's body is
 * never read.
 */
export const accessPlugin = fp<{ ctx: AppContext }>(async (app: FastifyInstance, { ctx }) => {
  const policy = { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs };
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorate('routeRegistry', [] as RegisteredRoute[]);

  app.addHook('onRoute', (route) => {
    // Two families of routes are public by construction: the API documentation (registered by
    // @fastify/swagger-ui) and the files of the built web application (outside /api).
    if (route.config?.access === undefined && (route.url.startsWith('/api/docs') || isWebAsset(route.url))) {
      route.config = { ...route.config, access: PUBLIC };
    }
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeRegistry.push({ method, url: route.url, access });
    }
    if (access === undefined && route.url.startsWith('/api')) {
      throw new MissingAccessDeclarationError(`Route ${methods.join(',')} ${route.url} declares no config.access`);
    }
    if (access !== undefined && access !== PUBLIC && access !== AUTHENTICATED && !isPermission(access)) {
      throw new MissingAccessDeclarationError(`Route ${route.url} declares unknown permission "${access}"`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined) return; // not-found handler and non-API assets

    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await authenticateToken(ctx, authorization.slice(7).trim());
      if (!request.actor && access !== PUBLIC) {
        return sendProblem(request, reply, 401, 'unauthenticated', 'Unknown, revoked or expired API token');
      }
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        const session = await findSession(ctx.db, cookie, policy);
        if (session) {
          request.session = session;
          if (session.stage === 'active') {
            request.actor = await loadActor(ctx.db, session.userId, 'session');
            if (request.actor) await touchSession(ctx.db, session);
          }
        }
      }
    }
    if (access === PUBLIC) return;

    const stages = request.routeOptions.config.stages ?? [];
    const session = request.session;
    const stageAllowed = !!session && stages.includes(session.stage);
    if (!request.actor && !stageAllowed) {
      if (session && session.stage !== 'active') {
        return sendProblem(request, reply, 401, 'second-factor-required', 'Finish signing in with the second factor');
      }
      return sendProblem(request, reply, 401, 'unauthenticated');
    }

    // CSRF: a cookie-authenticated write must carry the session's token in a header that a foreign site cannot set.
    if (session && request.actor?.via !== 'token' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) {
        return sendProblem(request, reply, 403, 'csrf', 'Send the X-CSRF-Token header given at sign-in');
      }
    }

    if (access === AUTHENTICATED || stageAllowed) return;
    if (!can(request.actor, access)) {
      await appendAudit(ctx.db, {
        ...auditContext(request),
        action: 'access.denied',
        outcome: 'denied',
        details: { method: request.method, route: request.routeOptions.url, permission: access },
      });
      return sendProblem(request, reply, 403, 'forbidden', `This needs the permission ${access}`);
    }
  });
});
