import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from '../api-deps.js';
import { deadLetterListSchema, healthSchema } from '../schemas/ops-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';

export function registerOpsRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/dead-letters',
      tags: ['operations'],
      summary: 'Analyses that failed, with their last error (dead ones gave up after every retry)',
      request: {
        query: z.object({
          all: z.enum(['true', 'false']).optional().openapi({ param: { name: 'all', in: 'query' }, description: 'true: also failures still being retried' }),
          limit: z.string().regex(/^\d+$/, 'limit must be a whole number').transform(Number).pipe(z.number().int().min(1).max(1000)).optional().openapi({ param: { name: 'limit', in: 'query' }, type: 'integer' }),
        }),
      },
      responses: { 200: { description: 'failed analyses, newest first', content: { 'application/json': { schema: deadLetterListSchema } } }, ...errorResponses(400) },
    }),
    async (c) => {
      const { all, limit } = c.req.valid('query');
      const failures = await deps.analyses.listFailures({ deadOnly: all !== 'true', limit: limit ?? 100 });
      return c.json({ items: failures.map((f) => ({ ...f, updatedAt: f.updatedAt.toISOString() })) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      tags: ['operations'],
      summary: 'Database reachable and job queue running',
      responses: {
        200: { description: 'healthy', content: { 'application/json': { schema: healthSchema } } },
        503: { description: 'degraded', content: { 'application/json': { schema: healthSchema } } },
      },
    }),
    async (c) => {
      const health = await deps.health();
      return health.status === 'ok' ? c.json(health, 200) : c.json(health, 503);
    },
  );
}
