import { ALL_DATA } from '@undertone/core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../src/pipeline/import-files.js';
import { ingestCall, type IngestDeps } from '../src/pipeline/ingest-call.js';
import { openPlatform, type Platform } from '../src/pipeline/platform.js';
import { getCall, listCalls } from '../src/pipeline/read-calls.js';
import { reanalyzeCall } from '../src/pipeline/reanalyze-call.js';
import type { RunningWorker } from '../src/pipeline/run-analysis-worker.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';
import { testSteps } from './test-steps.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Child processes resolve @undertone/core to its sources, as vitest does, not to a possibly stale dist/. */
const CHILD_TSCONFIG = fileURLToPath(new URL('./tsconfig.source.json', import.meta.url));

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`platform on ${database.name}`, () => {
    let platform: Platform;
    let worker: RunningWorker;
    let deps: IngestDeps;
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    const rubric = { version: 1 };
    if (database.name !== 'postgres') console.warn(`worker kill test skipped on ${database.name}: the embedded database is single-process`);

    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      env = created.env;
      platform = await openPlatform(created.config, { steps: testSteps(rubric), log: () => undefined });
      deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date('2026-11-24T00:00:00Z') };
      worker = platform.startWorker();
    }, 120_000);

    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
    }, 60_000);

    const ingest = (call: object) => ingestCall(deps, { input: JSON.stringify(call), source: 'test' });

    it('applies migrations again as a no-op', async () => {
      expect((await migrateToLatest(platform.database.db)).applied).toEqual([]);
      expect((await migrateToLatest(platform.database.db)).applied).toEqual([]);
    });

    it('ingests a call, runs the pipeline and stores analysis, scorecard, flags and triggers', async () => {
      const outcome = await ingest(makeCall('pipe-1', { metadata: { score: 30 } }));
      expect(outcome).toEqual({ status: 'created', callId: 'pipe-1' });
      await worker.idle();
      const stored = await getCall(platform, 'pipe-1', ALL_DATA);
      expect(stored?.analysis?.engineVersion).toBe(platform.steps.engineVersion);
      expect(stored?.analysis?.analysis.characteristics.durationMs).toBeGreaterThan(0);
      expect(stored?.overallScore).toBe(30);
      expect(stored?.flagKinds).toEqual(['coaching']);
      expect(await platform.analyses.listFlags('pipe-1')).toEqual([{ kind: 'coaching', policy: 'low-score', policyVersion: 1, reason: 'overall score below 50', engineVersion: platform.steps.engineVersion }]);
      expect(await platform.analyses.listTriggers('pipe-1')).toHaveLength(1);
      const utterances = await platform.database.db.selectFrom('utterances').select(['idx', 'speaker']).where('call_id', '=', 'pipe-1').orderBy('idx').execute();
      expect(utterances.map((u) => u.speaker)).toEqual(['agent', 'customer', 'agent', 'customer']);
      const provenance = await platform.database.db.selectFrom('import_provenance').select(['source', 'format']).where('call_id', '=', 'pipe-1').execute();
      expect(provenance).toEqual([{ source: 'test', format: 'native' }]);
    });

    it('analyzes a call ingested through the group-commit writer and reads its analysis back with the stored call', async () => {
      const outcome = await ingestCall({ ...deps, writer: platform.callWriter }, { input: JSON.stringify(makeCall('fresh-1', { metadata: { score: 80 } })), source: 'test' });
      expect(outcome.status).toBe('created');
      await worker.idle();
      const stored = await getCall(platform, 'fresh-1', ALL_DATA);
      expect(stored?.analysis?.analysis.call).toEqual(stored?.call);
      expect(stored?.overallScore).toBe(80);
      // The transcript is stored once, in the call's row; the analysis row does not repeat it.
      const row = await sql<{ has_call: boolean }>`select analysis ? 'call' as has_call from analyses where call_id = 'fresh-1'`.execute(platform.database.db);
      expect(row.rows).toEqual([{ has_call: false }]);
    });

    it('returns duplicate with the stored call for the same payload', async () => {
      await ingest(makeCall('dup-1'));
      const again = await ingest(makeCall('dup-1'));
      expect(again.status).toBe('duplicate');
      expect(again.stored?.call.id).toBe('dup-1');
    });

    it('creates exactly one row from 20 concurrent ingests of the same call', async () => {
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => ingest(makeCall('race-1'))));
      expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(19);
      const rows = await platform.database.db.selectFrom('calls').select('id').where('id', '=', 'race-1').execute();
      expect(rows).toHaveLength(1);
      const utterances = await platform.database.db.selectFrom('utterances').select('idx').where('call_id', '=', 'race-1').execute();
      expect(utterances).toHaveLength(4);
      await worker.idle();
      expect(await platform.analyses.countAnalyses('race-1')).toBe(1);
    });

    it('reports a conflict for different content under an existing id and keeps the original', async () => {
      await ingest(makeCall('conflict-1'));
      const other = await ingest(makeCall('conflict-1', { team: 'retention' }));
      expect(other.status).toBe('conflict');
      expect(other.stored?.team).toBe('billing');
    });

    it('lists calls with filters and pages by (started_at, id) without gaps or repeats', async () => {
      const calls = Array.from({ length: 13 }, (_, i) =>
        makeCall(`list-${String(i).padStart(2, '0')}`, {
          team: 'list-team',
          agent: { id: i % 2 === 0 ? 'list-agent-even' : 'list-agent-odd' },
          queue: i < 5 ? 'sales' : 'support',
          callType: i % 3 === 0 ? 'outbound-sales' : 'inbound-support',
          // Pairs share a start time so the id breaks ties.
          startedAt: new Date(Date.UTC(2026, 9, 1 + Math.floor(i / 2))).toISOString(),
          metadata: { score: i * 8, ...(i === 4 ? { arc: 'recovery' } : {}) },
        }),
      );
      for (const call of calls) expect((await ingest(call)).status).toBe('created');
      await worker.idle();

      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listCalls(platform, { team: 'list-team' }, { limit: 5, ...(cursor ? { cursor } : {}) }, ALL_DATA);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      const expected = [...calls].sort((a, b) => (b.startedAt! + b.id).localeCompare(a.startedAt! + a.id)).map((c) => c.id);
      expect(seen).toEqual(expected);

      const ids = async (filters: Parameters<typeof listCalls>[1]) => (await listCalls(platform, { team: 'list-team', ...filters }, { limit: 100 }, ALL_DATA)).items.map((c) => c.id).sort();
      expect(await ids({ agentId: 'list-agent-odd' })).toEqual(['list-01', 'list-03', 'list-05', 'list-07', 'list-09', 'list-11']);
      expect(await ids({ queue: 'sales' })).toEqual(['list-00', 'list-01', 'list-02', 'list-03', 'list-04']);
      expect(await ids({ callType: 'outbound-sales' })).toEqual(['list-00', 'list-03', 'list-06', 'list-09', 'list-12']);
      expect(await ids({ startedFrom: new Date('2026-10-02T00:00:00Z'), startedTo: new Date('2026-10-03T00:00:00Z') })).toEqual(['list-02', 'list-03']);
      expect(await ids({ minScore: 40, maxScore: 56 })).toEqual(['list-05', 'list-06', 'list-07']);
      expect(await ids({ flagKind: 'coaching' })).toEqual(['list-00', 'list-01', 'list-02', 'list-03', 'list-04', 'list-05', 'list-06']);
      expect(await ids({ arcPattern: 'recovery' })).toEqual(['list-04']);
    });

    it('rejects a cursor it did not issue, saying what to do', async () => {
      await expect(listCalls(platform, {}, { cursor: 'not-a-cursor' }, ALL_DATA)).rejects.toThrow(/nextCursor/);
    });

    it('re-analyzes a call in place, recording the new rubric version', async () => {
      await ingest(makeCall('re-1'));
      await worker.idle();
      const before = await platform.analyses.getAnalysis('re-1');
      rubric.version = 2;
      try {
        await reanalyzeCall(platform, 're-1', ALL_DATA);
        await worker.idle();
      } finally {
        rubric.version = 1;
      }
      const after = await platform.analyses.getAnalysis('re-1');
      expect(after!.analyzedAt.getTime()).toBeGreaterThan(before!.analyzedAt.getTime());
      expect(after!.analysis.scorecard?.rubricVersion).toBe(2);
      expect(await platform.analyses.countAnalyses('re-1')).toBe(1);
      const cards = await platform.database.db.selectFrom('scorecards').select('rubric_version').where('call_id', '=', 're-1').execute();
      expect(cards).toEqual([{ rubric_version: 2 }]);
      await expect(reanalyzeCall(platform, 'no-such-call', ALL_DATA)).rejects.toThrow(/does not exist/);
      // Outside the caller's scope reads as absent: nothing is queued.
      await expect(reanalyzeCall(platform, 're-1', { kind: 'agent', agentId: 'someone-else' })).rejects.toThrow(/does not exist/);
    });

    it('versions rubrics and policies: each publish is a new version, older ones stay readable', async () => {
      const first = await platform.rubrics.publish('qa-basic', { criteria: ['greeting'] });
      const second = await platform.rubrics.publish('qa-basic', { criteria: ['greeting', 'empathy'] });
      expect([first.version, second.version]).toEqual([1, 2]);
      expect((await platform.rubrics.latest('qa-basic'))?.definition).toEqual({ criteria: ['greeting', 'empathy'] });
      expect((await platform.rubrics.get('qa-basic', 1))?.definition).toEqual({ criteria: ['greeting'] });
      expect((await platform.policies.publish('qa-basic', { when: 'x' })).version).toBe(1);
      expect(await platform.policies.latest('missing')).toBeUndefined();
    });

    it('dead-letters a job that always fails and keeps its error queryable', async () => {
      await ingest(makeCall('poison-1'));
      await worker.idle();
      const failures = await platform.analyses.listFailures({ deadOnly: true });
      const failure = failures.find((f) => f.callId === 'poison-1');
      expect(failure).toMatchObject({ dead: true, attempts: 2, lastError: 'analyzer exploded on purpose' });
      expect(await platform.analyses.countAnalyses('poison-1')).toBe(0);
      const dead = await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'analyze-call-dead' and data->>'callId' = 'poison-1'`.execute(platform.database.db);
      expect(Number(dead.rows[0]!.n)).toBe(1);
    });

    it('imports a folder of good, duplicate and bad files, and skips everything on a re-run', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'undertone-import-'));
      try {
        writeFileSync(join(dir, 'a.json'), JSON.stringify(makeCall('imp-a')));
        writeFileSync(join(dir, 'b.json'), JSON.stringify(makeCall('imp-b')));
        writeFileSync(join(dir, 'c-same-as-a.json'), JSON.stringify(makeCall('imp-a')));
        writeFileSync(join(dir, 'd-broken.json'), '{"id": "imp-d", ');
        writeFileSync(join(dir, 'e-no-utterances.json'), JSON.stringify({ ...makeCall('imp-e'), utterances: [] }));
        const files = ['a.json', 'b.json', 'c-same-as-a.json', 'd-broken.json', 'e-no-utterances.json'].map((f) => join(dir, f));
        const first = await importFiles(deps, files, { concurrency: 1 });
        expect(first.map((r) => r.status)).toEqual(['imported', 'imported', 'duplicate', 'rejected', 'rejected']);
        expect(first[3]!.reason).toMatch(/not valid JSON/);
        expect(first[4]!.reason).toMatch(/EMPTY_TRANSCRIPT: .*no spoken turns/);
        const second = await importFiles(deps, files);
        expect(second.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'rejected', 'rejected']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.skipIf(database.name !== 'postgres')('loses and duplicates nothing when a worker process is killed mid-job', async () => {
      await worker.stop();
      const ids = Array.from({ length: 300 }, (_, i) => `kill-${i}`);
      for (const id of ids) await ingest(makeCall(id));

      const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'worker', '--concurrency', '25'], {
        cwd: REPO_ROOT,
        env: { ...process.env, TSX_TSCONFIG_PATH: CHILD_TSCONFIG, ...env, UNDERTONE_RETRY_LIMIT: '1', UNDERTONE_RETRY_DELAY_SECONDS: '0', UNDERTONE_RETRY_BACKOFF: 'false', UNDERTONE_JOB_EXPIRE_SECONDS: '5', UNDERTONE_MAINTENANCE_INTERVAL_SECONDS: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      const exited = new Promise((resolve) => child.on('exit', resolve));

      // Kill once the child has stored some analyses and holds claimed jobs it has not analyzed yet.
      const progress = async () => {
        const { rows } = await sql<{ analyzed: string; active: string }>`
          select (select count(*) from analyses where call_id like 'kill-%') as analyzed,
                 (select count(*) from pgboss.job j where j.name = 'analyze-call' and j.state = 'active'
                    and not exists (select 1 from analyses a where a.call_id = j.data->>'callId')) as active`.execute(platform.database.db);
        return { analyzed: Number(rows[0]!.analyzed), active: Number(rows[0]!.active) };
      };
      const deadline = Date.now() + 60_000;
      for (let p = await progress(); p.analyzed === 0 || p.active === 0; p = await progress()) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the worker process never got going: ${stderr}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      child.kill('SIGKILL');
      await exited;

      const active = await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'analyze-call' and state = 'active'`.execute(platform.database.db);
      expect(Number(active.rows[0]!.n), 'the kill should land while jobs are claimed').toBeGreaterThan(0);
      const before = await platform.database.db.selectFrom('analyses').select(['call_id', 'analyzed_at']).where('call_id', 'like', 'kill-%').execute();
      expect(before.length).toBeLessThan(ids.length);

      worker = platform.startWorker();
      await worker.idle();

      const after = await platform.database.db.selectFrom('analyses').select(['call_id', 'analyzed_at']).where('call_id', 'like', 'kill-%').execute();
      expect(new Set(after.map((a) => a.call_id))).toEqual(new Set(ids));
      expect(after).toHaveLength(ids.length);
      const afterById = new Map(after.map((a) => [a.call_id, new Date(a.analyzed_at).getTime()]));
      for (const row of before) expect(afterById.get(row.call_id), `${row.call_id} was analyzed twice`).toBe(new Date(row.analyzed_at).getTime());
      expect((await platform.analyses.listFailures()).filter((f) => f.callId.startsWith('kill-'))).toEqual([]);
    }, 120_000);
  });
}
