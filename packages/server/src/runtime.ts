import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { createKysely } from './db/kysely';
import { migrate, type MigrationReport } from './db/migrate';
import { openDatabase } from './db/pool';
import type { AppContext } from './platform/context';
import { SecretBox } from './platform/auth/secret-box';
import { ensureAdmin, ensureBaseline } from './platform/identity/bootstrap';
import { buildApp } from './app';
import { scheduleHousekeeping } from './platform/housekeeping';

/**
 * The server key seals stored secrets. Production sets MIZAN_SECRET_KEY (the same on every application server);
 * an embedded single-node installation keeps a generated key beside its data.
 */
async function resolveSecretKey(config: Config, log: (msg: string) => void): Promise<Buffer> {
  if (config.secretKey) return Buffer.from(config.secretKey, 'hex');
  const file = path.join(config.dataDir, 'secret.key');
  try {
    return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
  } catch {
    await fs.mkdir(config.dataDir, { recursive: true });
    const key = randomBytes(32);
    await fs.writeFile(file, key.toString('hex'), { mode: 0o600, flag: 'wx' }).catch(async () => undefined);
    if (config.databaseUrl) log(`MIZAN_SECRET_KEY is not set: using a key generated in ${file}; set it on every server in production.`);
    return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
  }
}

export interface OpenedContext {
  ctx: AppContext;
  migrations: MigrationReport;
  close(): Promise<void>;
}

/** Opens the database, applies migrations and the baseline (roles, directorate). */
export async function openContext(config: Config, log: (msg: string) => void = () => undefined): Promise<OpenedContext> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
  try {
    const migrations = await migrate(database.pool);
    const db = createKysely(database.pool);
    await ensureBaseline(db);
    const secrets = new SecretBox(await resolveSecretKey(config, log));
    const ctx: AppContext = { config, database, db, secrets };
    return { ctx, migrations, close: () => database.close() };
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Loads the demo data set on an empty embedded database (see seed). */
  seedDemo?: (ctx: AppContext) => Promise<void>;
  print?: (line: string) => void;
}

/** Starts Mizan: database, first-start setup, HTTP server; closes gracefully on SIGTERM and SIGINT. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const opened = await openContext(config, print);
  const { ctx } = opened;
  const admin = await ensureAdmin(ctx.db, config.adminPassword);
  if (admin.created && admin.generatedPassword) print(`Initial admin password: ${admin.generatedPassword}`);
  const wantsDemo = config.demo === 'on' || (config.demo === 'auto' && !config.databaseUrl);
  if (admin.created && wantsDemo && options.seedDemo) await options.seedDemo(ctx);

  const app = await buildApp(ctx);
  const stopHousekeeping = scheduleHousekeeping(ctx, (err) => app.log.warn({ err }, 'housekeeping failed'));
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopHousekeeping();
      await app.close();
      await opened.close();
    })());
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  return { app, ctx, url, close };
}
