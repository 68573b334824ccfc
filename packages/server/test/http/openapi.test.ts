import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.js';

describe('OpenAPI document and pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('lists every route with its methods', async () => {
    const doc = await (await h.request('/api/openapi.json')).json();
    const routes = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        'POST /api/v1/calls',
        'GET /api/v1/calls',
        'GET /api/v1/calls/{id}',
        'POST /api/v1/calls/{id}/reanalyze',
        'GET /api/v1/agents',
        'GET /api/v1/agents/{id}',
        'GET /api/v1/agents/{id}/calls',
        'GET /api/v1/facets',
        'GET /api/v1/agents/{id}/insights',
        'GET /api/v1/teams/stage-drops',
        ...['rubrics', 'policies'].flatMap((k) => [`GET /api/v1/${k}`, `POST /api/v1/${k}`, `GET /api/v1/${k}/{id}`, `PUT /api/v1/${k}/{id}`, `DELETE /api/v1/${k}/{id}`]),
        'GET /api/v1/dead-letters',
        'POST /api/v1/auth/login',
        'GET /api/v1/auth/me',
        'POST /api/v1/auth/logout',
        'POST /api/v1/auth/password',
        'GET /api/v1/users',
        'POST /api/v1/users',
        'PATCH /api/v1/users/{id}',
        'DELETE /api/v1/users/{id}',
        'GET /api/v1/tokens',
        'POST /api/v1/tokens',
        'DELETE /api/v1/tokens/{id}',
        'GET /api/v1/audit',
        'POST /api/v1/webhooks/{source}',
        'GET /healthz',
      ].sort(),
    );
    expect(doc.components.schemas).toHaveProperty('CallDetail');
    expect(doc.components.schemas).toHaveProperty('Error');
    expect(doc.components.schemas).toHaveProperty('Facets');
    expect(doc.components.schemas.CallPage.properties).toHaveProperty('total');
  });

  it('serves the docs page without external resources', async () => {
    const docs = await (await h.request('/api/docs')).text();
    expect(docs).toContain('/api/openapi.json');
    expect(docs).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });
});
