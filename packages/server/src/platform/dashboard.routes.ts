import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { dashboardSchema, type dashboardFigureSchema, problemSchema } from '@mizan/core';
import type { AppContext } from './context';
import type { Actor } from './authz/actor';

export type DashboardFigure = z.infer<typeof dashboardFigureSchema>;
export type FigureProvider = (ctx: AppContext, actor: Actor) => Promise<DashboardFigure[]>;

/** The home dashboard: each module contributes the figures the user is allowed to see. */
export function dashboardRoutes(providers: readonly FigureProvider[]): FastifyPluginAsyncZod<{ ctx: AppContext }> {
  return async (app, { ctx }) => {
    app.get(
      '/api/dashboard',
      {
        config: { access: 'authenticated' },
        schema: { tags: ['platform'], summary: 'Counts for the home dashboard, limited to what the user may see', response: { 200: dashboardSchema, 401: problemSchema } },
      },
      async (request) => {
        const parts = await Promise.all(providers.map((p) => p(ctx, request.actor!)));
        return { figures: parts.flat() };
      },
    );
  };
}
