import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { changeOwnPassword } from '../../auth/accounts.js';
import { login } from '../../auth/login.js';
import { SESSION_COOKIE } from '../../auth/sessions.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { recordAudit } from '../auth/record-audit.js';
import { clientIpOf, requirePrincipal } from '../auth/request-context.js';
import { presentUser } from '../present-user.js';
import { jsonBody, loginBodySchema, passwordChangeSchema, sessionBodySchema } from '../schemas/auth-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';

const tags = ['auth'];
const sessionResponse = { description: 'the signed-in user and the CSRF token for unsafe requests', content: { 'application/json': { schema: sessionBodySchema } } };

export function registerAuthRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const auth = deps.auth;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      tags,
      summary: 'Sign in with a username and password: sets an HttpOnly session cookie',
      request: { body: jsonBody(loginBodySchema) },
      responses: { 200: sessionResponse, ...errorResponses(400, 401, 415, 429) },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const outcome = await login(auth, { username, password, ip: clientIpOf(c) });
      if (!outcome.ok && outcome.reason === 'rate-limited') {
        throw new ApiError('RATE_LIMITED', `too many sign-in attempts: wait ${outcome.retryAfterSeconds} s and try again`, [], { 'Retry-After': String(outcome.retryAfterSeconds) });
      }
      if (!outcome.ok) throw new ApiError('INVALID_CREDENTIALS', 'the username or password is wrong');
      setCookie(c, SESSION_COOKIE, outcome.session.cookieValue, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: auth.config.cookieSecure,
        path: '/',
        maxAge: auth.config.sessionAbsoluteHours * 3600,
      });
      return c.json({ user: presentUser(outcome.user), csrfToken: outcome.session.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/v1/auth/me', tags, summary: 'Who is signed in (or whose API token this is)', responses: { 200: sessionResponse, ...errorResponses(401) } }),
    async (c) => {
      const principal = requirePrincipal(c);
      return c.json({ user: presentUser(principal.user), csrfToken: principal.via === 'session' ? principal.csrfToken : null }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/v1/auth/logout', tags, summary: 'Sign out: the session is revoked on the server and the cookie cleared', responses: { 204: { description: 'signed out' }, ...errorResponses(401, 403) } }),
    async (c) => {
      const principal = requirePrincipal(c);
      if (principal.via === 'session') await auth.sessions.revoke(principal.sessionIdHash, auth.now());
      await recordAudit(c, auth, 'auth.logout', principal.user.id);
      clearSessionCookie(c, auth.config.cookieSecure);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/password',
      tags,
      summary: 'Change your own password (at least 12 characters); your other sessions are signed out',
      request: { body: jsonBody(passwordChangeSchema) },
      responses: { 204: { description: 'changed' }, ...errorResponses(400, 401, 403, 415) },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      const body = c.req.valid('json');
      try {
        await changeOwnPassword(auth, principal.user, { ...body, ...(principal.via === 'session' ? { keepSessionIdHash: principal.sessionIdHash } : {}) });
      } catch (err) {
        await recordAudit(c, auth, 'auth.password_change', principal.user.id, { outcome: 'failure' });
        throw err;
      }
      await recordAudit(c, auth, 'auth.password_change', principal.user.id);
      return c.body(null, 204);
    },
  );
}

function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
