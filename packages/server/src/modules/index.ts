import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context';
import { dashboardRoutes } from '../platform/dashboard.routes';
import { adminFigures } from './admin/admin.figures';
import { adminRoutes } from './admin/admin.routes';
import { personsFigures } from './persons/persons.figures';

/** Every module's routes. A new module adds its plugin here and its figure provider to the dashboard. */
export const moduleRoutes: ReadonlyArray<FastifyPluginAsyncZod<{ ctx: AppContext }>> = [
  adminRoutes,
  dashboardRoutes([adminFigures, personsFigures]),
];
