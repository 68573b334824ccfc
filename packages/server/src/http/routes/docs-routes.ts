import type { OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_PAGE } from '../pages/docs-page.js';
import { homePage } from '../pages/home-page.js';

export const OPENAPI_PATH = '/api/openapi.json';

export function registerDocsRoutes(app: OpenAPIHono, info: { version: string; demo: boolean }): void {
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: { title: 'Undertone API', version: info.version, description: 'Contact-center call analytics: ingest calls, read their analyses, manage rubrics and policies.' },
  });
  app.get('/api/docs', (c) => {
    const nonce = (c.get('secureHeadersNonce' as never) as string | undefined) ?? '';
    return c.html(DOCS_PAGE.replace('<script>', `<script nonce="${nonce}">`));
  });
  app.get('/', (c) => c.html(homePage(info)));
}
