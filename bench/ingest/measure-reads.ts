import { ALL_DATA } from '@undertone/core';
import { sql } from 'kysely';
import type { Platform } from '../../packages/server/src/pipeline/platform.js';
import { getCall, listCalls } from '../../packages/server/src/pipeline/read-calls.js';
import type { MakeCall } from './call-source.js';

/** Enough seeded calls for every team filter and every agent's insights to span more than one page. */
const MIN_SEEDED = 5_000;
const TEAMS = ['billing', 'retention', 'sales', 'collections', 'tech', 'onboarding', 'claims', 'loyalty'];

/**
 * Tops the calls table up to `total` rows (at least MIN_SEEDED are added) with one batched INSERT ... SELECT per 10k rows (not through the pipeline):
 * each seeded call reuses one real call's JSON and analysis, with varied indexed columns. `make` should give a
 * modest call (the 40-turn template): 100k copies of a 70-turn generated call and its analysis would take gigabytes.
 * They start after the calls the pipeline rows ingested (2026-10-01 on), so each agent's latest weeks are seeded calls.
 */
export async function seedCalls(platform: Platform, make: MakeCall, total: number): Promise<{ seeded: number }> {
  const db = platform.database.db;
  const existing = Number((await sql<{ n: string }>`select count(*) as n from calls`.execute(db)).rows[0]!.n);
  // The reads filter by the seeded teams and page through them, so a smoke run (small BENCH_STORED) still seeds some.
  const seeded = Math.max(MIN_SEEDED, total - existing);
  const template = make(999_999);
  const analysis = platform.steps.analyze(template);
  await sql`insert into agents (id) select 'agent-' || g from generate_series(0, 199) g on conflict do nothing`.execute(db);
  for (let from = 0; from < seeded; from += 10_000) {
    const to = Math.min(seeded, from + 10_000) - 1;
    await sql`
      insert into calls (id, agent_id, team, queue, call_type, started_at, content_hash, source, call, overall_score, arc_pattern, flag_kinds, analyzed_engine_version)
      select 'seed-' || g, 'agent-' || (g % 200), (${sql.val(TEAMS)}::text[])[1 + g % 8], 'queue-' || (g % 4), 'type-' || (g % 4),
             timestamptz '2026-10-03' + g * interval '5 minutes', md5(g::text), 'seed', ${JSON.stringify(template)}::jsonb,
             (g * 37) % 101, (array['flat','rising','declining','recovery'])[1 + g % 4],
             case when g % 10 = 0 then array['coaching'] else '{}'::text[] end, ${platform.steps.engineVersion}
      from generate_series(${from}::int, ${to}::int) g`.execute(db);
    await sql`
      insert into analyses (call_id, engine_version, analysis)
      select 'seed-' || g, ${platform.steps.engineVersion}, ${JSON.stringify(analysis)}::jsonb from generate_series(${from}::int, ${to}::int) g`.execute(db);
  }
  await sql`analyze`.execute(db);
  return { seeded };
}

export interface Percentiles {
  p50: number;
  p95: number;
}

export async function timeMany(samples: number, fn: (i: number) => Promise<unknown>): Promise<Percentiles> {
  for (let i = 0; i < 20; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** getCall (call + latest analysis) by random id, and a filtered first page of listCalls (team + score range, 50 rows). */
export async function measureReads(platform: Platform, seeded: number, samples: number): Promise<{ getCall: Percentiles; listCalls: Percentiles }> {
  const pick = (i: number) => `seed-${(i * 7919) % seeded}`;
  const get = await timeMany(samples, async (i) => {
    const found = await getCall(platform, pick(i), ALL_DATA);
    if (!found) throw new Error(`seeded call ${pick(i)} is missing`);
  });
  const list = await timeMany(samples, async (i) => {
    const page = await listCalls(platform, { team: TEAMS[i % 8]!, minScore: 40, maxScore: 90, ...(i % 2 === 0 ? { flagKind: 'coaching' } : {}) }, { limit: 50 }, ALL_DATA);
    if (page.items.length === 0) throw new Error('the filtered list came back empty');
  });
  return { getCall: get, listCalls: list };
}
