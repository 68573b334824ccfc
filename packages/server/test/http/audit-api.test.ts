import { DEFAULT_RUBRICS } from '@undertone/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, signIn, userWithToken, type Harness } from './harness.js';

describe('audit log', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const entries = async (query = '') => {
    const res = await h.request(`/api/v1/audit${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { items: Array<{ id: string; action: string; target: string | null; outcome: string; actorName: string | null; actorTokenId: string | null; details: Record<string, unknown> }>; nextCursor?: string };
  };

  it('records who viewed, listed and re-analyzed calls, changed rubrics, users and tokens, and signed in', async () => {
    await postJson(h, '/api/v1/calls', makeCall('au-1'));
    const viewer = await userWithToken(h, { username: 'viewer', role: 'qa_manager' }, ['calls:read', 'calls:write', 'definitions:write']);
    await viewer.client.request('/api/v1/calls/au-1');
    await viewer.client.request('/api/v1/calls?team=billing');
    await viewer.client.request('/api/v1/calls/au-1/reanalyze', { method: 'POST' });
    expect((await postJson(viewer.client, '/api/v1/rubrics', { ...DEFAULT_RUBRICS[0]!, id: 'audit-rubric' })).status).toBe(201);
    await viewer.client.request('/api/v1/rubrics/audit-rubric', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...DEFAULT_RUBRICS[0]!, id: 'audit-rubric' }) });
    expect((await viewer.client.request('/api/v1/rubrics/audit-rubric', { method: 'DELETE' })).status).toBe(204);
    const admin = await signIn(h, 'harness-admin', 'harness-admin-password');
    const created = await postJson(admin, '/api/v1/users', { username: 'audited', role: 'qa_manager' });
    const userId = (await created.json()).user.id;
    await postJson(admin, '/api/v1/tokens', { name: 'ci', scopes: ['calls:read'] });
    await admin.request('/api/v1/auth/logout', { method: 'POST' });

    const { items } = await entries();
    const seen = items.map((e) => `${e.action} ${e.target ?? '-'} ${e.outcome} ${e.actorName}`);
    for (const line of [
      'call.view au-1 success viewer',
      'call.list - success viewer',
      'call.reanalyze au-1 success viewer',
      'rubric.create audit-rubric success viewer',
      'rubric.update audit-rubric success viewer',
      'rubric.delete audit-rubric success viewer',
      `user.create ${userId} success harness-admin`,
    ]) {
      expect(seen).toContain(line);
    }
    for (const pattern of [/^auth\.login usr_\S+ success harness-admin$/, /^token\.create tok_\S+ success harness-admin$/, /^auth\.logout usr_\S+ success harness-admin$/]) {
      expect(seen.some((line) => pattern.test(line)), String(pattern)).toBe(true);
    }
    const view = items.find((e) => e.action === 'call.view')!;
    expect(view.actorTokenId).toMatch(/^tok_/);
    const list = items.find((e) => e.action === 'call.list' && (e.details['query'] as { team?: string }).team === 'billing')!;
    expect(list.details).toMatchObject({ query: { team: 'billing' }, count: 1 });
    await viewer.client.request('/api/v1/agents/agent-1/calls');
    const agentList = (await entries('?action=call.list')).items[0]!;
    expect(agentList.details).toMatchObject({ query: { agent: 'agent-1' }, count: 1 });
  });

  it('filters by actor, action and time, and pages with a cursor', async () => {
    const logins = await entries('?action=auth.login');
    expect(logins.items.length).toBeGreaterThan(0);
    expect(logins.items.every((e) => e.action === 'auth.login')).toBe(true);
    const byViewer = await entries('?actor=viewer');
    expect(byViewer.items.length).toBeGreaterThanOrEqual(3);
    expect(byViewer.items.every((e) => e.actorName === 'viewer')).toBe(true);
    expect((await entries('?from=2030-01-01T00:00:00Z')).items).toEqual([]);
    expect((await h.request('/api/v1/audit?action=made.up')).status).toBe(400);

    for (let i = 0; i < 105; i++) await h.deps.auth.audit.append({ at: h.clock.now, actorUserId: null, actorTokenId: null, actorName: 'bulk', action: 'call.view', target: `bulk-${i}`, outcome: 'success', ip: null });
    const first = await entries('?actor=bulk');
    expect(first.items).toHaveLength(100);
    const second = await entries(`?actor=bulk&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(5);
    expect(new Set([...first.items, ...second.items].map((e) => e.target)).size).toBe(105);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE fail', async () => {
    const db = h.platform.database.db;
    await expect(sql`update audit_log set action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect((await entries()).items.length).toBeGreaterThan(0);
  });

  it('is for admins only', async () => {
    const { client } = await userWithToken(h, { username: 'qa-2', role: 'qa_manager' }, ['calls:read']);
    expect((await client.request('/api/v1/audit')).status).toBe(403);
    expect((await h.app.request('/api/v1/audit')).status).toBe(401);
  });
});
