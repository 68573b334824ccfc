import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AgentSummary } from '../../storage/agent-directory.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { recordAudit } from '../auth/record-audit.js';
import { dataScopeOf } from '../auth/request-context.js';
import { callFiltersFrom, listCallPage } from './call-routes.js';
import { callFilterQuerySchema, callPageSchema, idParamSchema } from '../schemas/call-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';
import { agentListSchema, agentSchema } from '../schemas/ops-schemas.js';

function present(a: AgentSummary) {
  return { id: a.id, name: a.name, team: a.team, callCount: a.callCount, averageScore: a.averageScore, lastCallAt: a.lastCallAt ? a.lastCallAt.toISOString() : null };
}

export function registerAgentRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const tags = ['agents'];
  const notFound = (id: string) => new ApiError('NOT_FOUND', `agent "${id}" does not exist: agents appear when their first call is ingested (GET /api/v1/agents lists them)`);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/agents',
      tags,
      summary: 'Agents with their call counts and average scores',
      request: { query: z.object({ team: z.string().min(1).optional().openapi({ param: { name: 'team', in: 'query' } }) }) },
      responses: { 200: { description: 'agents', content: { 'application/json': { schema: agentListSchema } } }, ...errorResponses(400) },
    }),
    async (c) => {
      const { team } = c.req.valid('query');
      return c.json({ items: (await deps.agents.listAgents(team ? { team } : {}, dataScopeOf(c))).map(present) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/agents/{id}', tags, summary: 'One agent', request: { params: idParamSchema }, responses: { 200: { description: 'the agent', content: { 'application/json': { schema: agentSchema } } }, ...errorResponses(404) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const agent = await deps.agents.getAgent(id, dataScopeOf(c));
      if (!agent) throw notFound(id);
      return c.json(present(agent), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/agents/{id}/calls',
      tags,
      summary: "An agent's calls, with the same filters and pagination as GET /api/v1/calls",
      request: { params: idParamSchema, query: callFilterQuerySchema.omit({ agent: true }) },
      responses: { 200: { description: 'a page of calls', content: { 'application/json': { schema: callPageSchema } } }, ...errorResponses(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const scope = dataScopeOf(c);
      if (!(await deps.agents.getAgent(id, scope))) throw notFound(id);
      const query = c.req.valid('query');
      const page = await listCallPage(deps, { ...callFiltersFrom(query), agentId: id }, query, scope);
      await recordAudit(c, deps.auth, 'call.list', null, { details: { query: { ...query, agent: id }, count: page.count } });
      return c.json(page, 200);
    },
  );
}
