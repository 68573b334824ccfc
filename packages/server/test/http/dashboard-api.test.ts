import { generateContactCenter, weekStartOf, type CallAnalysis, type Call } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSteps } from '../../src/pipeline/default-steps.js';
import { backfillReadModel } from '../../src/storage/migrations/0003-dashboard-read-model.js';
import { DATABASES } from '../databases.js';
import { openHarness, postJson, type Harness } from './harness.js';

const NOW = '2026-11-24T10:00:00Z';

/** A small generated contact center, analyzed by the real pipeline (default rubrics and policies). */
function demoCalls(): Call[] {
  const center = generateContactCenter({ seed: 11, now: NOW, days: 24, teams: 2, agentsPerTeam: 3, callsPerAgentPerDay: 1 });
  return [...center.calls()];
}

interface Stored {
  call: Call;
  analysis: CallAnalysis;
}

const customerDrops = (a: CallAnalysis) => (a.sentiment?.inflections ?? []).filter((i) => i.speaker === 'customer' && i.direction === 'drop');

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`dashboard reads on ${database.name}`, () => {
    let h: Harness;
    let stored: Stored[];
    beforeAll(async () => {
      h = await openHarness({ database, steps: defaultSteps() });
      const calls = demoCalls();
      for (const call of calls) expect((await postJson(h, '/api/v1/calls', call)).status).toBe(201);
      const worker = h.platform.startWorker();
      await worker.idle();
      await worker.stop();
      stored = [];
      for (const call of calls) stored.push({ call, analysis: (await h.platform.analyses.getAnalysis(call.id))!.analysis });
    }, 300_000);
    afterAll(async () => {
      await h?.close();
    }, 60_000);

    const get = async (path: string) => {
      const res = await h.request(path);
      expect(res.status, path).toBe(200);
      return res.json() as Promise<any>;
    };

    it('lists facets for the filter dropdowns, sorted', async () => {
      const facets = await get('/api/v1/facets');
      const distinct = (values: Array<string | null | undefined>) => [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort();
      expect(facets.teams).toEqual(distinct(stored.map((s) => s.call.team)));
      expect(facets.queues).toEqual(distinct(stored.map((s) => s.call.queue)));
      expect(facets.callTypes).toEqual(distinct(stored.map((s) => s.call.callType)));
      expect(facets.arcPatterns).toEqual(distinct(stored.map((s) => s.analysis.sentiment?.arcs.customer.pattern)));
      expect(facets.flagKinds).toEqual(distinct(stored.flatMap((s) => (s.analysis.flags ?? []).map((f) => f.kind))));
      expect(facets.flagKinds.length).toBeGreaterThan(1);
      expect(facets.agents).toHaveLength(6);
      const names = facets.agents.map((a: { name: string }) => a.name);
      expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
      const latest = [...stored].reverse().find((s) => s.call.agent.id === facets.agents[0].id)!;
      expect(facets.agents[0]).toEqual({ id: latest.call.agent.id, name: latest.call.agent.name, team: latest.call.team });
    });

    it('counts every flagged-call queue across pages', async () => {
      const nonEmpty: string[] = [];
      for (const kind of ['compliance', 'quality', 'coaching', 'kudos']) {
        const expected = stored.filter((s) => (s.analysis.flags ?? []).some((f) => f.kind === kind)).length;
        const body = await get(`/api/v1/calls?flag=${kind}&limit=3`);
        expect(body.total, kind).toBe(expected);
        expect(body.items.every((c: { flagKinds: string[] }) => c.flagKinds.includes(kind))).toBe(true);
        if (expected > 0) nonEmpty.push(kind);
      }
      // The generated center (seed 11) has calls in every queue: each total above was checked against real data.
      expect(nonEmpty).toEqual(['compliance', 'quality', 'coaching', 'kudos']);
    });

    /** What GET /api/v1/agents/{id}/insights should say, computed from the stored analysis JSON (not the read model). */
    function expectedInsights(agentId: string, weeks: number) {
      const mine = stored.filter((s) => s.call.agent.id === agentId);
      const latest = new Date(Math.max(...mine.map((s) => Date.parse(s.call.startedAt!))));
      const lastMonday = Date.parse(`${weekStartOf(latest)}T00:00:00Z`);
      const from = lastMonday - (weeks - 1) * 7 * 86_400_000;
      const inWindow = mine.filter((s) => Date.parse(s.call.startedAt!) >= from);
      const drops = inWindow.flatMap((s) => customerDrops(s.analysis));
      const precursors = new Map<string, number>();
      for (const d of drops) for (const b of new Set((d.preceding ?? []).map((p) => p.behavior))) precursors.set(b, (precursors.get(b) ?? 0) + 1);
      const criteria = new Map<string, { evaluated: number; passed: number }>();
      for (const s of inWindow) {
        for (const c of s.analysis.scorecard?.criteria ?? []) {
          const key = `${s.analysis.scorecard!.rubricId}/${c.id}`;
          const t = criteria.get(key) ?? { evaluated: 0, passed: 0 };
          if (!c.na && c.passed !== null) criteria.set(key, { evaluated: t.evaluated + 1, passed: t.passed + (c.passed ? 1 : 0) });
          else criteria.set(key, t);
        }
      }
      const weekly = new Map<string, Stored[]>();
      for (const s of inWindow) weekly.set(weekStartOf(new Date(s.call.startedAt!)), [...(weekly.get(weekStartOf(new Date(s.call.startedAt!))) ?? []), s]);
      return { from, drops: drops.length, precursors, criteria, weekly, calls: inWindow.length };
    }

    const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

    it.each([12, 2])('answers agent insights over %i weeks back from the agent latest call', async (weeks) => {
      const busiest = [...new Set(stored.map((s) => s.call.agent.id))].sort(
        (a, b) => stored.filter((s) => s.call.agent.id === b).length - stored.filter((s) => s.call.agent.id === a).length,
      )[0]!;
      const body = await get(`/api/v1/agents/${busiest}/insights?weeks=${weeks}`);
      const want = expectedInsights(busiest, weeks);
      const sample = stored.find((s) => s.call.agent.id === busiest)!;
      expect(body).toMatchObject({ agentId: busiest, name: sample.call.agent.name, customerDrops: want.drops });
      expect(body.window.from).toBe(new Date(want.from).toISOString());
      expect(body.weekly).toHaveLength(weeks);
      expect(new Date(`${body.weekly[0].weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(body.weekly.reduce((n: number, w: { calls: number }) => n + w.calls, 0)).toBe(want.calls);
      for (const w of body.weekly) {
        const inWeek = want.weekly.get(w.weekStart) ?? [];
        expect(w.calls).toBe(inWeek.length);
        const score = mean(inWeek.map((s) => s.analysis.scorecard!.overall));
        const exit = mean(inWeek.flatMap((s) => (typeof s.analysis.sentiment?.arcs.customer.exit === 'number' ? [s.analysis.sentiment.arcs.customer.exit] : [])));
        if (score === null) expect(w.averageScore).toBeNull();
        else expect(w.averageScore).toBeCloseTo(score, 1);
        if (exit === null) expect(w.averageCustomerExit).toBeNull();
        else expect(w.averageCustomerExit).toBeCloseTo(exit, 3);
      }
      expect(want.drops).toBeGreaterThan(0);
      expect(body.dropPrecursors.length).toBeGreaterThan(0);
      for (const p of body.dropPrecursors) {
        expect(p.count).toBe(want.precursors.get(p.behavior));
        expect(p.share).toBeCloseTo(p.count / want.drops, 3);
      }
      const counts = body.dropPrecursors.map((p: { count: number }) => p.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(body.dropPrecursors[0].count).toBe(Math.max(...want.precursors.values()));
      expect(body.criteria).toHaveLength(want.criteria.size);
      for (const c of body.criteria) {
        const t = want.criteria.get(`${c.rubricId}/${c.criterionId}`)!;
        expect({ evaluated: c.evaluated, passed: c.passed }).toEqual(t);
        if (t.evaluated === 0) expect(c.passRate).toBeNull();
        else expect(c.passRate).toBeCloseTo(t.passed / t.evaluated, 3);
        expect(c.label.length).toBeGreaterThan(0);
      }
    });

    /** Customer drops per agent and stage for one team, from the stored analysis JSON. */
    function expectedStageDrops(team: string) {
      const inTeam = stored.filter((s) => s.call.team === team);
      const calls = new Map<string, number>();
      const drops = new Map<string, number>();
      for (const s of inTeam) {
        calls.set(s.call.agent.id, (calls.get(s.call.agent.id) ?? 0) + 1);
        for (const d of customerDrops(s.analysis)) if (d.stage) drops.set(`${s.call.agent.id}/${d.stage}`, (drops.get(`${s.call.agent.id}/${d.stage}`) ?? 0) + 1);
      }
      return { calls, drops };
    }

    it('answers the stage x agent drop grid for a team, with stage totals', async () => {
      const team = stored[0]!.call.team!;
      const body = await get(`/api/v1/teams/stage-drops?team=${encodeURIComponent(team)}`);
      const want = expectedStageDrops(team);
      expect(body.agents.map((a: { id: string }) => a.id).sort()).toEqual([...want.calls.keys()].sort());
      for (const a of body.agents) expect(a).toMatchObject({ team, calls: want.calls.get(a.id) });
      expect(new Set(body.stages)).toEqual(new Set([...want.drops.keys()].map((k) => k.split('/')[1])));
      expect(body.stages.length).toBeGreaterThan(1);
      expect(body.cells).toHaveLength(body.agents.length * body.stages.length);
      for (const c of body.cells) {
        expect(c.drops).toBe(want.drops.get(`${c.agentId}/${c.stage}`) ?? 0);
        expect(c.calls).toBe(want.calls.get(c.agentId));
        expect(c.rate).toBeCloseTo(c.drops / c.calls, 3);
      }
      for (const t of body.stageTotals) {
        const inStage = body.cells.filter((c: { stage: string }) => c.stage === t.stage);
        expect(t.drops).toBe(inStage.reduce((n: number, c: { drops: number }) => n + c.drops, 0));
        expect(t.agentsWithDrops).toBe(inStage.filter((c: { drops: number }) => c.drops > 0).length);
      }
      if (body.stages.includes('opening')) expect(body.stages[0]).toBe('opening');
      if (body.stages.includes('closing')) expect(body.stages.at(-1)).toBe('closing');
    });

    it('narrows the grid by call type and date range', async () => {
      const from = '2026-11-17T00:00:00Z';
      const body = await get(`/api/v1/teams/stage-drops?callType=support&from=${from}&to=${NOW}`);
      const inRange = stored.filter((s) => s.call.callType === 'support' && s.call.startedAt! >= from && s.call.startedAt! < NOW);
      expect(body.agents.reduce((n: number, a: { calls: number }) => n + a.calls, 0)).toBe(inRange.length);
      expect(body.cells.reduce((n: number, c: { drops: number }) => n + c.drops, 0)).toBe(inRange.flatMap((s) => customerDrops(s.analysis).filter((d) => d.stage)).length);
      const none = await get('/api/v1/teams/stage-drops?team=nobody');
      expect(none).toEqual({ stages: [], agents: [], cells: [], stageTotals: [] });
    });

    it('replaces a call read model on re-analysis and rebuilds it from stored analyses (the migration backfill)', async () => {
      const agentId = stored[0]!.call.agent.id;
      const team = stored[0]!.call.team!;
      const snapshot = async () => [
        await get(`/api/v1/agents/${agentId}/insights`),
        await get(`/api/v1/teams/stage-drops?team=${encodeURIComponent(team)}`),
        (await get('/api/v1/calls?sort=-customerExit&limit=500')).items,
      ];
      const before = await snapshot();
      const analyzedAt = (await h.platform.analyses.getAnalysis(stored[0]!.call.id))!.analyzedAt;
      expect((await h.request(`/api/v1/calls/${stored[0]!.call.id}/reanalyze`, { method: 'POST' })).status).toBe(202);
      const worker = h.platform.startWorker();
      await worker.idle();
      await worker.stop();
      expect((await h.platform.analyses.getAnalysis(stored[0]!.call.id))!.analyzedAt.getTime()).toBeGreaterThan(analyzedAt.getTime());
      expect(await snapshot()).toEqual(before);

      const db = h.platform.database.db;
      await sql`delete from call_inflections`.execute(db);
      await sql`delete from criterion_results`.execute(db);
      await sql`update calls set customer_exit = null, auto_failed = null`.execute(db);
      expect((await get(`/api/v1/agents/${agentId}/insights`)).customerDrops).toBe(0);
      await backfillReadModel(db as unknown as Kysely<unknown>);
      expect(await snapshot()).toEqual(before);
    });

    it('returns what a call-detail page needs in GET /api/v1/calls/{id}', async () => {
      const rich = stored.find((s) => customerDrops(s.analysis).some((d) => (d.preceding?.length ?? 0) > 0) && (s.analysis.flags?.length ?? 0) > 0)!;
      const body = await get(`/api/v1/calls/${rich.call.id}`);
      const call = body.call as Call;
      const result = body.analysis.result as CallAnalysis;
      expect(body).toMatchObject({ id: rich.call.id, agentName: rich.call.agent.name, analysisStatus: 'analyzed', customerExit: result.sentiment!.arcs.customer.exit });
      // Per-utterance sentiment for every utterance of both speakers.
      expect(result.sentiment!.utterances.map((u) => u.index)).toEqual(call.utterances.map((_, i) => i));
      expect(new Set(result.sentiment!.utterances.map((u) => call.utterances[u.index]!.speaker))).toEqual(new Set(['agent', 'customer']));
      for (const speaker of ['customer', 'agent'] as const) expect(result.sentiment!.arcs[speaker].points.length).toBeGreaterThan(1);
      for (const i of result.sentiment!.inflections) {
        expect(typeof i.stage).toBe('string');
        for (const p of i.preceding ?? []) {
          expect(call.utterances[p.utteranceIndex]!.text).toContain(p.quote);
          expect(p.atMs).toBeGreaterThanOrEqual(call.utterances[p.utteranceIndex]!.startMs);
        }
      }
      expect(result.stages!.length).toBeGreaterThan(1);
      expect(result.behaviors!.length).toBeGreaterThan(0);
      expect(Array.isArray(result.signals)).toBe(true);
      const evidence = result.scorecard!.criteria.flatMap((c) => c.evidence).filter((e) => e.quote !== '');
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        expect(e.utteranceIndex, e.quote).toBeTypeOf('number');
        expect(call.utterances[e.utteranceIndex!]!.text).toContain(e.quote);
        expect(e.atMs).toBe(call.utterances[e.utteranceIndex!]!.startMs);
      }
      expect([...new Set(result.flags!.map((f) => f.kind))].sort()).toEqual(body.flagKinds);
    });

    it('rejects bad insight and grid queries, and 404s an unknown agent', async () => {
      const missing = await h.request('/api/v1/agents/nobody/insights');
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as any).error.code).toBe('NOT_FOUND');
      const weeks = await h.request(`/api/v1/agents/${stored[0]!.call.agent.id}/insights?weeks=0`);
      expect(weeks.status).toBe(400);
      expect(((await weeks.json()) as any).error.issues.map((i: { where: string }) => i.where)).toEqual(['query.weeks']);
      const range = await h.request('/api/v1/teams/stage-drops?from=last-week');
      expect(range.status).toBe(400);
      expect(((await range.json()) as any).error.issues.map((i: { where: string }) => i.where)).toEqual(['query.from']);
    });
  });
}
