import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AUDIT_ACTIONS } from '../../storage/audit-log.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { recordAudit } from '../auth/record-audit.js';
import { auditEntrySchema } from '../schemas/auth-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';

const PAGE = 100;
const query = z.object({
  actor: z.string().min(1).max(128).optional().openapi({ param: { name: 'actor', in: 'query' }, description: 'user id, token id or username' }),
  action: z.enum(AUDIT_ACTIONS).optional().openapi({ param: { name: 'action', in: 'query' } }),
  from: z.iso.datetime({ offset: true }).optional().openapi({ param: { name: 'from', in: 'query' } }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ param: { name: 'to', in: 'query' } }),
  cursor: z.string().regex(/^\d{1,19}$/, 'pass the nextCursor of the previous page').optional().openapi({ param: { name: 'cursor', in: 'query' } }),
});

export function registerAuditRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/audit',
      tags: ['audit'],
      summary: 'The audit log, newest first (admins)',
      request: { query },
      responses: { 200: { description: 'a page of entries', content: { 'application/json': { schema: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().optional() }) } } }, ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      if (q.from && q.to && new Date(q.from) >= new Date(q.to)) throw new ApiError('INVALID_INPUT', '`from` must be before `to`', [{ where: 'query.from', message: 'before to' }]);
      const rows = await deps.auth.audit.query({
        ...(q.actor ? { actor: q.actor } : {}),
        ...(q.action ? { action: q.action } : {}),
        ...(q.from ? { from: new Date(q.from) } : {}),
        ...(q.to ? { to: new Date(q.to) } : {}),
        ...(q.cursor ? { before: q.cursor } : {}),
        limit: PAGE + 1,
      });
      const items = rows.slice(0, PAGE).map((r) => ({ ...r, at: r.at.toISOString(), details: r.details ?? {} }));
      await recordAudit(c, deps.auth, 'audit.view', null, { details: { ...q } });
      return c.json({ items, ...(rows.length > PAGE ? { nextCursor: items[items.length - 1]!.id } : {}) }, 200);
    },
  );
}
