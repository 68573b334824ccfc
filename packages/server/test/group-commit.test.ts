import { ALL_DATA } from '@undertone/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../src/pipeline/content-hash.js';
import { groupCommitWriter } from '../src/pipeline/group-commit-writer.js';
import { ingestCall, type IngestDeps } from '../src/pipeline/ingest-call.js';
import { openPlatform, type Platform } from '../src/pipeline/platform.js';
import type { CallStore, NewCall } from '../src/storage/call-store.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';
import { testSteps } from './test-steps.js';

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`group commit of ingest on ${database.name}`, () => {
    let platform: Platform;
    let cleanup: () => Promise<void>;
    /** How many calls each transaction wrote, in order (distinct ids; the call store is wrapped to record them). */
    let batches: number[];
    let deps: IngestDeps;

    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      platform = await openPlatform(created.config, { steps: testSteps(), log: () => undefined });
      const recording: Pick<CallStore, 'insertManyIfAbsent'> = {
        insertManyIfAbsent: (calls, onCreated) => {
          batches.push(calls.length);
          return platform.calls.insertManyIfAbsent(calls, onCreated);
        },
      };
      const writer = groupCommitWriter(recording, platform.queue, { maxBatch: 100, maxInFlight: 1 });
      deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date('2026-11-24T00:00:00Z'), writer };
    }, 120_000);

    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
    }, 60_000);

    const ingest = (call: object) => ingestCall(deps, { input: JSON.stringify(call), source: 'test' });
    const jobsFor = async (id: string) =>
      Number((await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'analyze-call' and data->>'callId' = ${id}`.execute(platform.database.db)).rows[0]!.n);

    it('writes calls that arrive together in one transaction, each with its rows and its job', async () => {
      batches = [];
      const ids = Array.from({ length: 12 }, (_, i) => `gc-${i}`);
      const outcomes = await Promise.all(ids.map((id) => ingest(makeCall(id))));
      expect(outcomes).toEqual(ids.map((callId) => ({ status: 'created', callId })));
      expect(batches).toEqual([12]);
      for (const id of ids) {
        const stored = await platform.calls.getCall(id, ALL_DATA);
        expect(stored?.call.utterances).toHaveLength(4);
        expect(await jobsFor(id)).toBe(1);
      }
      const utterances = await platform.database.db.selectFrom('utterances').select(['idx', 'speaker', 'start_ms', 'text']).where('call_id', '=', 'gc-3').orderBy('idx').execute();
      expect(utterances.map((u) => [u.idx, u.speaker, u.start_ms])).toEqual([[0, 'agent', 0], [1, 'customer', 3200], [2, 'agent', 8200], [3, 'customer', 12500]]);
      expect(utterances[1]!.text).toBe(makeCall('x').utterances[1]!.text);
      const provenance = await platform.database.db.selectFrom('import_provenance').select(['call_id', 'format']).where('call_id', 'in', ids).execute();
      expect(provenance).toHaveLength(ids.length);
    });

    it('gives the same id twice in one batch one row: the first is created, the same payload a duplicate, other content a conflict', async () => {
      batches = [];
      const outcomes = await Promise.all([ingest(makeCall('gc-twin')), ingest(makeCall('gc-twin')), ingest(makeCall('gc-twin', { team: 'retention' })), ingest(makeCall('gc-other'))]);
      expect(batches).toEqual([2]);
      expect(outcomes.map((o) => o.status)).toEqual(['created', 'duplicate', 'conflict', 'created']);
      expect(outcomes[1]!.stored?.team).toBe('billing');
      expect(outcomes[2]!.stored?.team).toBe('billing');
      const rows = await platform.database.db.selectFrom('calls').select('team').where('id', '=', 'gc-twin').execute();
      expect(rows).toEqual([{ team: 'billing' }]);
      expect(await jobsFor('gc-twin')).toBe(1);
    });

    it('answers duplicates and conflicts against calls stored by an earlier batch', async () => {
      await ingest(makeCall('gc-earlier'));
      batches = [];
      const outcomes = await Promise.all([ingest(makeCall('gc-earlier', { team: 'sales' })), ingest(makeCall('gc-earlier')), ingest(makeCall('gc-later'))]);
      expect(batches).toEqual([2]);
      expect(outcomes.map((o) => o.status)).toEqual(['conflict', 'duplicate', 'created']);
      expect(await jobsFor('gc-earlier')).toBe(1);
    });

    it('creates exactly one row and one job from 20 concurrent ingests of the same call', async () => {
      batches = [];
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => ingest(makeCall('gc-race'))));
      expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(19);
      expect(batches).toEqual([1]);
      expect(await jobsFor('gc-race')).toBe(1);
    });

    it('stores the rest of a batch when one call breaks it, and fails only that call', async () => {
      // A NUL character is valid in JavaScript but not in PostgreSQL text or jsonb: the batch's statement fails.
      const bad = makeCall('gc-bad', { utterances: [{ speaker: 'agent', startMs: 0, endMs: 1000, text: 'hello \u0000 there' }] });
      const newCall = (call: typeof bad): NewCall => ({ call, contentHash: contentHash(call), source: 'test', provenance: undefined, receivedAt: new Date() });
      batches = [];
      const writer = deps.writer!;
      const results = await Promise.allSettled([writer.write(newCall(makeCall('gc-ok-1'))), writer.write(newCall(bad)), writer.write(newCall(makeCall('gc-ok-2')))]);
      expect(batches[0]).toBe(3);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(results[0]).toMatchObject({ value: { created: true } });
      expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/\\u0000|0x00|unsupported Unicode/i);
      for (const id of ['gc-ok-1', 'gc-ok-2']) {
        expect(await platform.calls.getCall(id, ALL_DATA)).toBeDefined();
        expect(await jobsFor(id)).toBe(1);
      }
      expect(await platform.calls.getCall('gc-bad', ALL_DATA)).toBeUndefined();
      expect(await jobsFor('gc-bad')).toBe(0);
    });

    it('writes a lone call without waiting for company', async () => {
      batches = [];
      expect(await ingest(makeCall('gc-alone'))).toEqual({ status: 'created', callId: 'gc-alone' });
      expect(batches).toEqual([1]);
    });
  });
}
