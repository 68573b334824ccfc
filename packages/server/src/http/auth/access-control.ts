import { decideAccess, type Caller, type RoutePolicy } from '@undertone/core';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import { resolveApiToken } from '../../auth/api-tokens.js';
import type { AuthDeps } from '../../auth/auth-deps.js';
import { constantTimeEqual } from '../../auth/secrets.js';
import { resolveSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { ApiError } from '../api-error.js';
import { clientIp } from './client-ip.js';
import { setRequestAuth, type Principal } from './request-context.js';
import { policyFor } from './route-policies.js';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * rate limit -> authenticate -> authorize, for every request: who is calling (API token or session
 * cookie), which route matched, and whether its rule lets this caller in. A route without a rule is
 * refused. Cookie sessions must echo their CSRF token on unsafe methods; tokens are exempt (a browser
 * never attaches them by itself).
 */
export function accessControl(deps: AuthDeps, log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const ip = clientIp(c, deps.config.trustProxy);
    const policies: RoutePolicy[] = [];
    for (const route of handlerRoutes(c)) {
      const policy = policyFor(route.method, route.path);
      if (!policy) {
        log(`access: no rule for ${route.method} ${route.path}; refused. Add it to ROUTE_POLICIES.`);
        throw new ApiError('FORBIDDEN', `${route.method} ${route.path} has no access rule yet, so it is closed: this is a server bug, please report it`);
      }
      policies.push(policy);
    }
    // No handler: the not-found answer follows. Only public or signed handlers: nothing to check here.
    const guarded = policies.filter((p) => p.access === 'authenticated');
    if (guarded.length === 0) {
      setRequestAuth(c, { ip });
      return next();
    }
    const { principal, problem } = await authenticate(c, deps);
    setRequestAuth(c, { ip, ...(principal ? { principal } : {}), ...(problem ? { credentialProblem: problem } : {}) });
    // Several handlers can match one path (a catch-all beside an API route): the caller must pass every rule.
    for (const policy of guarded) {
      const decision = decideAccess(policy, callerOf(principal));
      if (decision.allowed) continue;
      if (decision.status === 401) throw new ApiError('UNAUTHENTICATED', problem ?? decision.reason);
      throw new ApiError('FORBIDDEN', decision.reason);
    }
    if (principal?.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER);
      if (!sent || !constantTimeEqual(sent, principal.csrfToken)) {
        throw new ApiError('CSRF_TOKEN_INVALID', `send the csrfToken from POST /api/v1/auth/login or GET /api/v1/auth/me in the ${CSRF_HEADER} header`);
      }
    }
    return next();
  };
}

/** Every matched handler that is not middleware (registered with app.use, method ALL). */
function handlerRoutes(c: Context): Array<{ method: string; path: string }> {
  return matchedRoutes(c)
    .filter((r) => r.method !== 'ALL')
    .map((r) => ({ method: r.method, path: r.path }));
}

async function authenticate(c: Context, deps: AuthDeps): Promise<{ principal?: Principal; problem?: string }> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return { problem: 'the Authorization header must be "Bearer ut_..."' };
    const found = await resolveApiToken(deps, match[1]!);
    return found.ok ? { principal: { via: 'token', user: found.user, token: found.token } } : { problem: found.problem };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return {};
  const found = await resolveSession(deps, cookie);
  return found.ok ? { principal: { via: 'session', user: found.user, sessionIdHash: found.idHash, csrfToken: found.csrfToken } } : { problem: found.problem };
}

function callerOf(principal: Principal | undefined): Caller {
  if (!principal) return { kind: 'anonymous' };
  return principal.via === 'token' ? { kind: 'token', role: principal.user.role, scopes: principal.token.scopes } : { kind: 'session', role: principal.user.role };
}
