import { parseArgs } from 'node:util';
import { createUserRequestSchema } from '@mizan/core';
import { identity, loadConfig, openContext } from '@mizan/server';
import { generatePassword } from '@mizan/server/passwords';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** `mizan user create`: the same service and validation as the admin API. */
export async function createUserCommand(args: string[], out: (l: string) => void, err: (l: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      role: { type: 'string', multiple: true },
      organisation: { type: 'string', default: 'DGM' },
      'display-name': { type: 'string' },
      locale: { type: 'string', default: 'fr' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const password = values['password-stdin'] ? await readStdin() : generatePassword();
  const opened = await openContext(loadConfig(), out);
  try {
    const org = await opened.ctx.db.selectFrom('organisations').select('id').where('code', '=', values.organisation ?? 'DGM').executeTakeFirst();
    if (!org) {
      err(`Unknown organisation code: ${values.organisation}`);
      return 2;
    }
    const parsed = createUserRequestSchema.safeParse({
      username: values.username,
      displayName: values['display-name'] ?? values.username,
      locale: values.locale,
      organisationId: org.id,
      roles: values.role ?? [],
      password,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) err(`${issue.path.join('.') || 'input'}: ${issue.message}`);
      return 2;
    }
    const user = await opened.ctx.db.transaction().execute((tx) => identity.createUser(tx, parsed.data, { actor: null }));
    out(`Created user ${user.username} (${user.roles.join(', ')}) in ${user.organisation.code}.`);
    if (!values['password-stdin']) out(`Password: ${password}`);
    return 0;
  } catch (e) {
    if (e instanceof Error && 'status' in e && 'extra' in e) {
      err(e.message);
      return 2;
    }
    throw e;
  } finally {
    await opened.close();
  }
}
