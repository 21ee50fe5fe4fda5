import { z } from 'zod';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    roles: z.array(z.string()),
    organisationId: z.string().nullable(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordIds: z.array(z.string()),
    purpose: z.string().nullable(),
    sensitivity: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    outcome: z.enum(AUDIT_OUTCOMES),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  actor: z.string().max(64).optional(),
  action: z.string().max(100).optional(),
  recordType: z.string().max(64).optional(),
  recordId: z.string().max(100).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenSeq: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditVerification' });
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
