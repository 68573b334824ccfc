import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getFacets } from '../../pipeline/read-insights.js';
import type { ApiDeps } from '../api-deps.js';
import { facetsSchema } from '../schemas/insight-schemas.js';


/** The dashboard's aggregate reads: filter facets, one agent's insights, the team stage x agent drop grid. */
export function registerInsightRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/facets',
      tags: ['dashboard'],
      summary: 'Distinct teams, queues, call types, arc patterns, flag kinds and agents, for filter dropdowns',
      responses: { 200: { description: 'the facets', content: { 'application/json': { schema: facetsSchema } } } },
    }),
    async (c) => c.json(await getFacets(deps), 200),
  );
}
