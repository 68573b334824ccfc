import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedTypesByRoute } from '../../src/http/strict-content-types.js';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, signIn, userWithToken, type Harness } from './harness.js';

describe('hostile input: headers, content types, rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ auth: { ingestPerMinute: 5, loginPerIpPerMinute: 8 } });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('sends security headers on pages, API answers and errors; the docs page script runs only by its nonce', async () => {
    for (const path of ['/', '/api/docs', '/api/v1/calls', '/api/v1/nothing', '/healthz']) {
      const res = await h.app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const docs = await h.app.request('/api/docs');
    const nonce = /'nonce-([^']+)'/.exec(docs.headers.get('content-security-policy')!)![1];
    expect(await docs.text()).toContain(`<script nonce="${nonce}">`);
  });

  it('sends HSTS and a Secure cookie when served over https (auth.cookieSecure)', async () => {
    const https = await openHarness({ auth: { cookieSecure: true } });
    try {
      expect((await https.app.request('/healthz')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      const login = await postJson(https.app, '/api/v1/auth/login', { username: 'harness-admin', password: 'harness-admin-password' });
      expect(login.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await https.close();
    }
  }, 120_000);

  it('answers 415 naming the accepted types on every body-taking route', async () => {
    // A session passes every route's rule (tokens may not change passwords or tokens).
    const admin = await signIn(h, 'harness-admin', 'harness-admin-password');
    const routes = acceptedTypesByRoute(h.app);
    expect(routes.size).toBeGreaterThanOrEqual(10);
    for (const [key, types] of routes) {
      const [method, path] = key.split(' ') as [string, string];
      const url = path.replace(':source', 'genesys').replace(/:[a-z]+/gi, 'x');
      for (const contentType of ['application/xml', 'text/html', 'application/x-www-form-urlencoded']) {
        const res = await admin.request(url, { method, body: '<a/>', headers: { 'content-type': contentType } });
        expect(res.status, `${key} with ${contentType}`).toBe(415);
        const body = await res.json();
        expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        for (const t of types) expect(body.error.message).toContain(t);
      }
    }
    const none = await h.request('/api/v1/rubrics', { method: 'POST', body: new Uint8Array([123, 125]) });
    expect(none.status).toBe(415);
  });

  it('rate-limits ingest per token with 429 and Retry-After, other tokens unaffected', async () => {
    const { client } = await userWithToken(h, { username: 'feeder', role: 'qa_manager' }, ['calls:write']);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await postJson(client, '/api/v1/calls', makeCall(`rl-${i}`))).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await postJson(client, '/api/v1/calls', makeCall('rl-x'));
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('RATE_LIMITED');
    expect(await h.platform.calls.getCall('rl-5', { kind: 'all' })).toBeUndefined();
    expect((await postJson(h, '/api/v1/calls', makeCall('rl-admin'))).status).toBe(201);
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    expect((await postJson(client, '/api/v1/calls', makeCall('rl-later'))).status).toBe(201);
  });

  it('rate-limits sign-in per client address', async () => {
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await postJson(h.app, '/api/v1/auth/login', { username: `spray-${i}`, password: 'password-guess-1' })).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429]);
    // A correct password does not get through while the address is blocked.
    const blocked = await postJson(h.app, '/api/v1/auth/login', { username: 'harness-admin', password: 'harness-admin-password' });
    expect(blocked.status).toBe(429);
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    const session = await signIn(h, 'harness-admin', 'harness-admin-password');
    expect((await session.request('/api/v1/auth/me')).status).toBe(200);
  });
});
