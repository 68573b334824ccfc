import type { OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_PAGE } from '../pages/docs-page.js';

export const OPENAPI_PATH = '/api/openapi.json';

export function registerDocsRoutes(app: OpenAPIHono, info: { version: string }): void {
  // How callers authenticate; which routes need what is in docs/security.md (the route policy table).
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', { type: 'apiKey', in: 'cookie', name: 'undertone_session', description: 'set by POST /api/v1/auth/login; unsafe methods also need the x-csrf-token header' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer ut_... (POST /api/v1/tokens or `undertone tokens create`)' });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: { title: 'Undertone API', version: info.version, description: 'Contact-center call analytics: ingest calls, read their analyses, manage rubrics and policies.' },
  });
  app.get('/api/docs', (c) => {
    const nonce = (c.get('secureHeadersNonce' as never) as string | undefined) ?? '';
    return c.html(DOCS_PAGE.replace('<script>', `<script nonce="${nonce}">`));
  });
}
