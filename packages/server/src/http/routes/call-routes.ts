import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getCall, listCalls } from '../../pipeline/read-calls.js';
import { reanalyzeCall } from '../../pipeline/reanalyze-call.js';
import type { DataScope } from '@undertone/core';
import type { CallSort } from '../../storage/call-sort.js';
import type { CallFilters } from '../../storage/call-store.js';
import { recordAudit } from '../auth/record-audit.js';
import { dataScopeOf } from '../auth/request-context.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { presentCallDetail, presentCallSummary } from '../present-call.js';
import { callDetailSchema, callFilterQuerySchema, callPageSchema, idParamSchema } from '../schemas/call-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';
import { z } from '@hono/zod-openapi';

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/calls',
  tags: ['calls'],
  summary: 'List calls (newest first, or by score, duration or customer exit sentiment) with filters, cursor pagination and the total',
  request: { query: callFilterQuerySchema },
  responses: { 200: { description: 'a page of calls', content: { 'application/json': { schema: callPageSchema } } }, ...errorResponses(400) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/calls/{id}',
  tags: ['calls'],
  summary: 'One call with its latest analysis (analysisStatus says when it is still pending)',
  request: { params: idParamSchema },
  responses: { 200: { description: 'the call', content: { 'application/json': { schema: callDetailSchema } } }, ...errorResponses(404) },
});

const reanalyzeRoute = createRoute({
  method: 'post',
  path: '/api/v1/calls/{id}/reanalyze',
  tags: ['calls'],
  summary: 'Queue a fresh analysis that replaces the stored one',
  request: { params: idParamSchema },
  responses: {
    202: { description: 'queued', content: { 'application/json': { schema: z.object({ status: z.literal('queued'), callId: z.string() }) } } },
    ...errorResponses(404),
  },
});

export function callFiltersFrom(q: z.infer<typeof callFilterQuerySchema>): CallFilters {
  const filters: CallFilters = {};
  if (q.agent) filters.agentId = q.agent;
  if (q.team) filters.team = q.team;
  if (q.queue) filters.queue = q.queue;
  if (q.callType) filters.callType = q.callType;
  if (q.from) filters.startedFrom = new Date(q.from);
  if (q.to) filters.startedTo = new Date(q.to);
  if (q.flag) filters.flagKind = q.flag;
  if (q.minScore !== undefined) filters.minScore = q.minScore;
  if (q.maxScore !== undefined) filters.maxScore = q.maxScore;
  if (q.arc) filters.arcPattern = q.arc;
  return filters;
}

export async function listCallPage(deps: ApiDeps, filters: CallFilters, page: { cursor?: string | undefined; limit?: number | undefined; sort?: CallSort | undefined }, scope: DataScope) {
  const result = await listCalls(deps, filters, { ...(page.cursor ? { cursor: page.cursor } : {}), ...(page.limit ? { limit: page.limit } : {}), ...(page.sort ? { sort: page.sort } : {}) }, scope);
  const items = result.items.map(presentCallSummary);
  return { items, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}), count: items.length, total: result.total };
}

export function registerCallRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const page = await listCallPage(deps, callFiltersFrom(query), query, dataScopeOf(c));
    await recordAudit(c, deps.auth, 'call.list', null, { details: { query, count: page.count } });
    return c.json(page, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const call = await getCall(deps, id, dataScopeOf(c));
    // Outside the caller's scope reads the same as absent, so ids do not leak.
    if (!call) throw new ApiError('NOT_FOUND', `call "${id}" does not exist: check the id, or ingest the call first`);
    await recordAudit(c, deps.auth, 'call.view', id);
    return c.json(presentCallDetail(call), 200);
  });

  app.openapi(reanalyzeRoute, async (c) => {
    const { id } = c.req.valid('param');
    await reanalyzeCall(deps, id, dataScopeOf(c));
    await recordAudit(c, deps.auth, 'call.reanalyze', id);
    return c.json({ status: 'queued' as const, callId: id }, 202);
  });
}
