import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, userWithToken, type Harness, type Requester } from './harness.js';

/** What each role sees: lists, counts, agent pages and call detail all stay inside the data scope. */
describe('data scope by role', () => {
  let h: Harness;
  let supervisor: Requester;
  let agent: Requester;
  let qa: Requester;
  let orphanAgent: Requester;
  beforeAll(async () => {
    h = await openHarness();
    const calls = [
      makeCall('s-1', { startedAt: '2026-11-01T09:00:00Z', agent: { id: 'agent-1', name: 'Al' }, team: 'billing' }),
      makeCall('s-2', { startedAt: '2026-11-02T09:00:00Z', agent: { id: 'agent-1', name: 'Al' }, team: 'billing' }),
      makeCall('s-3', { startedAt: '2026-11-03T09:00:00Z', agent: { id: 'agent-2', name: 'Bo' }, team: 'billing' }),
      makeCall('s-4', { startedAt: '2026-11-04T09:00:00Z', agent: { id: 'agent-3', name: 'Cy' }, team: 'sales' }),
      makeCall('s-5', { startedAt: '2026-11-05T09:00:00Z', agent: { id: 'agent-1', name: 'Al' }, team: 'sales' }),
    ];
    for (const call of calls) expect((await postJson(h, '/api/v1/calls', call)).status).toBe(201);
    supervisor = (await userWithToken(h, { username: 'sup', role: 'supervisor', teams: ['billing'] }, ['calls:read', 'calls:write'])).client;
    agent = (await userWithToken(h, { username: 'al', role: 'agent', agentId: 'agent-1' }, ['calls:read'])).client;
    qa = (await userWithToken(h, { username: 'qa', role: 'qa_manager' }, ['calls:read'])).client;
    orphanAgent = (await userWithToken(h, { username: 'new-hire', role: 'agent', agentId: 'agent-new' }, ['calls:read'])).client;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const ids = async (client: Requester, path: string) => {
    const res = await client.request(path);
    expect(res.status, path).toBe(200);
    const body = await res.json();
    expect(body.count).toBe(body.items.length);
    return (body.items as Array<{ id: string }>).map((c) => c.id);
  };

  it('lists only the calls in scope, whatever the filters ask for', async () => {
    expect(await ids(qa, '/api/v1/calls')).toEqual(['s-5', 's-4', 's-3', 's-2', 's-1']);
    expect(await ids(supervisor, '/api/v1/calls')).toEqual(['s-3', 's-2', 's-1']);
    expect(await ids(supervisor, '/api/v1/calls?team=sales')).toEqual([]);
    expect(await ids(supervisor, '/api/v1/calls?agent=agent-3')).toEqual([]);
    expect(await ids(agent, '/api/v1/calls')).toEqual(['s-5', 's-2', 's-1']);
    expect(await ids(agent, '/api/v1/calls?agent=agent-2')).toEqual([]);
    expect(await ids(orphanAgent, '/api/v1/calls')).toEqual([]);
  });

  it('pages inside the scope without leaking rows through cursors', async () => {
    const first = await (await supervisor.request('/api/v1/calls?limit=2')).json();
    expect(first.items.map((c: { id: string }) => c.id)).toEqual(['s-3', 's-2']);
    const second = await (await supervisor.request(`/api/v1/calls?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((c: { id: string }) => c.id)).toEqual(['s-1']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('answers 404, not 403, for a call outside the scope, on detail and re-analysis', async () => {
    for (const [client, id] of [[supervisor, 's-4'], [agent, 's-3'], [orphanAgent, 's-1']] as const) {
      const res = await client.request(`/api/v1/calls/${id}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(await (await client.request('/api/v1/calls/does-not-exist')).json().then((b) => ({ error: { ...b.error, message: b.error.message.replace('does-not-exist', id) } })));
    }
    expect((await supervisor.request('/api/v1/calls/s-3')).status).toBe(200);
    expect((await supervisor.request('/api/v1/calls/s-4/reanalyze', { method: 'POST' })).status).toBe(404);
    expect((await supervisor.request('/api/v1/calls/s-3/reanalyze', { method: 'POST' })).status).toBe(202);
    expect((await agent.request('/api/v1/calls/s-5')).status).toBe(200);
  });

  it('shows agents and their counts only through calls in scope', async () => {
    const list = async (client: Requester, query = '') => (await (await client.request(`/api/v1/agents${query}`)).json()).items as Array<{ id: string; callCount: number; team: string | null }>;
    expect((await list(qa)).map((a) => [a.id, a.callCount])).toEqual([['agent-1', 3], ['agent-2', 1], ['agent-3', 1], ['agent-new', 0]]);
    // The supervisor sees agent-1's two billing calls, not the sales one, and no agent-3.
    expect((await list(supervisor)).map((a) => [a.id, a.callCount, a.team])).toEqual([['agent-1', 2, 'billing'], ['agent-2', 1, 'billing']]);
    expect((await list(supervisor, '?team=sales')).map((a) => a.id)).toEqual([]);
    expect((await list(agent)).map((a) => [a.id, a.callCount])).toEqual([['agent-1', 3]]);
    expect((await list(orphanAgent)).map((a) => [a.id, a.callCount])).toEqual([['agent-new', 0]]);

    expect((await supervisor.request('/api/v1/agents/agent-3')).status).toBe(404);
    expect((await supervisor.request('/api/v1/agents/agent-3/calls')).status).toBe(404);
    expect((await agent.request('/api/v1/agents/agent-2')).status).toBe(404);
    expect(await ids(supervisor, '/api/v1/agents/agent-1/calls')).toEqual(['s-2', 's-1']);
    expect(await ids(agent, '/api/v1/agents/agent-1/calls')).toEqual(['s-5', 's-2', 's-1']);
    const one = await (await supervisor.request('/api/v1/agents/agent-1')).json();
    expect(one.callCount).toBe(2);
  });
  it('keeps totals, filter facets and agent insights inside the scope', async () => {
    const total = async (client: Requester, query = '') => (await (await client.request(`/api/v1/calls${query}`)).json()).total;
    expect(await total(qa)).toBe(5);
    expect(await total(supervisor)).toBe(3);
    expect(await total(supervisor, '?team=sales')).toBe(0);
    expect(await total(agent)).toBe(3);

    const facets = async (client: Requester) => (await (await client.request('/api/v1/facets')).json()) as { teams: string[]; agents: Array<{ id: string; team: string | null }> };
    expect((await facets(qa)).teams).toEqual(['billing', 'sales']);
    expect(await facets(supervisor)).toMatchObject({ teams: ['billing'], agents: [{ id: 'agent-1', team: 'billing' }, { id: 'agent-2', team: 'billing' }] });
    expect((await facets(agent)).agents.map((a) => a.id)).toEqual(['agent-1']);
    expect((await facets(orphanAgent)).teams).toEqual([]);

    expect((await supervisor.request('/api/v1/agents/agent-3/insights')).status).toBe(404);
    expect((await agent.request('/api/v1/agents/agent-2/insights')).status).toBe(404);
    const weeklyCalls = async (client: Requester) => ((await (await client.request('/api/v1/agents/agent-1/insights')).json()).weekly as Array<{ calls: number }>).reduce((n, w) => n + w.calls, 0);
    expect(await weeklyCalls(qa)).toBe(3);
    expect(await weeklyCalls(supervisor)).toBe(2);
  });
});
