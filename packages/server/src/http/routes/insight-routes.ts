import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getAgentInsights, getFacets, getStageDrops } from '../../pipeline/read-insights.js';
import type { StageDropFilters } from '../../storage/dashboard-store.js';
import type { ApiDeps } from '../api-deps.js';
import { dataScopeOf } from '../auth/request-context.js';
import { ApiError } from '../api-error.js';
import { callFilterQuerySchema, idParamSchema } from '../schemas/call-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';
import { agentInsightsSchema, facetsSchema, stageDropsSchema, weeksQuerySchema } from '../schemas/insight-schemas.js';

const DEFAULT_WEEKS = 12;
const stageDropQuerySchema = callFilterQuerySchema.pick({ team: true, callType: true, from: true, to: true });

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
    async (c) => c.json(await getFacets(deps, dataScopeOf(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/agents/{id}/insights',
      tags: ['agents', 'dashboard'],
      summary: "Weekly score and customer exit trends, the behaviors that precede the agent's customer drops, criterion pass rates",
      request: { params: idParamSchema, query: weeksQuerySchema },
      responses: { 200: { description: 'the insights', content: { 'application/json': { schema: agentInsightsSchema } } }, ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { weeks } = c.req.valid('query');
      const insights = await getAgentInsights(deps, id, weeks ?? DEFAULT_WEEKS, dataScopeOf(c));
      if (!insights) throw new ApiError('NOT_FOUND', `agent "${id}" does not exist: agents appear when their first call is ingested (GET /api/v1/agents lists them)`);
      return c.json(insights, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/teams/stage-drops',
      tags: ['dashboard'],
      summary: 'Customer sentiment drops per call stage and agent over the analyzed calls matching the filters',
      request: { query: stageDropQuerySchema },
      responses: { 200: { description: 'the stage x agent grid', content: { 'application/json': { schema: stageDropsSchema } } }, ...errorResponses(400) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filters: StageDropFilters = {};
      if (q.team) filters.team = q.team;
      if (q.callType) filters.callType = q.callType;
      if (q.from) filters.startedFrom = new Date(q.from);
      if (q.to) filters.startedTo = new Date(q.to);
      return c.json(await getStageDrops(deps, filters, dataScopeOf(c)), 200);
    },
  );
}
