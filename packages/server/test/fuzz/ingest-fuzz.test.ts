import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDroppedFile } from '../../src/drop-folder/file-outcome.js';
import { watchDropFolder } from '../../src/drop-folder/watch-drop-folder.js';
import { signWebhook } from '../../src/http/webhook-signature.js';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, SECRETS, type Harness } from '../http/harness.js';

/**
 * Malformed, wrongly typed and oversized payloads at every ingest path. Each must be refused with a 4xx
 * (or a failed/ file with a reason), leave no partial rows behind, and leave the server answering.
 */
describe('ingest fuzz', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ auth: { ingestPerMinute: 100_000 } });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const counts = async () => {
    const row = await sql<{ calls: string; utterances: string; provenance: string }>`
      select (select count(*) from calls) as calls, (select count(*) from utterances) as utterances, (select count(*) from import_provenance) as provenance`.execute(h.platform.database.db);
    const r = row.rows[0]!;
    return { calls: Number(r.calls), utterances: Number(r.utterances), provenance: Number(r.provenance) };
  };

  const seen = new Map<number, number>();
  /** Refused: a 4xx and nothing stored. Accepted (a mutation can still be a valid call): exactly one whole call. */
  const expectAtomic = async (label: string, send: () => Response | Promise<Response>) => {
    const before = await counts();
    const res = await send();
    const after = await counts();
    seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
    expect(res.status, `${label}: ${res.status} ${await res.clone().text().then((t) => t.slice(0, 300))}`).toBeLessThan(500);
    if (res.status >= 400) {
      expect(after, label).toEqual(before);
      const body = await res.json();
      expect(body.error.code, label).toMatch(/^[A-Z_]+$/);
      expect(body.error.message.length, label).toBeGreaterThan(10);
    } else if (res.status === 201) {
      expect(after.calls, label).toBe(before.calls + 1);
      const { call } = await res.json();
      const stored = await h.platform.database.db.selectFrom('utterances').select(sql<string>`count(*)`.as('n')).where('call_id', '=', call.id).executeTakeFirstOrThrow();
      expect(after.utterances - before.utterances, label).toBe(Number(stored.n));
    } else {
      expect(after, label).toEqual(before);
    }
  };

  const valid = makeCall('fz-base');
  const wrongValue = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));
  /** A valid call with one field replaced, removed, or one utterance field broken. */
  const mutatedCall = fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `fz-${s}`),
      field: fc.constantFrom('id', 'agent', 'utterances', 'startedAt', 'team', 'callType', 'metadata', 'durationMs'),
      utteranceField: fc.constantFrom('speaker', 'startMs', 'endMs', 'text'),
      value: wrongValue,
      where: fc.constantFrom('top', 'utterance', 'drop'),
    })
    .map(({ id, field, utteranceField, value, where }) => {
      const call: Record<string, unknown> = structuredClone({ ...valid, id });
      if (where === 'top') call[field] = value;
      else if (where === 'drop') delete call[field];
      else (call['utterances'] as Array<Record<string, unknown>>)[1]![utteranceField] = value;
      return JSON.stringify(call);
    });
  const garbageText = fc.oneof(
    fc.json(),
    fc.string({ maxLength: 500 }),
    fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
    fc.constantFrom('{"id": ', '[', '{}', 'null', '""', '{"utterances": []}', 'WEBVTT\n\nnot a cue', '1\n00:00:01,000 --> garbage', '\u0000\u0001\u0002', '{"id":"x","agent":{"id":"a"},"utterances":[{"speaker":"agent","startMs":5,"endMs":1,"text":"hi"}]}'),
    mutatedCall,
    mutatedCall.map((s) => s.slice(0, Math.max(1, Math.floor(s.length / 2)))),
  );
  const bytes = fc.oneof(garbageText.map((s) => new TextEncoder().encode(s)), fc.uint8Array({ maxLength: 400 }), fc.constant(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00])));
  const contentType = fc.constantFrom('application/json', 'text/plain', 'text/vtt', 'application/x-subrip', 'application/octet-stream', 'application/json; charset=utf-16', 'text/plain; charset=latin1');
  const query = fc.record({ format: fc.option(fc.oneof(fc.constantFrom('native', 'webvtt', 'srt', 'plain', 'amazon-connect'), fc.string({ maxLength: 20 })), { nil: undefined }), metadata: fc.option(fc.oneof(fc.json(), fc.string({ maxLength: 40 })), { nil: undefined }), agentSpeaker: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) });
  const queryString = (q: { format?: string | undefined; metadata?: string | undefined; agentSpeaker?: string | undefined }) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, v);
    const text = params.toString();
    return text ? `?${text}` : '';
  };

  it('POST /api/v1/calls with raw bodies: every refusal is a 4xx and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, contentType, query, async (body, type, q) => {
        await expectAtomic(`raw ${type} ${queryString(q)}`, () => h.request(`/api/v1/calls${queryString(q)}`, { method: 'POST', body, headers: { 'content-type': type } }));
      }),
      { numRuns: 150, seed: 8 },
    );
  }, 300_000);

  it('POST /api/v1/calls with multipart forms, well-formed or not', async () => {
    const form = fc.record({ transcript: fc.option(bytes, { nil: undefined }), asString: fc.boolean(), metadata: fc.option(fc.oneof(garbageText, fc.constant('{"agent":{"id":"a-1"}}')), { nil: undefined }), format: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const data = new FormData();
        if (f.transcript) data.set('transcript', f.asString ? new TextDecoder().decode(f.transcript) : new File([f.transcript], 'call.bin'));
        if (f.metadata !== undefined) data.set('metadata', f.metadata);
        if (f.format !== undefined) data.set('format', f.format);
        await expectAtomic('multipart', () => h.request('/api/v1/calls', { method: 'POST', body: data }));
      }),
      { numRuns: 80, seed: 9 },
    );
    const broken = ['--x\r\nContent-Disposition: form-data; name="transcript"\r\n\r\nabc', 'not multipart at all', '--b\r\n\r\n--b--'];
    for (const body of broken) {
      await expectAtomic('broken multipart', () => h.request('/api/v1/calls', { method: 'POST', body, headers: { 'content-type': 'multipart/form-data; boundary=b' } }));
    }
  }, 300_000);

  it('the signed webhook: bad signatures are 401, signed garbage is a 4xx, and nothing partial is stored', async () => {
    const seconds = () => String(Math.floor(h.clock.now.getTime() / 1000));
    await fc.assert(
      fc.asyncProperty(bytes, contentType, fc.constantFrom('good', 'bad', 'missing', 'stale'), async (body, type, signature) => {
        const ts = signature === 'stale' ? String(Number(seconds()) - 3600) : seconds();
        const headers: Record<string, string> = { 'content-type': type, 'x-undertone-timestamp': ts };
        if (signature === 'good' || signature === 'stale') headers['x-undertone-signature'] = signWebhook(SECRETS[0]!, ts, body);
        if (signature === 'bad') headers['x-undertone-signature'] = signWebhook('not-the-secret-0123456789', ts, body);
        await expectAtomic(`webhook ${signature}`, () => h.app.request('/api/v1/webhooks/fuzz', { method: 'POST', body, headers }));
      }),
      { numRuns: 120, seed: 10 },
    );
  }, 300_000);

  it('oversized bodies are 413 on every ingest path and store nothing', async () => {
    const huge = JSON.stringify(makeCall('fz-huge', { utterances: Array.from({ length: 4000 }, (_, i) => ({ speaker: i % 2 ? 'customer' : 'agent', startMs: i * 1000, endMs: i * 1000 + 900, text: 'words '.repeat(20) })) }));
    await expectAtomic('huge api', () => postJson(h, '/api/v1/calls', huge));
    const form = new FormData();
    form.set('transcript', new File([huge], 'huge.json'));
    await expectAtomic('huge multipart', () => h.request('/api/v1/calls', { method: 'POST', body: form }));
    const ts = String(Math.floor(h.clock.now.getTime() / 1000));
    await expectAtomic('huge webhook', () => h.app.request('/api/v1/webhooks/fuzz', { method: 'POST', body: huge, headers: { 'content-type': 'application/json', 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(SECRETS[1]!, ts, huge) } }));
    const res = await postJson(h, '/api/v1/calls', huge);
    expect(res.status).toBe(413);
  }, 120_000);

  it('dropped files: every refusal is a failed outcome with a code and message, and stores nothing', async () => {
    const deps = { calls: h.platform.calls, queue: h.platform.queue, importTranscript: h.platform.steps.importTranscript, now: () => h.clock.now };
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('call.json', 'call.vtt', 'call.srt', 'call.txt', 'noext'), async (body, name) => {
        const before = await counts();
        const outcome = await ingestDroppedFile(deps, name, body);
        const after = await counts();
        if (outcome.kind === 'failed') {
          expect(outcome.error.code).not.toBe('INTERNAL');
          expect(outcome.error.message.length).toBeGreaterThan(10);
          expect(after).toEqual(before);
        } else if (!outcome.duplicate) {
          expect(after.calls).toBe(before.calls + 1);
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  }, 300_000);

  it('the watched drop folder moves garbage to failed/ with an error file naming the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-fuzz-drop-'));
    const samples = fc.sample(bytes, { numRuns: 12, seed: 12 });
    const before = await counts();
    samples.forEach((b, i) => writeFileSync(join(dir, `garbage-${i}.json`), b));
    const handled: string[] = [];
    const folder = await watchDropFolder({ calls: h.platform.calls, queue: h.platform.queue, importTranscript: h.platform.steps.importTranscript, now: () => h.clock.now }, { dir, stabilityMs: 50, log: () => undefined });
    folder.onFile((e) => handled.push(e.file));
    try {
      await folder.ready;
      for (let waited = 0; handled.length < samples.length && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(handled).toHaveLength(samples.length);
      const failed = readdirSync(join(dir, 'failed'));
      const processed = (() => {
        try {
          return readdirSync(join(dir, 'processed'));
        } catch {
          return [];
        }
      })();
      expect(failed.filter((f) => !f.endsWith('.error.json')).length + processed.length).toBe(samples.length);
      for (const file of failed.filter((f) => f.endsWith('.error.json'))) {
        const error = JSON.parse(readFileSync(join(dir, 'failed', file), 'utf8'));
        expect(error.code).toMatch(/^[A-Z_]+$/);
        expect(error.code).not.toBe('INTERNAL');
      }
      expect((await counts()).calls).toBe(before.calls + processed.length);
    } finally {
      await folder.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('is still up and ingesting afterwards, having seen refusals of every kind', async () => {
    // The generators reach every answer: accepted calls, bad requests, bad signatures, too large, unusable transcripts.
    for (const status of [201, 400, 401, 413, 422]) expect(seen.get(status) ?? 0, `status ${status} in ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    expect((await h.app.request('/healthz')).status).toBe(200);
    expect((await postJson(h, '/api/v1/calls', makeCall('fz-after'))).status).toBe(201);
  });
});
