import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditEntrySchema,
  auditQuerySchema,
  auditVerificationSchema,
  createOrganisationRequestSchema,
  createRoleRequestSchema,
  createUserRequestSchema,
  organisationSchema,
  pageSchema,
  problemSchema,
  resetPasswordRequestSchema,
  roleSchema,
  updateRoleRequestSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userSchema,
} from '@mizan/core';
import type { AppContext } from '../../platform/context';
import { auditContext } from '../../platform/http/access';
import * as identity from '../../platform/identity/identity.service';
import { toCsv } from '../../platform/http/csv';
import * as admin from './admin.service';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const idParams = z.object({ id: z.uuid() });
const tags = ['admin'];

export const adminRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // ---- users ----
  app.get(
    '/api/admin/users',
    {
      config: { access: 'admin:users-read' },
      schema: { tags, summary: 'List users', querystring: userListQuerySchema, response: { 200: pageSchema(userSchema), ...problems } },
    },
    async (request) => {
      const { cursor, limit, disabled, ...filter } = request.query;
      return identity.listUsers(ctx.db, { ...filter, disabled: disabled === undefined ? undefined : disabled === 'true' }, { cursor, limit });
    },
  );

  app.get(
    '/api/admin/users/export',
    {
      config: { access: 'admin:users-read' },
      schema: { tags, summary: 'Export users as CSV (same filters as the list)', querystring: userListQuerySchema.omit({ cursor: true, limit: true }) },
    },
    async (request, reply) => {
      const { disabled, ...filter } = request.query;
      const rows = await admin.allUsers(ctx, { ...filter, disabled: disabled === undefined ? undefined : disabled === 'true' });
      await admin.auditExport(ctx, request, 'user', rows.length);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mizan-users.csv"')
        .send(
          toCsv(
            ['username', 'displayName', 'email', 'organisation', 'roles', 'disabled', 'totpEnrolled', 'lastLoginAt'],
            rows.map((u) => [u.username, u.displayName, u.email, u.organisation.code, u.roles.join(' '), u.disabled, u.totpEnrolled, u.lastLoginAt]),
          ),
        );
    },
  );

  app.post(
    '/api/admin/users',
    { config: { access: 'admin:users-write' }, schema: { tags, summary: 'Create a user', body: createUserRequestSchema, response: { 201: userSchema, ...problems } } },
    async (request, reply) => {
      const user = await ctx.db.transaction().execute((tx) => identity.createUser(tx, request.body, auditContext(request)));
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/api/admin/users/:id',
    { config: { access: 'admin:users-read' }, schema: { tags, summary: 'One user', params: idParams, response: { 200: userSchema, ...problems } } },
    async (request) => identity.getUser(ctx.db, request.params.id),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: { access: 'admin:users-write' },
      schema: {
        tags,
        summary: 'Change a user (optimistic locking: send the version you read; 409 with the current record if stale)',
        params: idParams,
        body: updateUserRequestSchema,
        response: { 200: userSchema, ...problems },
      },
    },
    async (request) => ctx.db.transaction().execute((tx) => identity.updateUser(tx, request.params.id, request.body, auditContext(request))),
  );

  app.post(
    '/api/admin/users/:id/password',
    {
      config: { access: 'admin:users-write' },
      schema: { tags, summary: 'Set a new password for a user', params: idParams, body: resetPasswordRequestSchema, response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((tx) => identity.setUserPassword(tx, request.params.id, request.body.password, auditContext(request)));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/admin/users/:id/reset-second-factor',
    {
      config: { access: 'admin:users-write' },
      schema: { tags, summary: 'Remove a user’s TOTP enrolment (they enrol again at next sign-in)', params: idParams, response: { 204: z.null(), ...problems } },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((tx) => identity.resetSecondFactor(tx, request.params.id, auditContext(request)));
      return reply.status(204).send(null);
    },
  );

  // ---- roles and permissions ----
  app.get(
    '/api/admin/roles',
    { config: { access: 'admin:roles-read' }, schema: { tags, summary: 'List roles', response: { 200: z.object({ items: z.array(roleSchema) }), ...problems } } },
    async () => ({ items: await identity.listRoles(ctx.db) }),
  );

  app.post(
    '/api/admin/roles',
    { config: { access: 'admin:roles-write' }, schema: { tags, summary: 'Create a role', body: createRoleRequestSchema, response: { 201: roleSchema, ...problems } } },
    async (request, reply) => reply.status(201).send(await ctx.db.transaction().execute((tx) => identity.createRole(tx, request.body, auditContext(request)))),
  );

  app.patch(
    '/api/admin/roles/:key',
    {
      config: { access: 'admin:roles-write' },
      schema: { tags, summary: 'Change a role', params: z.object({ key: z.string().max(64) }), body: updateRoleRequestSchema, response: { 200: roleSchema, ...problems } },
    },
    async (request) => ctx.db.transaction().execute((tx) => identity.updateRole(tx, request.params.key, request.body, auditContext(request))),
  );

  app.get(
    '/api/admin/permissions',
    { config: { access: 'admin:roles-read' }, schema: { tags, summary: 'Every permission name', response: { 200: z.object({ items: z.array(z.string()) }), ...problems } } },
    async () => ({ items: identity.allPermissions() }),
  );

  // ---- organisations ----
  app.get(
    '/api/admin/organisations',
    {
      config: { access: 'admin:organisations-read' },
      schema: { tags, summary: 'List organisations', response: { 200: z.object({ items: z.array(organisationSchema) }), ...problems } },
    },
    async () => ({ items: await identity.listOrganisations(ctx.db) }),
  );

  app.post(
    '/api/admin/organisations',
    {
      config: { access: 'admin:organisations-write' },
      schema: { tags, summary: 'Create an organisation', body: createOrganisationRequestSchema, response: { 201: organisationSchema, ...problems } },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.db.transaction().execute((tx) => identity.createOrganisation(tx, request.body, auditContext(request)))),
  );

  // ---- audit ----
  app.get(
    '/api/admin/audit',
    {
      config: { access: 'admin:audit-read' },
      schema: { tags, summary: 'Search the audit log (newest first)', querystring: auditQuerySchema, response: { 200: pageSchema(auditEntrySchema), ...problems } },
    },
    async (request) => admin.searchAudit(ctx, request, request.query),
  );

  app.get(
    '/api/admin/audit/export',
    {
      config: { access: 'admin:audit-read' },
      schema: { tags, summary: 'Export the audit log as CSV (same filters as the list)', querystring: auditQuerySchema.omit({ cursor: true, limit: true }) },
    },
    async (request, reply) => {
      const rows = await admin.exportAudit(ctx, request, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mizan-audit.csv"')
        .send(
          toCsv(
            ['seq', 'at', 'actor', 'roles', 'organisationId', 'action', 'recordType', 'recordIds', 'purpose', 'sensitivity', 'ip', 'requestId', 'outcome', 'details'],
            rows.map((e) => [
              e.seq,
              e.at,
              e.actorUsername,
              e.roles.join(' '),
              e.organisationId,
              e.action,
              e.recordType,
              e.recordIds.join(' '),
              e.purpose,
              e.sensitivity,
              e.ip,
              e.requestId,
              e.outcome,
              JSON.stringify(e.details),
            ]),
          ),
        );
    },
  );

  app.get(
    '/api/admin/audit/verify',
    { config: { access: 'admin:audit-verify' }, schema: { tags, summary: 'Verify the audit hash chain', response: { 200: auditVerificationSchema, ...problems } } },
    async (request) => admin.verifyAudit(ctx, request),
  );
};
