import { z } from 'zod';

/** One figure on the home dashboard. Only figures the user may see are returned. */
export const dashboardFigureSchema = z.object({
  key: z.string().describe('Locale key under dashboard.figures'),
  module: z.string(),
  value: z.number().int(),
  href: z.string().nullable(),
});
export const dashboardSchema = z.object({ figures: z.array(dashboardFigureSchema) }).meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;
