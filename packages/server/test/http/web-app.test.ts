import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { webDistDir } from '../../src/http/web-app/web-dist-dir.js';
import { openHarness, withBearer, type Harness } from './harness.js';

describe('serving the dashboard', () => {
  let h: Harness;
  let dist: string;
  beforeAll(async () => {
    h = await openHarness();
    dist = mkdtempSync(join(tmpdir(), 'undertone-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Undertone</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    rmSync(dist, { recursive: true, force: true });
  }, 60_000);

  const app = () => createApp(h.deps, { version: 'test', webDistDir: dist });

  it('serves index.html uncached at / and for client-side routes', async () => {
    for (const path of ['/', '/calls', '/calls/demo-0-0-1', '/agents/agt-1-001', '/team']) {
      const res = await app().request(path, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain('text/html');
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(await res.text(), path).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache and other files revalidated', async () => {
    const js = await app().request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const svg = await app().request('/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves the API and missing assets alone, and never serves files outside the build', async () => {
    const api = await app().request('/api/v1/nothing-here', { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await app().request('/api/v1/calls')).status).toBe(401);
    expect((await app().request('/api/v1/calls', withBearer({}, h.adminToken))).status).toBe(200);
    expect((await app().request('/api/docs')).headers.get('content-type')).toContain('text/html');
    expect((await app().request('/assets/index-old.js')).status).toBe(404);
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/calls/..%2f..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fetc%2fpasswd']) {
      const escape = await app().request(path, { headers: { accept: 'text/html' } });
      expect(await escape.text(), path).not.toContain('root:');
    }
    // Only the dashboard's own routes: any other page is the API's JSON 404, not index.html.
    const other = await app().request('/not-a-dashboard-page', { headers: { accept: 'text/html' } });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('says how to build the dashboard when there is no build', async () => {
    const bare = createApp(h.deps, { version: 'test', webDistDir: join(dist, 'missing') });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toContain('npm run build');
    expect(text).toContain('href="/api/docs"');
    expect((await bare.request('/calls', { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('finds the web package through module resolution', () => {
    expect(webDistDir()).toMatch(/packages[/\\]web[/\\]dist$/);
  });
});
