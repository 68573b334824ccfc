import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createApiToken } from '../../auth/api-tokens.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { recordAudit } from '../auth/record-audit.js';
import { requirePrincipal } from '../auth/request-context.js';
import { presentToken } from '../present-user.js';
import { jsonBody, newTokenSchema, tokenSchema } from '../schemas/auth-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';

const tags = ['tokens'];

/** API tokens: everyone manages their own; admins see and revoke everyone's. Tokens act as their owner. */
export function registerTokenRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const auth = deps.auth;

  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/tokens', tags, summary: 'Your API tokens (every token, for admins); secrets are never shown again', responses: { 200: { description: 'tokens', content: { 'application/json': { schema: z.object({ items: z.array(tokenSchema) }) } } }, ...errorResponses(401, 403) } }),
    async (c) => {
      const { user } = requirePrincipal(c);
      const tokens = await auth.tokens.list(user.role === 'admin' ? {} : { userId: user.id });
      return c.json({ items: tokens.map(presentToken) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/tokens',
      tags,
      summary: 'Create an API token for yourself: the secret (ut_...) is in this response only',
      request: { body: jsonBody(newTokenSchema) },
      responses: { 201: { description: 'created', content: { 'application/json': { schema: z.object({ token: tokenSchema, secret: z.string() }) } } }, ...errorResponses(400, 401, 403, 415) },
    }),
    async (c) => {
      const { user } = requirePrincipal(c);
      const body = c.req.valid('json');
      const { token, secret } = await createApiToken(auth, user, { name: body.name, scopes: body.scopes, expiresAt: body.expiresAt ? new Date(body.expiresAt) : undefined });
      await recordAudit(c, auth, 'token.create', token.id, { details: { name: token.name, scopes: token.scopes } });
      return c.json({ token: presentToken(token), secret }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/v1/tokens/{id}', tags, summary: 'Revoke a token (yours; admins any)', request: { params: z.object({ id: z.string().min(1).max(128).openapi({ param: { name: 'id', in: 'path' } }) }) }, responses: { 204: { description: 'revoked' }, ...errorResponses(401, 403, 404) } }),
    async (c) => {
      const { user } = requirePrincipal(c);
      const { id } = c.req.valid('param');
      const token = await auth.tokens.get(id);
      // Someone else's token is "not found" to a non-admin: ids do not leak.
      if (!token || token.revokedAt || (user.role !== 'admin' && token.userId !== user.id)) throw new ApiError('NOT_FOUND', `token "${id}" does not exist or is already revoked: list yours with GET /api/v1/tokens`);
      await auth.tokens.revoke(id, auth.now());
      await recordAudit(c, auth, 'token.revoke', id, { details: { owner: token.userId } });
      return c.body(null, 204);
    },
  );
}
