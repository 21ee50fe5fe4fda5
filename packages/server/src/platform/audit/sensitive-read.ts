import type { FastifyRequest } from 'fastify';
import type { SensitivityClass } from '@mizan/core';
import type { AppContext } from '../context';
import type { Executor } from '../../db/kysely';
import { mayRead } from '../authz/policies';
import { forbidden, invalidField } from '../errors';
import { auditContext } from '../http/access';
import { appendAudit } from './audit.service';

/** Header in which a client states why it reads a record of a class that requires a purpose. */
export const PURPOSE_HEADER = 'x-mizan-purpose';
/** Classes whose every read must state a purpose (the data-protection officer reviews them). */
const PURPOSE_REQUIRED: readonly SensitivityClass[] = ['sensitive', 'intelligence'];

/**
 * The gate every module passes before returning a record of a sensitivity class: the reader must hold the
 * clearance (403 otherwise, audited), must state a purpose where the class requires one (400 naming the
 * header), and the read is written to the audit log. Personal-class reads of lists are not audited row by row;
 * sensitive and intelligence reads always are.
 */
export async function auditSensitiveRead(
  ctx: AppContext,
  request: FastifyRequest,
  read: { recordType: string; recordIds: readonly string[]; sensitivity: SensitivityClass; db?: Executor },
): Promise<void> {
  const db = read.db ?? ctx.db;
  if (!mayRead(request.actor, read.sensitivity)) {
    await appendAudit(db, {
      ...auditContext(request),
      action: `${read.recordType}.read`,
      outcome: 'denied',
      recordType: read.recordType,
      recordIds: read.recordIds,
      sensitivity: read.sensitivity,
      details: { reason: 'no clearance' },
    });
    throw forbidden(`Reading ${read.sensitivity} data needs the ${read.sensitivity} clearance`);
  }
  const header = request.headers[PURPOSE_HEADER];
  const purpose = typeof header === 'string' ? header.trim().slice(0, 500) : '';
  if (!purpose && PURPOSE_REQUIRED.includes(read.sensitivity)) {
    throw invalidField(`headers.${PURPOSE_HEADER}`, 'purpose-required', `State the purpose of reading ${read.sensitivity} data`);
  }
  await appendAudit(db, {
    ...auditContext(request),
    action: `${read.recordType}.read`,
    outcome: 'success',
    recordType: read.recordType,
    recordIds: read.recordIds,
    sensitivity: read.sensitivity,
    purpose: purpose || null,
  });
}
