import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_SORTS, type CallSort } from '../../src/storage/call-sort.js';
import { DATABASES } from '../databases.js';
import { makeCall } from '../fixtures.js';
import { openHarness, postJson, type Harness } from './harness.js';

interface Item {
  id: string;
  agentId: string;
  startedAt: string;
  durationMs: number | null;
  overallScore: number | null;
  customerExit: number | null;
  flagKinds: string[];
}

const CLOSINGS = ['Great, thank you so much, that is perfect.', 'Fine. Whatever.', 'This is useless and I am angry.', 'Okay thanks.'];

/** 24 calls with ties on every sort key (shared start times, scores, durations, closings) and two that never get analyzed. */
function calls() {
  return Array.from({ length: 24 }, (_, i) => {
    const base = makeCall(i >= 22 ? `poison-${i}` : `s-${String(i).padStart(2, '0')}`, {
      agent: { id: i % 3 === 0 ? 'agent-x' : 'agent-y', name: i % 3 === 0 ? 'Xia' : 'Yann' },
      startedAt: new Date(Date.UTC(2026, 10, 1 + Math.floor(i / 3), 9)).toISOString(),
      metadata: { score: [20, 45, 45, 70, 90][i % 5]! },
      ...(i % 4 === 0 ? {} : { durationMs: [60_000, 90_000, 90_000][i % 3]! }),
    });
    const utterances = base.utterances.map((u, k) => (k === 3 ? { ...u, text: CLOSINGS[i % 4]! } : u));
    return { ...base, utterances };
  });
}

const SORT_KEY: Record<string, (c: Item) => string | number | null> = {
  startedAt: (c) => c.startedAt,
  score: (c) => c.overallScore,
  duration: (c) => c.durationMs,
  customerExit: (c) => c.customerExit,
};

/** The order the API promises, computed independently: by key (missing last), then by id, both in the sort's direction. */
function expectedOrder(items: Item[], sort: CallSort): string[] {
  const descending = sort.startsWith('-');
  const key = SORT_KEY[descending ? sort.slice(1) : sort]!;
  const sign = descending ? -1 : 1;
  return [...items]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? sign * a.id.localeCompare(b.id) : ka === null ? 1 : -1;
      const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
      return sign * (byKey || a.id.localeCompare(b.id));
    })
    .map((c) => c.id);
}

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`call list sort and total on ${database.name}`, () => {
    let h: Harness;
    let all: Item[];
    beforeAll(async () => {
      h = await openHarness({ database });
      for (const call of calls()) expect((await postJson(h, '/api/v1/calls', call)).status).toBe(201);
      const worker = h.platform.startWorker();
      await worker.idle();
      await worker.stop();
      all = ((await (await h.request('/api/v1/calls?limit=500')).json()) as { items: Item[] }).items;
    }, 120_000);
    afterAll(async () => {
      await h?.close();
    }, 60_000);

    const page = async (path: string) => {
      const res = await h.request(path);
      expect(res.status).toBe(200);
      return res.json() as Promise<{ items: Item[]; nextCursor?: string; count: number; total: number }>;
    };

    it('carries what a list row shows', async () => {
      const row = all.find((c) => c.id === 's-01')!;
      expect(row).toMatchObject({ agentId: 'agent-y', agentName: 'Yann', team: 'billing', queue: 'support', callType: 'inbound-support', durationMs: 90_000, overallScore: 45, autoFailed: false, analysisStatus: 'analyzed', arcPattern: expect.any(String), flagKinds: ['coaching'] });
      expect(typeof row.customerExit).toBe('number');
      // A call without its own duration gets the analysed one.
      expect(all.find((c) => c.id === 's-04')!.durationMs).toBeGreaterThan(0);
      const pending = all.find((c) => c.id === 'poison-22')!;
      expect(pending).toMatchObject({ analysisStatus: 'pending', overallScore: null, customerExit: null, autoFailed: null });
      expect(new Set(all.map((c) => c.customerExit)).size).toBeGreaterThan(2);
    });

    it('pages through every sort, any page size, yielding each call exactly once in the promised order', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...CALL_SORTS), fc.integer({ min: 1, max: 9 }), fc.constantFrom('', '&agent=agent-y', '&minScore=40&maxScore=80'), async (sort, limit, filter) => {
          const seen: string[] = [];
          let cursor: string | undefined;
          let total: number | undefined;
          for (let pages = 0; pages < 30; pages++) {
            const body = await page(`/api/v1/calls?sort=${sort}&limit=${limit}${filter}${cursor ? `&cursor=${cursor}` : ''}`);
            seen.push(...body.items.map((c) => c.id));
            total ??= body.total;
            expect(body.total).toBe(total);
            cursor = body.nextCursor;
            if (!cursor) break;
          }
          const matching = (await page(`/api/v1/calls?limit=500${filter}`)).items;
          expect(seen).toEqual(expectedOrder(matching, sort));
          expect(total).toBe(matching.length);
        }),
        { numRuns: 40 },
      );
    });

    it('sorts the agent call list too, with its total', async () => {
      const body = await page('/api/v1/agents/agent-x/calls?sort=-score&limit=3');
      expect(body.total).toBe(all.filter((c) => c.agentId === 'agent-x').length);
      expect(body.items.map((c) => c.id)).toEqual(expectedOrder(all.filter((c) => c.agentId === 'agent-x'), '-score').slice(0, 3));
    });

    it('counts the flagged-call queues across pages', async () => {
      for (const kind of ['coaching', 'compliance', 'quality', 'kudos']) {
        const body = await page(`/api/v1/calls?flag=${kind}&limit=2`);
        expect(body.total).toBe(all.filter((c) => c.flagKinds.includes(kind)).length);
        expect(body.items.every((c) => c.flagKinds.includes(kind))).toBe(true);
      }
      expect((await page('/api/v1/calls?flag=coaching')).total).toBeGreaterThan(0);
    });

    it('rejects an unknown sort naming the parameter, and a cursor from another sort', async () => {
      const bad = await h.request('/api/v1/calls?sort=loudness');
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as { error: { code: string; issues: unknown[] } };
      expect(body.error.code).toBe('INVALID_INPUT');
      expect(body.error.issues).toEqual([{ where: 'query.sort', message: expect.stringContaining('-customerExit') }]);
      const first = await page('/api/v1/calls?sort=score&limit=2');
      const mixed = await h.request(`/api/v1/calls?sort=-duration&cursor=${first.nextCursor}`);
      expect(mixed.status).toBe(400);
      expect(((await mixed.json()) as { error: { message: string } }).error.message).toContain('sort "score"');
      expect((await h.request('/api/v1/agents/nobody/calls?sort=score')).status).toBe(404);
    });
  });
}
