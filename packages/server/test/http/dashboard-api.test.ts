import { generateContactCenter, weekStartOf, type CallAnalysis, type Call } from '@undertone/core';
import { sql } from 'kysely';
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
      for (const call of calls) expect((await postJson(h.app, '/api/v1/calls', call)).status).toBe(201);
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
      const res = await h.app.request(path);
      expect(res.status, path).toBe(200);
      return res.json();
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
  });
}
