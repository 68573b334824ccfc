import { EVERY_ROLE, type Role, type RoutePolicy, type TokenScope } from '@undertone/core';

const PUBLIC: RoutePolicy = { access: 'public' };
const SIGNED: RoutePolicy = { access: 'signed' };
const signedIn = (roles: readonly Role[], tokenScope: TokenScope | 'any' | null): RoutePolicy => ({ access: 'authenticated', roles, tokenScope });

const DEFINITION_EDITORS: Role[] = ['admin', 'qa_manager'];

/**
 * The access rule of every route, keyed `METHOD path` with the path as registered in Hono (`:id`).
 * A route missing here is refused at run time (fail closed) and fails test/http/route-policy.test.ts.
 * Data scope (which calls and agents) is not decided here: the stores apply it in every query.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  // The dashboard's pages and files (WEB_APP_ROUTES): the app itself asks who is signed in.
  'GET /': PUBLIC,
  'GET /calls': PUBLIC,
  'GET /calls/:id': PUBLIC,
  'GET /agents/:id': PUBLIC,
  'GET /team': PUBLIC,
  'GET /account': PUBLIC,
  'GET /assets/*': PUBLIC,
  'GET /favicon.svg': PUBLIC,
  'GET /healthz': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/docs': PUBLIC,

  'POST /api/v1/auth/login': PUBLIC,
  'GET /api/v1/auth/me': signedIn(EVERY_ROLE, 'any'),
  'POST /api/v1/auth/logout': signedIn(EVERY_ROLE, null),
  'POST /api/v1/auth/password': signedIn(EVERY_ROLE, null),

  'POST /api/v1/calls': signedIn(['admin', 'qa_manager'], 'calls:write'),
  'POST /api/v1/webhooks/:source': SIGNED,
  'GET /api/v1/calls': signedIn(EVERY_ROLE, 'calls:read'),
  'GET /api/v1/calls/:id': signedIn(EVERY_ROLE, 'calls:read'),
  'POST /api/v1/calls/:id/reanalyze': signedIn(['admin', 'qa_manager', 'supervisor'], 'calls:write'),

  'GET /api/v1/agents': signedIn(EVERY_ROLE, 'calls:read'),
  'GET /api/v1/agents/:id': signedIn(EVERY_ROLE, 'calls:read'),
  'GET /api/v1/agents/:id/calls': signedIn(EVERY_ROLE, 'calls:read'),
  'GET /api/v1/agents/:id/insights': signedIn(EVERY_ROLE, 'calls:read'),
  'GET /api/v1/facets': signedIn(EVERY_ROLE, 'calls:read'),
  'GET /api/v1/teams/stage-drops': signedIn(EVERY_ROLE, 'calls:read'),

  ...definitionRules('rubrics'),
  ...definitionRules('policies'),

  'GET /api/v1/dead-letters': signedIn(['admin', 'qa_manager'], 'admin'),

  'GET /api/v1/users': signedIn(['admin'], 'admin'),
  'POST /api/v1/users': signedIn(['admin'], 'admin'),
  'PATCH /api/v1/users/:id': signedIn(['admin'], 'admin'),
  'DELETE /api/v1/users/:id': signedIn(['admin'], 'admin'),

  // Tokens never mint or revoke tokens: a leaked token cannot make itself permanent.
  'GET /api/v1/tokens': signedIn(EVERY_ROLE, null),
  'POST /api/v1/tokens': signedIn(EVERY_ROLE, null),
  'DELETE /api/v1/tokens/:id': signedIn(EVERY_ROLE, null),

  'GET /api/v1/audit': signedIn(['admin'], 'admin'),
};

function definitionRules(plural: 'rubrics' | 'policies'): Record<string, RoutePolicy> {
  const base = `/api/v1/${plural}`;
  return {
    [`GET ${base}`]: signedIn(EVERY_ROLE, 'definitions:read'),
    [`GET ${base}/:id`]: signedIn(EVERY_ROLE, 'definitions:read'),
    [`POST ${base}`]: signedIn(DEFINITION_EDITORS, 'definitions:write'),
    [`PUT ${base}/:id`]: signedIn(DEFINITION_EDITORS, 'definitions:write'),
    [`DELETE ${base}/:id`]: signedIn(DEFINITION_EDITORS, 'definitions:write'),
  };
}

export function policyFor(method: string, path: string): RoutePolicy | undefined {
  return ROUTE_POLICIES[`${method.toUpperCase()} ${path}`];
}
