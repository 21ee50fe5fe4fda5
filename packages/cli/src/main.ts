import { parseArgs } from 'node:util';
import { SEED_ROLES } from '@mizan/core';
import { ConfigError, DataDirInUseError, loadConfig, MigrationError, openContext, startServer, verifyAuditChain } from '@mizan/server';
import { seedDemo } from '@mizan/server/seed';
import { createUserCommand } from './user-create';

const USAGE = `Usage: mizan <command> [options]

Commands:
  serve                         start the API and web application (PORT, default 8080)
  migrate                       apply pending database migrations
  seed --demo [--size N]        load the demo data set (N persons, default 500)
  user create --username U --role R [--role R2] [--organisation CODE] [--display-name NAME] [--password-stdin]
                                create a user; prints a generated password unless --password-stdin
  audit verify                  check the audit log's hash chain; exit code 1 at the first broken link

Configuration comes from the environment: DATABASE_URL, MIZAN_DATA_DIR, PORT, ... (see README.md).
Roles: ${SEED_ROLES.map((r) => r.key).join(', ')}`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

export async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve();
      case 'migrate':
        return await migrateCommand();
      case 'seed':
        return await seed(argv.slice(1));
      case 'user':
        if (sub === 'create') return await createUserCommand(argv.slice(2), out, err);
        break;
      case 'audit':
        if (sub === 'verify') return await auditVerify();
        break;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return command === undefined ? 1 : 0;
    }
    err(`Unknown command: ${argv.join(' ')}\n\n${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof MigrationError || e instanceof DataDirInUseError) {
      err(e.message);
      return 1;
    }
    if (e instanceof Error && e.name === 'UsageError') {
      err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

async function serve(): Promise<number> {
  const config = loadConfig();
  const started = Date.now();
  const server = await startServer(config, {
    seedDemo: (ctx) => seedDemo(ctx, { size: 500, log: out }).then(() => undefined),
  });
  out(`Mizan is ready at ${server.url} (${server.ctx.database.kind}, ${Date.now() - started} ms)`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      out(`${signal} received: closing`);
      server.close().then(resolve, (e: unknown) => {
        err(String(e));
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

async function migrateCommand(): Promise<number> {
  const opened = await openContext(loadConfig(), out);
  try {
    const { applied, alreadyApplied } = opened.migrations;
    out(applied.length ? `Applied: ${applied.join(', ')}` : `Up to date (${alreadyApplied} migrations applied).`);
    return 0;
  } finally {
    await opened.close();
  }
}

async function seed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean' }, size: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.demo) throw Object.assign(new Error('seed needs --demo'), { name: 'UsageError' });
  const size = values.size === undefined ? 500 : Number(values.size);
  if (!Number.isInteger(size) || size < 0 || size > 10_000_000) {
    throw Object.assign(new Error('--size must be a whole number between 0 and 10000000'), { name: 'UsageError' });
  }
  const opened = await openContext(loadConfig(), out);
  try {
    await seedDemo(opened.ctx, { size, seed: values.seed, log: out });
    return 0;
  } finally {
    await opened.close();
  }
}

async function auditVerify(): Promise<number> {
  const opened = await openContext(loadConfig(), out);
  try {
    const result = await verifyAuditChain(opened.ctx.db);
    if (result.ok) {
      out(`Audit log intact: ${result.checked} entries verified.`);
      return 0;
    }
    out(`Audit log BROKEN at entry ${result.firstBrokenSeq}: ${result.reason} (${result.checked} entries verified before it).`);
    return 1;
  } finally {
    await opened.close();
  }
}
