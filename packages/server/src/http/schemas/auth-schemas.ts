import { z } from '@hono/zod-openapi';
import { ROLES, TOKEN_SCOPES } from '@undertone/core';

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    agentId: z.string().optional().openapi({ description: 'agents only: the agent id on their calls' }),
    teams: z.array(z.string()).optional().openapi({ description: 'supervisors only: the teams they see' }),
  })
  .openapi('User');

export const adminUserSchema = userSchema.extend({ disabled: z.boolean(), createdAt: z.string(), updatedAt: z.string() }).openapi('ManagedUser');

export const sessionBodySchema = z
  .object({ user: userSchema, csrfToken: z.string().nullable().openapi({ description: 'send as x-csrf-token on POST/PUT/PATCH/DELETE; null when called with an API token' }) })
  .openapi('Session');

export const loginBodySchema = z.object({ username: z.string().min(1).max(128), password: z.string().min(1).max(1024) }).openapi('Login');

export const passwordChangeSchema = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }).openapi('PasswordChange');

const teams = z.array(z.string().min(1).max(128)).max(200);
export const newUserSchema = z
  .object({
    username: z.string().min(1).max(128),
    displayName: z.string().max(200).optional(),
    role: z.enum(ROLES),
    teams: teams.optional(),
    agentId: z.string().min(1).max(256).optional(),
    password: z.string().max(1024).optional().openapi({ description: 'at least 12 characters; when absent a random one is generated and returned once' }),
  })
  .strict()
  .openapi('NewUser');

export const userChangesSchema = z
  .object({
    displayName: z.string().max(200).optional(),
    role: z.enum(ROLES).optional(),
    teams: teams.optional(),
    agentId: z.string().min(1).max(256).nullable().optional(),
    disabled: z.boolean().optional(),
    password: z.string().max(1024).optional(),
  })
  .strict()
  .openapi('UserChanges');

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'the first characters of the secret, to tell tokens apart' }),
    userId: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const newTokenSchema = z
  .object({
    name: z.string().min(1).max(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .openapi('NewApiToken');

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorTokenId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    outcome: z.enum(['success', 'failure', 'denied']),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

export const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
