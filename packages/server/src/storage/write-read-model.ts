import { readModelOf } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import type { AnalysisResult } from './analysis-store.js';
import type { Database } from './schema.js';

const SEPARATOR = '\u001f';

/**
 * Refreshes the dashboard read model of freshly stored analyses, inside the caller's transaction: the calls' list
 * columns and their inflection and criterion rows (old rows of any engine version are replaced, like the list columns).
 */
export async function writeReadModel(trx: Kysely<Database>, results: AnalysisResult[]): Promise<void> {
  const models = results.map((r) => ({ r, m: readModelOf(r.analysis, r.scorecards) }));
  const ids = results.map((r) => r.callId);
  await sql`
    update calls set overall_score = v.score, arc_pattern = v.arc, flag_kinds = string_to_array(v.kinds, ${SEPARATOR}),
      analyzed_engine_version = v.version, customer_exit = v.exit, auto_failed = v.auto_failed, duration_ms = coalesce(calls.duration_ms, v.duration)
    from unnest(${ids}::text[], ${models.map(({ r }) => r.scorecards[0]?.overall ?? null)}::float8[],
                ${models.map(({ r }) => r.analysis.sentiment?.arcs.customer.pattern ?? null)}::text[],
                ${models.map(({ r }) => [...new Set(r.flags.map((f) => f.kind))].sort().join(SEPARATOR))}::text[],
                ${models.map(({ r }) => r.engineVersion)}::text[], ${models.map(({ m }) => m.customerExit)}::float8[],
                ${models.map(({ m }) => m.autoFailed)}::bool[], ${models.map(({ m }) => m.durationMs)}::float8[])
      as v(id, score, arc, kinds, version, exit, auto_failed, duration)
    where calls.id = v.id`.execute(trx);

  await trx.deleteFrom('call_inflections').where('call_id', 'in', ids).execute();
  await trx.deleteFrom('criterion_results').where('call_id', 'in', ids).execute();

  const inflections = models.flatMap(({ r, m }) => m.inflections.map((i) => ({ callId: r.callId, version: r.engineVersion, ...i })));
  if (inflections.length > 0) {
    await sql`
      insert into call_inflections (call_id, engine_version, agent_id, team, call_type, started_at, speaker, direction, stage, at_ms, magnitude, position, preceding)
      select c.id, v.version, c.agent_id, c.team, c.call_type, c.started_at, v.speaker, v.direction, v.stage, v.at_ms, v.magnitude, v.position,
             string_to_array(v.preceding, ${SEPARATOR})
      from unnest(${inflections.map((i) => i.callId)}::text[], ${inflections.map((i) => i.version)}::text[], ${inflections.map((i) => i.speaker)}::text[],
                  ${inflections.map((i) => i.direction)}::text[], ${inflections.map((i) => i.stage)}::text[], ${inflections.map((i) => i.atMs)}::float8[],
                  ${inflections.map((i) => i.magnitude)}::float8[], ${inflections.map((i) => i.position)}::float8[],
                  ${inflections.map((i) => i.preceding.join(SEPARATOR))}::text[])
        as v(call_id, version, speaker, direction, stage, at_ms, magnitude, position, preceding)
      join calls c on c.id = v.call_id`.execute(trx);
  }

  const criteria = models.flatMap(({ r, m }) => m.criteria.map((c) => ({ callId: r.callId, version: r.engineVersion, ...c })));
  if (criteria.length > 0) {
    await sql`
      insert into criterion_results (call_id, engine_version, agent_id, started_at, rubric_id, criterion_id, label, passed)
      select c.id, v.version, c.agent_id, c.started_at, v.rubric_id, v.criterion_id, v.label, v.passed
      from unnest(${criteria.map((k) => k.callId)}::text[], ${criteria.map((k) => k.version)}::text[], ${criteria.map((k) => k.rubricId)}::text[],
                  ${criteria.map((k) => k.criterionId)}::text[], ${criteria.map((k) => k.label)}::text[], ${criteria.map((k) => k.passed)}::bool[])
        as v(call_id, version, rubric_id, criterion_id, label, passed)
      join calls c on c.id = v.call_id`.execute(trx);
  }
}
