import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCall, UndertoneError, type Call } from '@undertone/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalysisThreadPool, type AnalysisThreadPool } from '../src/pipeline/analysis-threads/analysis-thread-pool.js';
import { defaultSteps, shippedRules, type ActiveRules } from '../src/pipeline/default-steps.js';
import { ingestCall } from '../src/pipeline/ingest-call.js';
import { openPlatform, type Platform } from '../src/pipeline/platform.js';
import { prepareForStorage } from '../src/pipeline/prepare-for-storage.js';
import { REDACT_EVERYTHING } from '../src/pipeline/redact-for-storage.js';
import { runAnalysisSteps } from '../src/pipeline/run-analysis-steps.js';
import type { RunningWorker } from '../src/pipeline/run-analysis-worker.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A stored call the importers would never produce (no utterances): core's analysis throws on it. */
const broken = (id: string) => ({ ...makeCall(id), utterances: undefined }) as unknown as Call;
const inThreadError = (call: Call) => {
  try {
    defaultSteps().analyze(call);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the analysis of a call without utterances to throw');
};

describe('analysis thread pool', () => {
  let pool: AnalysisThreadPool;
  const rules = shippedRules();

  beforeAll(() => {
    pool = startAnalysisThreadPool(2);
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('computes exactly what the same steps compute on this thread, the call included', async () => {
    const call = makeCall('pool-1', { callType: 'support', metadata: { score: 10 } });
    const expected = runAnalysisSteps(defaultSteps(() => rules), call);
    const computed = await pool.run(call, rules);
    expect(computed).toEqual(expected);
    expect(computed.analysis.call).toBe(call);
    expect(computed.scorecards.length).toBeGreaterThan(0);
  });

  it('spreads many calls over the threads and answers each with its own analysis', async () => {
    const calls = Array.from({ length: 12 }, (_, i) => makeCall(`pool-many-${i}`, { agent: { id: `agent-${i}` } }));
    const computed = await Promise.all(calls.map((c) => pool.run(c, rules)));
    expect(computed.map((c) => c.analysis.call.agent.id)).toEqual(calls.map((c) => c.agent.id));
  });

  it('scores with the rules of each task: a reload reaches the threads', async () => {
    const call = makeCall('pool-rules', { callType: 'support' });
    const first = await pool.run(call, rules);
    const reloaded: ActiveRules = { ...rules, rubrics: rules.rubrics.map((r) => ({ ...r, version: 41 })) };
    const second = await pool.run(call, reloaded);
    expect(first.scorecards[0]!.rubricVersion).not.toBe(41);
    expect(second.scorecards[0]!.rubricVersion).toBe(41);
  });

  it("rejects with the analysis error's message and keeps working", async () => {
    await expect(pool.run(broken('pool-broken'), rules)).rejects.toThrow(inThreadError(broken('pool-broken')));
    expect((await pool.run(makeCall('pool-after'), rules)).analysis.call.id).toBe('pool-after');
  });

  it('imports, redacts and hashes an ingest request exactly as this thread would', async () => {
    const call = makeCall('pool-prepare', { utterances: [{ speaker: 'customer', startMs: 0, endMs: 4000, text: 'my card is 4111 1111 1111 1111 and my email is ann@example.com' }] });
    const request = { input: JSON.stringify(call), source: 'api' };
    const expected = prepareForStorage(defaultSteps().importTranscript, request, REDACT_EVERYTHING);
    const prepared = await pool.prepare(request, REDACT_EVERYTHING);
    expect(prepared).toEqual(expected);
    expect(JSON.stringify(prepared.call)).not.toContain('4111');
  });

  it('rejects a bad transcript with the same UndertoneError, redacted, and keeps working', async () => {
    const request = { input: '{"id": "pool-bad", "agent": {"id": "a"}, "utterances": "call me on 07700 900123"}', source: 'api' };
    const inThread = (() => {
      try {
        prepareForStorage(defaultSteps().importTranscript, request, REDACT_EVERYTHING);
      } catch (err) {
        return err as UndertoneError;
      }
      throw new Error('expected the import to fail');
    })();
    const rejected = await pool.prepare(request, REDACT_EVERYTHING).catch((err: unknown) => err);
    expect(rejected).toBeInstanceOf(UndertoneError);
    expect(rejected).toMatchObject({ code: inThread.code, message: inThread.message, issues: inThread.issues });
    expect((await pool.prepare({ input: JSON.stringify(makeCall('pool-good')), source: 'api' }, REDACT_EVERYTHING)).call.id).toBe('pool-good');
  });

  it('analyzes with the catalog alone in threads started with the learned fallback off', async () => {
    const catalogOnly = startAnalysisThreadPool(1, { learnedBehaviors: false });
    try {
      const call = generateCall({ seed: 5003, startedAt: '2026-11-02T14:00:00Z', agent: { id: 'a' }, callType: 'retention', targetTurns: 150, targetDurationMs: 600_000 });
      const computed = await catalogOnly.run(call, rules);
      expect(computed).toEqual(runAnalysisSteps(defaultSteps(() => rules, { learnedBehaviors: false }), call));
      expect(computed).not.toEqual(runAnalysisSteps(defaultSteps(() => rules), call));
    } finally {
      await catalogOnly.close();
    }
  });

  it('refuses work once closed', async () => {
    const closing = startAnalysisThreadPool(1);
    await closing.run(makeCall('pool-close'), rules);
    await closing.close();
    await expect(closing.run(makeCall('pool-closed'), rules)).rejects.toThrow(/stopped/);
  });

  it('does not keep a process alive once its threads are idle', async () => {
    const script = `
      import { startAnalysisThreadPool } from './packages/server/src/pipeline/analysis-threads/analysis-thread-pool.ts';
      import { shippedRules } from './packages/server/src/pipeline/default-steps.ts';
      const pool = startAnalysisThreadPool(1);
      const computed = await pool.run({ id: 'c', agent: { id: 'a' }, utterances: [{ speaker: 'agent', startMs: 0, endMs: 900, text: 'hello there' }] }, shippedRules());
      process.stdout.write('analyzed ' + computed.analysis.call.id);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(stdout).toBe('analyzed c');
    expect(code).toBe(0);
  }, 60_000);
});

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`worker with analysis threads on ${database.name}`, () => {
    let platform: Platform;
    let worker: RunningWorker;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      const rules = shippedRules();
      platform = await openPlatform({ ...created.config, worker: { ...created.config.worker, analysisThreads: 1 } }, { rules: () => rules, log: () => undefined });
      worker = platform.startWorker();
    }, 120_000);

    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
    }, 60_000);

    it('stores the analysis computed in a thread, scorecard and read model included', async () => {
      expect(platform.prepareCall).toBeDefined();
      const deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date(), writer: platform.callWriter, prepareCall: platform.prepareCall! };
      const input = JSON.stringify(makeCall('thread-ok', { callType: 'support' }));
      expect(await ingestCall(deps, { input, source: 'test' })).toEqual({ status: 'created', callId: 'thread-ok' });
      expect((await ingestCall(deps, { input, source: 'test' })).status).toBe('duplicate');
      await worker.idle();
      const stored = await platform.analyses.getAnalysis('thread-ok');
      expect(stored?.analysis.call.id).toBe('thread-ok');
      expect(stored?.analysis.scorecard?.rubricId).toBeDefined();
      const summary = await platform.calls.getCall('thread-ok', { kind: 'all' });
      expect(summary?.overallScore).toBe(stored?.analysis.scorecard?.overall);
    });

    it('turns an analysis that throws in a thread into a failed job with its message, then a dead one', async () => {
      const call = broken('thread-broken');
      await sql`insert into agents (id) values ('agent-1') on conflict do nothing`.execute(platform.database.db);
      await sql`insert into calls (id, agent_id, started_at, content_hash, source, call) values ('thread-broken', 'agent-1', now(), 'x', 'test', ${JSON.stringify(call)}::jsonb)`.execute(platform.database.db);
      await platform.queue.enqueueAnalysis({ callId: 'thread-broken', replace: false });
      await worker.idle();
      const failure = (await platform.analyses.listFailures()).find((f) => f.callId === 'thread-broken');
      expect(failure).toMatchObject({ dead: true, attempts: 2, lastError: inThreadError(call) });
      expect(await platform.analyses.countAnalyses('thread-broken')).toBe(0);
    });
  });
}
