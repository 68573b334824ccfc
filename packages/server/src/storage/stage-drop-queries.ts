import type { DataScope, StageAgent, StageDropCount } from '@undertone/core';
import { callScopeCondition } from './scope-filter.js';
import { sql, type Kysely } from 'kysely';
import type { StageDropFilters } from './dashboard-store.js';
import type { Database } from './schema.js';

/** Analyzed calls per agent, and customer drops per agent and stage, for the calls matching the filters. */
export async function readStageDrops(db: Kysely<Database>, filters: StageDropFilters, scope: DataScope): Promise<{ agents: StageAgent[]; counts: StageDropCount[] }> {
  const where = (prefix: 'c' | 'i') => {
    const col = (name: string) => sql.ref(`${prefix}.${name}`);
    const parts = [sql`true`, callScopeCondition(scope, prefix)];
    if (filters.team !== undefined) parts.push(sql`${col('team')} = ${filters.team}`);
    if (filters.callType !== undefined) parts.push(sql`${col('call_type')} = ${filters.callType}`);
    if (filters.startedFrom) parts.push(sql`${col('started_at')} >= ${filters.startedFrom}`);
    if (filters.startedTo) parts.push(sql`${col('started_at')} < ${filters.startedTo}`);
    return sql.join(parts, sql` and `);
  };
  // Two independent aggregations: on PostgreSQL they run on two pooled connections at once.
  const agentsQuery = sql<{ id: string; name: string | null; team: string | null; calls: string }>`
    select per.agent_id as id, a.name, per.calls,
           (select c.team from call_facts c where c.agent_id = per.agent_id and ${where('c')} order by c.started_at desc limit 1) as team
    from (select c.agent_id, count(*) as calls from call_facts c where c.analyzed and ${where('c')} group by c.agent_id) per
    join agents a on a.id = per.agent_id`.execute(db);
  const countsQuery = sql<{ agent_id: string; stage: string; drops: string; mean_position: number }>`
    select i.agent_id, i.stage, count(*) as drops, avg(i.position) as mean_position
    from call_inflections i
    where i.speaker = 'customer' and i.direction = 'drop' and i.stage is not null and ${where('i')}
    group by i.agent_id, i.stage`.execute(db);
  const [agents, counts] = await Promise.all([agentsQuery, countsQuery]);
  return {
    agents: agents.rows.map((r) => ({ id: r.id, name: r.name, team: r.team, calls: Number(r.calls) })),
    counts: counts.rows.map((r) => ({ agentId: r.agent_id, stage: r.stage, drops: Number(r.drops), meanPosition: Number(r.mean_position) })),
  };
}
