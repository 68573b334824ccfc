import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './api-deps.js';
import { ApiError } from './api-error.js';
import { toErrorResponse } from './error-response.js';
import { registerAgentRoutes } from './routes/agent-routes.js';
import { registerCallRoutes } from './routes/call-routes.js';
import { registerDefinitionRoutes } from './routes/definition-routes.js';
import { registerDocsRoutes } from './routes/docs-routes.js';
import { registerIngestRoutes } from './routes/ingest-routes.js';
import { registerInsightRoutes } from './routes/insight-routes.js';
import { registerOpsRoutes } from './routes/ops-routes.js';
import { validationHook } from './validation-hook.js';
import { registerWebApp } from './web-app/serve-web-app.js';
import { webDistDir } from './web-app/web-dist-dir.js';

export interface AppInfo {
  version: string;
  /** The built dashboard to serve; defaults to the @undertone/web package's dist/. `null` serves none. */
  webDistDir?: string | null;
}

/** The whole HTTP API as a Hono app: serve it with @hono/node-server, or call `app.request()` in tests. */
export function createApp(deps: ApiDeps, info: AppInfo = { version: '0.1.0' }): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw new ApiError('TOO_LARGE', `the request body is larger than ${deps.maxBodyBytes} bytes: split the upload, or send the transcript without audio`);
      },
    }),
  );
  registerIngestRoutes(app, deps);
  registerCallRoutes(app, deps);
  registerAgentRoutes(app, deps);
  registerInsightRoutes(app, deps);
  registerDefinitionRoutes(app, deps);
  registerOpsRoutes(app, deps);
  registerDocsRoutes(app, { version: info.version });
  registerWebApp(app, { distDir: info.webDistDir === undefined ? webDistDir() : info.webDistDir, version: info.version });
  app.notFound((c) => {
    const { status, body } = toErrorResponse(new ApiError('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}: see /api/docs for the routes`));
    return c.json(body, status);
  });
  app.onError((err, c) => {
    const { status, body } = toErrorResponse(err, deps.log);
    return c.json(body, status);
  });
  return app;
}
