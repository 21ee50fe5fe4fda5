import { z } from 'zod';
import { ORGANISATION_KINDS, RECORD_SCOPES, SENSITIVITY_CLASSES } from '../permissions';
import { localeSchema, organisationRefSchema, passwordSchema, usernameSchema } from './auth';

const versionedFields = {
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    locale: localeSchema,
    organisation: organisationRefSchema,
    roles: z.array(z.string()),
    disabled: z.boolean(),
    totpEnrolled: z.boolean(),
    lastLoginAt: z.string().nullable(),
    ...versionedFields,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const createUserRequestSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().min(1).max(200),
  email: z.email().max(200).nullable().optional(),
  locale: localeSchema.default('fr'),
  organisationId: z.string().uuid(),
  roles: z.array(z.string().min(1)).min(1).max(20),
  password: passwordSchema,
});

export const updateUserRequestSchema = z.strictObject({
  version: z.number().int(),
  displayName: z.string().min(1).max(200).optional(),
  email: z.email().max(200).nullable().optional(),
  locale: localeSchema.optional(),
  organisationId: z.string().uuid().optional(),
  roles: z.array(z.string().min(1)).min(1).max(20).optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordRequestSchema = z.strictObject({ password: passwordSchema });

export const userListQuerySchema = z.object({
  q: z.string().max(100).optional(),
  role: z.string().max(64).optional(),
  organisationId: z.string().uuid().optional(),
  disabled: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const roleSchema = z
  .object({
    key: z.string(),
    permissions: z.array(z.string()),
    scope: z.enum(RECORD_SCOPES),
    clearances: z.array(z.enum(SENSITIVITY_CLASSES)),
    privileged: z.boolean(),
    builtIn: z.boolean(),
    userCount: z.number().int(),
    ...versionedFields,
  })
  .meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;

export const createRoleRequestSchema = z.strictObject({
  key: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-z][a-z0-9_]*$/),
  permissions: z.array(z.string()).max(200),
  scope: z.enum(RECORD_SCOPES),
  clearances: z.array(z.enum(SENSITIVITY_CLASSES)),
  privileged: z.boolean(),
});
export const updateRoleRequestSchema = z.strictObject({
  version: z.number().int(),
  permissions: z.array(z.string()).max(200).optional(),
  scope: z.enum(RECORD_SCOPES).optional(),
  clearances: z.array(z.enum(SENSITIVITY_CLASSES)).optional(),
  privileged: z.boolean().optional(),
});

export const organisationSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    parentId: z.string().nullable(),
    region: z.string().nullable(),
    ...versionedFields,
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const createOrganisationRequestSchema = z.strictObject({
  code: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[A-Z0-9_-]+$/),
  name: z.string().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: z.string().uuid().nullable().optional(),
  region: z.string().max(64).nullable().optional(),
});
