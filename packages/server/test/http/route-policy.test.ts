import { ROLES, scopesAllowedForRole, TOKEN_SCOPES, type Role, type RoutePolicy, type TokenScope } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/auth/accounts.js';
import { createApiToken } from '../../src/auth/api-tokens.js';
import { startSession } from '../../src/auth/sessions.js';
import { createApp } from '../../src/http/app.js';
import { ROUTE_POLICIES } from '../../src/http/auth/route-policies.js';
import type { User } from '../../src/storage/user-store.js';
import { openHarness, withBearer, type Harness } from './harness.js';

/**
 * Walks every registered route with every kind of caller and checks the outcome against the route's rule.
 * A route registered without a rule fails here, as does a rule left behind for a route that is gone.
 */
describe('route policy', () => {
  let h: Harness;
  const users = {} as Record<Role, User>;
  beforeAll(async () => {
    h = await openHarness();
    const shapes: Record<Role, { teams?: string[]; agentId?: string }> = { admin: {}, qa_manager: {}, supervisor: { teams: ['billing'] }, agent: { agentId: 'agent-1' } };
    for (const role of ROLES) users[role] = (await createAccount(h.deps.auth, { username: `walk-${role.replace('_', '-')}`, role, password: 'walk-the-routes-pw', ...shapes[role] })).user;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const routes = () => h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);

  it('has a rule for every registered route, and a route for every rule', () => {
    const registered = [...new Set(routes())];
    expect(registered.filter((r) => !(r in ROUTE_POLICIES)), 'routes without a rule in ROUTE_POLICIES').toEqual([]);
    expect(Object.keys(ROUTE_POLICIES).filter((r) => !registered.includes(r)), 'rules for routes that do not exist').toEqual([]);
  });

  it('lets exactly the intended roles use each route (a widened rule fails here)', () => {
    // a = admin, q = qa_manager, s = supervisor, g = agent; then the token scope.
    const expected: Record<string, string> = {
      'GET /': 'public',
      'GET /calls': 'public',
      'GET /calls/:id': 'public',
      'GET /agents/:id': 'public',
      'GET /team': 'public',
      'GET /account': 'public',
      'GET /assets/*': 'public',
      'GET /favicon.svg': 'public',
      'GET /healthz': 'public',
      'GET /api/openapi.json': 'public',
      'GET /api/docs': 'public',
      'POST /api/v1/auth/login': 'public',
      'POST /api/v1/webhooks/:source': 'signed',
      'GET /api/v1/auth/me': 'aqsg any',
      'POST /api/v1/auth/logout': 'aqsg none',
      'POST /api/v1/auth/password': 'aqsg none',
      'POST /api/v1/calls': 'aq calls:write',
      'GET /api/v1/calls': 'aqsg calls:read',
      'GET /api/v1/calls/:id': 'aqsg calls:read',
      'POST /api/v1/calls/:id/reanalyze': 'aqs calls:write',
      'GET /api/v1/agents': 'aqsg calls:read',
      'GET /api/v1/agents/:id': 'aqsg calls:read',
      'GET /api/v1/agents/:id/calls': 'aqsg calls:read',
      'GET /api/v1/agents/:id/insights': 'aqsg calls:read',
      'GET /api/v1/facets': 'aqsg calls:read',
      'GET /api/v1/teams/stage-drops': 'aqsg calls:read',
      'GET /api/v1/rubrics': 'aqsg definitions:read',
      'GET /api/v1/rubrics/:id': 'aqsg definitions:read',
      'POST /api/v1/rubrics': 'aq definitions:write',
      'PUT /api/v1/rubrics/:id': 'aq definitions:write',
      'DELETE /api/v1/rubrics/:id': 'aq definitions:write',
      'GET /api/v1/policies': 'aqsg definitions:read',
      'GET /api/v1/policies/:id': 'aqsg definitions:read',
      'POST /api/v1/policies': 'aq definitions:write',
      'PUT /api/v1/policies/:id': 'aq definitions:write',
      'DELETE /api/v1/policies/:id': 'aq definitions:write',
      'GET /api/v1/dead-letters': 'aq admin',
      'GET /api/v1/users': 'a admin',
      'POST /api/v1/users': 'a admin',
      'PATCH /api/v1/users/:id': 'a admin',
      'DELETE /api/v1/users/:id': 'a admin',
      'GET /api/v1/tokens': 'aqsg none',
      'POST /api/v1/tokens': 'aqsg none',
      'DELETE /api/v1/tokens/:id': 'aqsg none',
      'GET /api/v1/audit': 'a admin',
    };
    const letter: Record<Role, string> = { admin: 'a', qa_manager: 'q', supervisor: 's', agent: 'g' };
    const actual = Object.fromEntries(
      Object.entries(ROUTE_POLICIES).map(([key, p]) => [key, p.access !== 'authenticated' ? p.access : `${p.roles.map((r) => letter[r]).join('')} ${p.tokenScope ?? 'none'}`]),
    );
    expect(actual).toEqual(expected);
  });

  it('gives every route x caller the outcome its rule says', async () => {
    const failures: string[] = [];
    for (const key of [...new Set(routes())]) {
      const policy = ROUTE_POLICIES[key]!;
      const [method, path] = key.split(' ') as [string, string];
      const url = path.replace(':source', 'genesys').replace(/:[a-z]+/gi, 'walk-x');
      const send = async (headers: Record<string, string>) => {
        const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined;
        const res = await h.app.request(url, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, ...(body ? { body } : {}) });
        return res.status;
      };
      const check = (who: string, status: number, expected: 'allowed' | 401 | 403) => {
        const ok = expected === 'allowed' ? status !== 401 && status !== 403 : status === expected;
        if (!ok) failures.push(`${key} as ${who}: got ${status}, expected ${expected}`);
      };

      check('anonymous', await send({}), expectedFor(policy, undefined));
      for (const role of ROLES) {
        const session = await startSession(h.deps.auth, users[role], null);
        check(`${role} session`, await send({ cookie: `undertone_session=${session.cookieValue}`, 'x-csrf-token': session.csrfToken }), expectedFor(policy, { role, via: 'session' }));
        for (const scopes of tokenScopeSets(policy, role)) {
          const { secret } = await createApiToken(h.deps.auth, users[role], { name: 'walk', scopes });
          const headers = Object.fromEntries(new Headers(withBearer({}, secret).headers).entries());
          check(`${role} token [${scopes.join(',')}]`, await send(headers), expectedFor(policy, { role, via: 'token', scopes }));
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses a route registered without a rule at run time (fail closed), even beside a ruled one', async () => {
    const app = createApp(h.deps);
    app.get('/forgotten', (c) => c.text('should not be served'));
    app.get('*', (c) => c.text('a catch-all'));
    for (const path of ['/forgotten', '/api/v1/calls']) {
      const res = await app.request(path, { headers: { authorization: `Bearer ${h.adminToken}` } });
      expect(res.status, path).toBe(403);
      expect((await res.json()).error.message).toContain('no access rule');
    }
  });

  it('refuses a session without its CSRF token on unsafe methods, and accepts tokens without one', async () => {
    const session = await startSession(h.deps.auth, users.admin, null);
    const cookie = `undertone_session=${session.cookieValue}`;
    const res = await h.app.request('/api/v1/calls/none/reanalyze', { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await h.app.request('/api/v1/calls/none/reanalyze', { method: 'POST', headers: { cookie, 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrong.status).toBe(403);
    expect((await h.request('/api/v1/calls/none/reanalyze', { method: 'POST' })).status).toBe(404);
  });
});

type Who = { role: Role; via: 'session' } | { role: Role; via: 'token'; scopes: TokenScope[] };

function expectedFor(policy: RoutePolicy, who: Who | undefined): 'allowed' | 401 | 403 {
  if (policy.access === 'public') return 'allowed';
  if (policy.access === 'signed') return 401;
  if (!who) return 401;
  if (!policy.roles.includes(who.role)) return 403;
  if (who.via === 'session') return 'allowed';
  if (policy.tokenScope === null) return 403;
  if (policy.tokenScope === 'any') return 'allowed';
  return who.scopes.includes(policy.tokenScope) || who.scopes.includes('admin') ? 'allowed' : 403;
}

/** Tokens to try for a role: one with the route's scope (when the role may hold it) and one with every other scope it may hold. */
function tokenScopeSets(policy: RoutePolicy, role: Role): TokenScope[][] {
  const allowed = scopesAllowedForRole(role);
  if (policy.access !== 'authenticated') return [allowed.slice(0, 1)];
  const needed = policy.tokenScope === null || policy.tokenScope === 'any' ? undefined : policy.tokenScope;
  const sets: TokenScope[][] = [];
  if (needed && allowed.includes(needed)) sets.push([needed]);
  const others = allowed.filter((s) => s !== needed && s !== 'admin');
  if (others.length > 0) sets.push(others);
  if (!needed) sets.push([...allowed]);
  return sets.filter((s) => s.every((x) => (TOKEN_SCOPES as readonly string[]).includes(x)));
}
