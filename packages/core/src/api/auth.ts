import { z } from 'zod';
import { LOCALES } from '../modules';
import { ORGANISATION_KINDS, RECORD_SCOPES, SENSITIVITY_CLASSES } from '../permissions';

export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(256);
export const usernameSchema = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'lowercase letters, digits, dot, dash, underscore');
export const localeSchema = z.enum(LOCALES);
export const totpCodeSchema = z.string().regex(/^\d{6}$/, 'six digits');

export const loginRequestSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const organisationRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});

/**
 * The stage of a session: `active` is fully signed in; `second-factor` waits for a TOTP code;
 * `enrolment` must enrol a TOTP authenticator first (privileged roles, first sign-in).
 */
export const sessionStageSchema = z.enum(['active', 'second-factor', 'enrolment']);
export type SessionStage = z.infer<typeof sessionStageSchema>;

export const meSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    locale: localeSchema,
    organisation: organisationRefSchema,
    roles: z.array(z.string()),
    permissions: z.array(z.string()),
    scope: z.enum(RECORD_SCOPES),
    clearances: z.array(z.enum(SENSITIVITY_CLASSES)),
    totpEnrolled: z.boolean(),
    secondFactorRequired: z.boolean(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** Answer of login, of the second-factor steps and of GET /api/auth/me. `user` is present once the stage is active. */
export const sessionStateSchema = z
  .object({
    stage: sessionStageSchema,
    csrfToken: z.string(),
    user: meSchema.nullable(),
    displayName: z.string(),
  })
  .meta({ id: 'SessionState' });
export type SessionState = z.infer<typeof sessionStateSchema>;

export const totpVerifyRequestSchema = z.strictObject({ code: totpCodeSchema });
export const totpEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string().describe('SVG image of the otpauth URL as a QR code'),
});
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

export const preferencesRequestSchema = z.strictObject({ locale: localeSchema });
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const createApiTokenRequestSchema = z.strictObject({
  name: z.string().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(730).optional(),
});
export const createdApiTokenSchema = apiTokenSchema.extend({
  token: z.string().describe('Shown once; send as "Authorization: Bearer <token>"'),
});
