import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, type Harness } from './harness.js';

describe('list, agents, dead letters and health', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
    const calls = [
      makeCall('l-1', { startedAt: '2026-11-01T09:00:00Z', metadata: { score: 30, arc: 'declining' } }),
      makeCall('l-2', { startedAt: '2026-11-02T09:00:00Z', metadata: { score: 90, arc: 'recovery' } }),
      makeCall('l-3', { startedAt: '2026-11-03T09:00:00Z', agent: { id: 'agent-2', name: 'Bo' }, team: 'sales', callType: 'sales', metadata: { score: 70, arc: 'recovery' } }),
      makeCall('l-4', { startedAt: '2026-11-04T09:00:00Z', agent: { id: 'agent-2', name: 'Bo' }, team: 'sales', queue: 'upsell', metadata: { score: 45, arc: 'flat' } }),
      makeCall('l-5', { startedAt: '2026-11-05T09:00:00Z', metadata: { score: 60 } }),
      makeCall('poison-1', { startedAt: '2026-11-06T09:00:00Z' }),
    ];
    for (const call of calls) expect((await postJson(h, '/api/v1/calls', call)).status).toBe(201);
    const worker = h.platform.startWorker();
    await worker.idle();
    await worker.stop();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const ids = async (query: string) => {
    const res = await h.request(`/api/v1/calls${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()).items as Array<{ id: string }>).map((c) => c.id);
  };

  it('filters by agent, team, queue, call type, date range, flag, score and arc', async () => {
    expect(await ids('?agent=agent-2')).toEqual(['l-4', 'l-3']);
    expect(await ids('?team=sales&queue=upsell')).toEqual(['l-4']);
    expect(await ids('?callType=sales')).toEqual(['l-3']);
    expect(await ids('?from=2026-11-02T00:00:00Z&to=2026-11-04T00:00:00Z')).toEqual(['l-3', 'l-2']);
    expect(await ids('?flag=coaching')).toEqual(['l-4', 'l-1']);
    expect(await ids('?minScore=50&maxScore=80')).toEqual(['l-5', 'l-3']);
    expect(await ids('?arc=recovery')).toEqual(['l-3', 'l-2']);
  });

  it('pages with limit and nextCursor until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await h.request(`/api/v1/calls?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const body = await res.json();
      expect(body.count).toBe(body.items.length);
      seen.push(...body.items.map((c: { id: string }) => c.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['poison-1', 'l-5', 'l-4', 'l-3', 'l-2', 'l-1']);
    expect(pages).toBe(3);
  });

  it('rejects bad query values with 400 and the places', async () => {
    const res = await h.request('/api/v1/calls?limit=0&from=yesterday&minScore=high');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.issues.map((i: { where: string }) => i.where).sort()).toEqual(['query.from', 'query.limit', 'query.minScore']);
    const cursor = await h.request('/api/v1/calls?cursor=garbage');
    expect(cursor.status).toBe(400);
    expect((await cursor.json()).error.code).toBe('INVALID_INPUT');
  });

  it('lists agents with counts, shows one, lists its calls, and 404s an unknown one', async () => {
    const list = await (await h.request('/api/v1/agents')).json();
    const bo = list.items.find((a: { id: string }) => a.id === 'agent-2');
    expect(bo).toMatchObject({ name: 'Bo', team: 'sales', callCount: 2 });
    expect(bo.averageScore).toBeCloseTo(57.5);
    expect((await (await h.request('/api/v1/agents?team=sales')).json()).items.map((a: { id: string }) => a.id)).toEqual(['agent-2']);
    expect(await (await h.request('/api/v1/agents/agent-2')).json()).toMatchObject({ id: 'agent-2', callCount: 2 });
    const calls = await (await h.request('/api/v1/agents/agent-2/calls?minScore=50')).json();
    expect(calls.items.map((c: { id: string }) => c.id)).toEqual(['l-3']);
    const missing = await h.request('/api/v1/agents/nobody/calls');
    expect(missing.status).toBe(404);
  });

  it('lists the dead letter of the call whose analysis always fails', async () => {
    const body = await (await h.request('/api/v1/dead-letters')).json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ callId: 'poison-1', dead: true, lastError: expect.stringContaining('exploded') });
  });

  it('reports health with the database reachable and the queue running', async () => {
    const res = await h.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', reachable: true }, queue: { running: true } });
  });
});
