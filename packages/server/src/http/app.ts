import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './api-deps.js';
import { ApiError } from './api-error.js';
import { accessControl } from './auth/access-control.js';
import { toErrorResponse } from './error-response.js';
import { ingestRateLimit } from './ingest-rate-limit.js';
import { registerAgentRoutes } from './routes/agent-routes.js';
import { registerAuditRoutes } from './routes/audit-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerCallRoutes } from './routes/call-routes.js';
import { registerDefinitionRoutes } from './routes/definition-routes.js';
import { registerDocsRoutes } from './routes/docs-routes.js';
import { registerIngestRoutes } from './routes/ingest-routes.js';
import { registerInsightRoutes } from './routes/insight-routes.js';
import { registerOpsRoutes } from './routes/ops-routes.js';
import { registerTokenRoutes } from './routes/token-routes.js';
import { registerUserRoutes } from './routes/user-routes.js';
import { securityHeaders } from './security-headers.js';
import { strictContentTypes } from './strict-content-types.js';
import { validationHook } from './validation-hook.js';
import { registerWebApp } from './web-app/serve-web-app.js';
import { webDistDir } from './web-app/web-dist-dir.js';

export interface AppInfo {
  version: string;
  /** The built dashboard to serve; defaults to the @undertone/web package's dist/. `null` serves none. */
  webDistDir?: string | null;
}

/**
 * The whole HTTP API as a Hono app: serve it with @hono/node-server, or call `app.request()` in tests.
 * Every request: security headers -> size limit -> rate limit, authenticate, authorize (route rule,
 * CSRF) -> content type -> validate -> handler (data scope in every query) -> audit.
 */
export function createApp(deps: ApiDeps, info: AppInfo = { version: '0.1.0' }): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use('*', securityHeaders({ https: deps.auth.config.cookieSecure }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw new ApiError('TOO_LARGE', `the request body is larger than ${deps.maxBodyBytes} bytes: split the upload, or send the transcript without audio`);
      },
    }),
  );
  app.use('*', accessControl(deps.auth, deps.log));
  app.use('*', strictContentTypes(app));
  const ingestLimit = ingestRateLimit(deps.auth.limits.ingest, deps.now);
  // Registered with app.use (method ALL) so the access check still finds the route's own handler first.
  app.use('/api/v1/calls', ingestLimit);
  app.use('/api/v1/webhooks/*', ingestLimit);
  registerAuthRoutes(app, deps);
  registerIngestRoutes(app, deps);
  registerCallRoutes(app, deps);
  registerAgentRoutes(app, deps);
  registerInsightRoutes(app, deps);
  registerDefinitionRoutes(app, deps);
  registerOpsRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerTokenRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerDocsRoutes(app, { version: info.version });
  registerWebApp(app, { distDir: info.webDistDir === undefined ? webDistDir() : info.webDistDir, version: info.version });
  app.notFound((c) => {
    const { status, body } = toErrorResponse(new ApiError('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}: see /api/docs for the routes`));
    return c.json(body, status);
  });
  app.onError((err, c) => {
    const { status, body, headers } = toErrorResponse(err, deps.log);
    return c.json(body, status, headers);
  });
  return app;
}
