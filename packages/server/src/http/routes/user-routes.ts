import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createAccount, deleteAccount, updateAccount } from '../../auth/accounts.js';
import type { ApiDeps } from '../api-deps.js';
import { recordAudit } from '../auth/record-audit.js';
import { requirePrincipal } from '../auth/request-context.js';
import { presentManagedUser } from '../present-user.js';
import { adminUserSchema, jsonBody, newUserSchema, userChangesSchema } from '../schemas/auth-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';

const tags = ['users'];
const idParam = z.object({ id: z.string().min(1).max(128).openapi({ param: { name: 'id', in: 'path' } }) });
const one = (description: string) => ({ description, content: { 'application/json': { schema: adminUserSchema } } });

/** Account management for admins. Passwords are never returned, except a generated one, once. */
export function registerUserRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const auth = deps.auth;

  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/users', tags, summary: 'Every account', responses: { 200: { description: 'accounts', content: { 'application/json': { schema: z.object({ items: z.array(adminUserSchema) }) } } }, ...errorResponses(401, 403) } }),
    async (c) => c.json({ items: (await auth.users.list()).map(presentManagedUser) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/users',
      tags,
      summary: 'Create an account (supervisors need teams, agents an agentId)',
      request: { body: jsonBody(newUserSchema) },
      responses: {
        201: { description: 'created; generatedPassword only when no password was sent', content: { 'application/json': { schema: z.object({ user: adminUserSchema, generatedPassword: z.string().optional() }) } } },
        ...errorResponses(400, 401, 403, 409, 415),
      },
    }),
    async (c) => {
      const { user, generatedPassword } = await createAccount(auth, c.req.valid('json'));
      await recordAudit(c, auth, 'user.create', user.id, { details: { username: user.username, role: user.role } });
      return c.json({ user: presentManagedUser(user), ...(generatedPassword ? { generatedPassword } : {}) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/users/{id}',
      tags,
      summary: 'Change an account; a new role, scope, password or disabling signs the user out everywhere',
      request: { params: idParam, body: jsonBody(userChangesSchema) },
      responses: { 200: one('the account'), ...errorResponses(400, 401, 403, 404, 409, 415) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      const user = await updateAccount(auth, id, changes);
      const changed = Object.keys(changes).filter((k) => k !== 'password');
      await recordAudit(c, auth, 'user.update', id, { details: { changed, ...(changes.password !== undefined ? { passwordReset: true } : {}) } });
      return c.json(presentManagedUser(user), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/v1/users/{id}', tags, summary: 'Delete an account, its sessions and its tokens', request: { params: idParam }, responses: { 204: { description: 'deleted' }, ...errorResponses(401, 403, 404, 409) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const removed = await deleteAccount(auth, id, requirePrincipal(c).user.id);
      await recordAudit(c, auth, 'user.delete', id, { details: { username: removed.username } });
      return c.body(null, 204);
    },
  );
}
