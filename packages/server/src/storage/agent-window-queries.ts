import type { DataScope } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import { callScopeCondition } from './scope-filter.js';
import type { AgentWindow } from './dashboard-store.js';
import type { Database } from './schema.js';

/** Weekly sums, customer drops, their precursors and criterion outcomes of one agent's calls started in [from, to). */
export async function readAgentWindow(db: Kysely<Database>, agentId: string, from: Date, to: Date, scope: DataScope): Promise<AgentWindow> {
  // Independent queries: on PostgreSQL they run on pooled connections at once.
  const weeksQuery = sql<{ week_start: string; calls: string; scored: string; score_sum: number | null; with_exit: string; exit_sum: number | null }>`
    select to_char(date_trunc('week', started_at at time zone 'UTC'), 'YYYY-MM-DD') as week_start, count(*) as calls,
           count(overall_score) as scored, sum(overall_score) as score_sum, count(customer_exit) as with_exit, sum(customer_exit) as exit_sum
    from call_facts where agent_id = ${agentId} and started_at >= ${from} and started_at < ${to} and ${callScopeCondition(scope, 'call_facts')}
    group by 1`.execute(db);
  const drops = db
    .selectFrom('call_inflections')
    .where('agent_id', '=', agentId)
    .where('speaker', '=', 'customer')
    .where('direction', '=', 'drop')
    .where('started_at', '>=', from)
    .where('started_at', '<', to)
    .where(callScopeCondition(scope, 'call_inflections'));
  const dropCountQuery = drops.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const precursorsQuery = sql<{ behavior: string; count: string }>`
    select p.behavior, count(*) as count
    from (${drops.select('preceding')}) d cross join lateral unnest(d.preceding) as p(behavior)
    group by p.behavior`.execute(db);
  const criteriaQuery = sql<{ rubric_id: string; criterion_id: string; label: string; evaluated: string; passed: string }>`
    select rubric_id, criterion_id, max(label) as label, count(passed) as evaluated, count(*) filter (where passed) as passed
    from criterion_results where agent_id = ${agentId} and started_at >= ${from} and started_at < ${to} and ${callScopeCondition(scope, 'criterion_results')}
    group by rubric_id, criterion_id`.execute(db);
  const [weeks, dropCount, precursors, criteria] = await Promise.all([weeksQuery, dropCountQuery, precursorsQuery, criteriaQuery]);
  return {
    weeks: weeks.rows.map((w) => ({
      weekStart: w.week_start,
      calls: Number(w.calls),
      scored: Number(w.scored),
      scoreSum: Number(w.score_sum ?? 0),
      withExit: Number(w.with_exit),
      exitSum: Number(w.exit_sum ?? 0),
    })),
    customerDrops: Number(dropCount.n),
    precursors: precursors.rows.map((p) => ({ behavior: p.behavior, count: Number(p.count) })),
    criteria: criteria.rows.map((c) => ({ rubricId: c.rubric_id, criterionId: c.criterion_id, label: c.label, evaluated: Number(c.evaluated), passed: Number(c.passed) })),
  };
}
