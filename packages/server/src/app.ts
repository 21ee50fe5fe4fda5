import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationsUpToDate } from './db/migrate';
import type { AppContext } from './platform/context';
import { registerErrorHandling, sendProblem } from './platform/errors';
import { accessPlugin } from './platform/http/access';
import { authRoutes } from './platform/auth/auth.routes';
import { registerMetrics } from './platform/metrics';
import { moduleRoutes } from './modules';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface BuildAppOptions {
  logger?: boolean | Record<string, unknown>;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger ??
      ({
        level: ctx.config.logLevel,
        redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      } as Record<string, unknown>),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: ctx.config.bodyLimit,
    trustProxy: ctx.config.trustProxy,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Mantine injects its CSS variables through style elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false, // set by the TLS-terminating proxy, which knows whether HTTPS is in use
  });

  await app.register(accessPlugin, { ctx });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mizan API',
        version: '0.1.0',
        description:
          'Migration governance platform. Errors are application/problem+json (RFC 9457). Cookie-authenticated writes need the X-CSRF-Token header; machine clients use "Authorization: Bearer <API token>".',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'mizan_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: true } });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['platform'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'The database is reachable and migrated',
        response: { 200: z.object({ status: z.literal('ready'), database: z.string() }) },
      },
    },
    async (request, reply) => {
      try {
        await ctx.database.pool.query('SELECT 1');
        if (!(await migrationsUpToDate(ctx.database.pool))) {
          return sendProblem(request, reply, 503, 'unavailable', 'Migrations are not applied');
        }
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        return sendProblem(request, reply, 503, 'unavailable', 'The database is not reachable');
      }
      return { status: 'ready' as const, database: ctx.database.kind };
    },
  );

  registerMetrics(app);
  await app.register(authRoutes, { ctx });
  for (const routes of moduleRoutes) await app.register(routes, { ctx });

  await registerWebApp(app, ctx.config.webDist ?? DEFAULT_WEB_DIST);
  return app;
}

/** Serves the built web application, with index.html for every client-side route; problem+json 404 elsewhere. */
async function registerWebApp(app: FastifyInstance, dist: string) {
  const built = fs.existsSync(path.join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false, maxAge: '1h' });
  } else {
    app.log.warn({ dist }, 'web application not built: run `npm run build`');
  }
  app.setNotFoundHandler((request, reply) => {
    if (built && request.method === 'GET' && !request.url.startsWith('/api') && !request.url.startsWith('/metrics')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'not-found', `${request.method} ${request.url}`);
  });
}
