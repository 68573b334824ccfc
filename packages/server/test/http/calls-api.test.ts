import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, type Harness } from './harness.js';

describe('calls API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('creates a call (201), returns it again for the same payload (200), and refuses a different one (409)', async () => {
    const created = await postJson(h, '/api/v1/calls', makeCall('c-1'));
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ status: 'created', call: { id: 'c-1', agentId: 'agent-1', team: 'billing', analysisStatus: 'pending' } });

    const again = await postJson(h, '/api/v1/calls', makeCall('c-1'));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'duplicate', call: { id: 'c-1' } });

    const changed = await postJson(h, '/api/v1/calls', makeCall('c-1', { team: 'sales' }));
    expect(changed.status).toBe(409);
    expect(await changed.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('stores one row from 20 concurrent POSTs of the same call', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => postJson(h, '/api/v1/calls', makeCall('race-api'))));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const rows = await h.platform.database.db.selectFrom('calls').select('id').where('id', '=', 'race-api').execute();
    expect(rows).toHaveLength(1);
  });

  it('rejects an invalid call with 422/400 and lists every problem', async () => {
    const bad = { id: 'bad-1', agent: { id: 'a' }, utterances: [{ speaker: 'agent', startMs: 'x', endMs: 2, text: 'hi' }, { speaker: 'robot', startMs: 0, endMs: 1, text: 'x' }] };
    const res = await postJson(h, '/api/v1/calls?format=native', bad);
    expect([400, 422]).toContain(res.status);
    const body = await res.json();
    expect(body.error.code).toMatch(/INVALID_INPUT|UNKNOWN_FORMAT/);
    expect(body.error.issues.length).toBeGreaterThanOrEqual(2);
  });

  it('answers malformed JSON, an empty body and bad metadata with 400 INVALID_INPUT', async () => {
    const malformed = await postJson(h, '/api/v1/calls?format=native', '{"id": ');
    expect(malformed.status).toBe(400);
    const empty = await h.request('/api/v1/calls', { method: 'POST', body: '' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.code).toBe('INVALID_INPUT');
    const meta = await postJson(h, '/api/v1/calls?metadata=%7Bnot-json', makeCall('meta-bad'));
    expect(meta.status).toBe(400);
    expect((await meta.json()).error.issues[0].where).toBe('metadata');
  });

  it('answers a body over the limit with 413 TOO_LARGE', async () => {
    const big = makeCall('big', { utterances: Array.from({ length: 3000 }, (_, i) => ({ speaker: i % 2 ? 'customer' : 'agent', startMs: i * 1000, endMs: i * 1000 + 900, text: 'a long line of words '.repeat(10) })) });
    const res = await postJson(h, '/api/v1/calls', big);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('TOO_LARGE');
  });

  it('accepts multipart/form-data with a transcript file and metadata', async () => {
    const form = new FormData();
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Agent>Thanks for calling, how can I help?\n\n00:00:03.500 --> 00:00:06.000\n<v Customer>My internet keeps dropping.\n';
    form.set('transcript', new File([vtt], 'call-77.vtt', { type: 'text/vtt' }));
    form.set('metadata', JSON.stringify({ id: 'form-77', agent: { id: 'agent-9' }, team: 'tech' }));
    form.set('agentSpeaker', 'Agent');
    const res = await h.request('/api/v1/calls', { method: 'POST', body: form });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.call).toMatchObject({ id: 'form-77', agentId: 'agent-9', team: 'tech' });
  });

  it('returns 404 with a code for an unknown call, and the call with analysisStatus once analyzed', async () => {
    const missing = await h.request('/api/v1/calls/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });

    await postJson(h, '/api/v1/calls', makeCall('detail-1'));
    const pending = await (await h.request('/api/v1/calls/detail-1')).json();
    expect(pending.analysisStatus).toBe('pending');
    expect(pending.analysis).toBeNull();

    const worker = h.platform.startWorker();
    await worker.idle();
    await worker.stop();
    const analyzed = await (await h.request('/api/v1/calls/detail-1')).json();
    expect(analyzed.analysisStatus).toBe('analyzed');
    expect(analyzed.analysis.engineVersion).toBe(h.platform.steps.engineVersion);
    expect(analyzed.call.utterances).toHaveLength(4);
  });

  it('queues a re-analysis with 202, and 404 for an unknown call', async () => {
    const res = await h.request('/api/v1/calls/c-1/reanalyze', { method: 'POST' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'queued', callId: 'c-1' });
    expect((await h.request('/api/v1/calls/ghost/reanalyze', { method: 'POST' })).status).toBe(404);
  });

  it('answers unknown routes with 404 NOT_FOUND JSON', async () => {
    const res = await h.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
