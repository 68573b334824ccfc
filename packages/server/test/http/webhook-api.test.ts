import { ALL_DATA } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/http/webhook-signature.js';
import { makeCall } from '../fixtures.js';
import { openHarness, SECRETS, type Harness } from './harness.js';

describe('telephony webhook', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const seconds = () => String(Math.floor(h.clock.now.getTime() / 1000));
  const send = (body: string, headers: Record<string, string>) =>
    h.app.request('/api/v1/webhooks/genesys', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  it('ingests a call signed with the current secret, and again with the old secret during a rotation', async () => {
    const body = JSON.stringify(makeCall('hook-1'));
    const ts = seconds();
    const res = await send(body, { 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(SECRETS[1]!, ts, body) });
    expect(res.status).toBe(201);
    expect((await res.json()).call).toMatchObject({ id: 'hook-1', source: 'webhook:genesys' });

    const other = JSON.stringify(makeCall('hook-2'));
    const rotated = await send(other, { 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(SECRETS[0]!, ts, other) });
    expect(rotated.status).toBe(201);
    const repeat = await send(body, { 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(SECRETS[1]!, ts, body) });
    expect(repeat.status).toBe(200);
  });

  it('rejects a bad signature, an unknown secret, a tampered body and missing headers with 401', async () => {
    const body = JSON.stringify(makeCall('hook-bad'));
    const ts = seconds();
    const cases: Array<Record<string, string>> = [
      { 'x-undertone-timestamp': ts, 'x-undertone-signature': 'sha256=' + '0'.repeat(64) },
      { 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook('retired-secret-0123456789', ts, body) },
      { 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(SECRETS[0]!, ts, body + ' ') },
      { 'x-undertone-timestamp': ts },
    ];
    for (const headers of cases) {
      const res = await send(body, headers);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
    }
    expect(await h.platform.calls.getCall('hook-bad', ALL_DATA)).toBeUndefined();
  });

  it('rejects a stale timestamp and one from the future, saying which', async () => {
    const body = JSON.stringify(makeCall('hook-old'));
    const stale = String(Math.floor(h.clock.now.getTime() / 1000) - 301);
    const old = await send(body, { 'x-undertone-timestamp': stale, 'x-undertone-signature': signWebhook(SECRETS[0]!, stale, body) });
    expect(old.status).toBe(401);
    expect((await old.json()).error.message).toContain('too old');
    const ahead = String(Math.floor(h.clock.now.getTime() / 1000) + 600);
    const future = await send(body, { 'x-undertone-timestamp': ahead, 'x-undertone-signature': signWebhook(SECRETS[0]!, ahead, body) });
    expect(future.status).toBe(401);
    expect((await future.json()).error.message).toContain('future');
  });
});
