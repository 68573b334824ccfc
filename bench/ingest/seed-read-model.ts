import { generateCall, readModelOf } from '@undertone/core';

const CALL_TYPES = ['support', 'sales', 'retention', 'collections'] as const;
import { sql, type Kysely } from 'kysely';
import { defaultSteps } from '../../packages/server/src/pipeline/default-steps.js';
import type { Platform } from '../../packages/server/src/pipeline/platform.js';

/** A prime, so every agent (seed-N belongs to agent N % 200) cycles through all templates over its calls. */
const TEMPLATES = 59;

/**
 * Gives the seeded calls (ids `seed-N`) the dashboard read model the pipeline would have written: each takes
 * the real analysis and scorecard of one of 59 generated calls (all four call types), so inflection stages,
 * precursors and criterion outcomes have a realistic spread. Batched INSERT ... SELECT, 10k calls at a time.
 */
export async function seedReadModel(platform: Platform, seeded: number): Promise<{ inflections: number; criteria: number }> {
  const db = platform.database.db as Kysely<any>;
  const steps = defaultSteps();
  const models = Array.from({ length: TEMPLATES }, (_, t) => {
    const call = generateCall({ seed: 5000 + t, startedAt: '2026-11-01T09:00:00Z', agent: { id: 'template' }, callType: CALL_TYPES[t % CALL_TYPES.length]! });
    const analysis = steps.analyze(call);
    return readModelOf(analysis, steps.score(analysis));
  });
  await sql`create temporary table bench_calls (t int, exit float8, auto_failed bool, duration float8)`.execute(db);
  await sql`create temporary table bench_inflections (t int, speaker text, direction text, stage text, at_ms float8, magnitude float8, position float8, preceding text)`.execute(db);
  await sql`create temporary table bench_criteria (t int, rubric_id text, criterion_id text, label text, passed bool)`.execute(db);
  try {
    await insertRows(db, 'bench_calls', models.map((m, t) => ({ t, exit: m.customerExit, auto_failed: m.autoFailed, duration: m.durationMs })));
    await insertRows(db, 'bench_inflections', models.flatMap((m, t) => m.inflections.map((i) => ({ t, speaker: i.speaker, direction: i.direction, stage: i.stage, at_ms: i.atMs, magnitude: i.magnitude, position: i.position, preceding: i.preceding.join(',') }))));
    await insertRows(db, 'bench_criteria', models.flatMap((m, t) => m.criteria.map((c) => ({ t, rubric_id: c.rubricId, criterion_id: c.criterionId, label: c.label, passed: c.passed }))));
    for (let from = 0; from < seeded; from += 10_000) {
      const to = Math.min(seeded, from + 10_000) - 1;
      const range = sql`c.id in (select 'seed-' || g from generate_series(${from}::int, ${to}::int) g)`;
      const template = sql`(substr(c.id, 6)::int + substr(c.id, 6)::int / 200) % ${TEMPLATES}`;
      await sql`
        update calls c set customer_exit = b.exit, auto_failed = b.auto_failed, duration_ms = b.duration
        from bench_calls b where b.t = ${template} and ${range}`.execute(db);
      await sql`
        insert into call_inflections (call_id, engine_version, agent_id, team, call_type, started_at, speaker, direction, stage, at_ms, magnitude, position, preceding)
        select c.id, c.analyzed_engine_version, c.agent_id, c.team, c.call_type, c.started_at, b.speaker, b.direction, b.stage, b.at_ms, b.magnitude, b.position,
               string_to_array(b.preceding, ',')
        from calls c join bench_inflections b on b.t = ${template} where ${range}`.execute(db);
      await sql`
        insert into criterion_results (call_id, engine_version, agent_id, started_at, rubric_id, criterion_id, label, passed)
        select c.id, c.analyzed_engine_version, c.agent_id, c.started_at, b.rubric_id, b.criterion_id, b.label, b.passed
        from calls c join bench_criteria b on b.t = ${template} where ${range}`.execute(db);
    }
  } finally {
    for (const table of ['bench_calls', 'bench_inflections', 'bench_criteria']) await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`analyze`.execute(db);
  const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
  return { inflections: await count('call_inflections'), criteria: await count('criterion_results') };
}

async function insertRows(db: Kysely<any>, table: string, rows: Array<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto(table).values(rows.slice(i, i + 500)).execute();
}
