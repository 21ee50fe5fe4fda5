import path from 'node:path';
import { z } from 'zod';

/** Configuration from the environment. Every variable is listed in the README. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z.string().url().optional(),
  MIZAN_DATA_DIR: z.string().default('data'),
  MIZAN_ADMIN_PASSWORD: z.string().min(12).optional(),
  MIZAN_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, '64 hex characters (32 bytes)')
    .optional(),
  MIZAN_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  MIZAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIZAN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  MIZAN_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  MIZAN_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  MIZAN_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  MIZAN_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  MIZAN_WEB_DIST: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  secretKey: string | undefined;
  demo: 'auto' | 'on' | 'off';
  logLevel: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  bodyLimit: number;
  webDist: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.MIZAN_DATA_DIR),
    adminPassword: e.MIZAN_ADMIN_PASSWORD,
    secretKey: e.MIZAN_SECRET_KEY,
    demo: e.MIZAN_DEMO,
    logLevel: e.MIZAN_LOG_LEVEL,
    sessionIdleMs: e.MIZAN_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.MIZAN_SESSION_ABSOLUTE_HOURS * 3_600_000,
    cookieSecure: e.MIZAN_COOKIE_SECURE === 'auto' ? 'auto' : e.MIZAN_COOKIE_SECURE === 'true',
    trustProxy: e.MIZAN_TRUST_PROXY === 'true',
    bodyLimit: e.MIZAN_BODY_LIMIT_BYTES,
    webDist: e.MIZAN_WEB_DIST,
  };
}
