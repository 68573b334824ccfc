import type { DataScope } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import { callScopeCondition } from './scope-filter.js';

export interface AgentSummary {
  id: string;
  name: string | null;
  /** The team of the agent's latest call (within the reader's scope). */
  team: string | null;
  callCount: number;
  averageScore: number | null;
  lastCallAt: Date | null;
}

/**
 * Read-only views of agents with their call counts and average scores (for the API and dashboard).
 * With a scope narrower than everything, an agent is visible only through calls inside the scope, and
 * the counts and averages cover those calls only, so no number leaks rows the reader cannot open.
 */
export interface AgentDirectory {
  listAgents(filters: { team?: string }, scope: DataScope): Promise<AgentSummary[]>;
  getAgent(id: string, scope: DataScope): Promise<AgentSummary | undefined>;
}

/**
 * Reads the narrow `call_facts` mirror of `calls`, never the call rows with their JSON: one grouped pass for the
 * counts, and per agent one backward step of the (agent_id, started_at) index for the team of the latest call
 * (ordering every call by time inside the aggregate cost ~200 ms at 100k calls on the embedded database).
 */
export function createAgentDirectory(db: Kysely<Database>): AgentDirectory {
  const query = (scope: DataScope) => {
    const totals = db
      .selectFrom('call_facts as c')
      .where(callScopeCondition(scope, 'c'))
      .select([
        'c.agent_id',
        sql<string>`count(*)`.as('call_count'),
        sql<number | null>`avg(c.overall_score)`.as('average_score'),
        sql<Date | null>`max(c.started_at)`.as('last_call_at'),
      ])
      .groupBy('c.agent_id')
      .as('s');
    const base = db
      .selectFrom('agents as a')
      .leftJoin(totals, 's.agent_id', 'a.id')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('call_facts as c')
            .whereRef('c.agent_id', '=', 'a.id')
            .where(callScopeCondition(scope, 'c'))
            .select('c.team')
            .orderBy('c.started_at', 'desc')
            .limit(1)
            .as('latest'),
        (join) => join.onTrue(),
      )
      .select(['a.id', 'a.name', 'latest.team', 's.call_count', 's.average_score', 's.last_call_at']);
    switch (scope.kind) {
      case 'all':
        return base;
      case 'agent':
        // An agent always sees themselves, calls or not, and nobody else.
        return base.where('a.id', '=', scope.agentId);
      default:
        return base.where('s.call_count', 'is not', null);
    }
  };
  const toSummary = (r: { id: string; name: string | null; team: string | null; call_count: string | number | null; average_score: number | null; last_call_at: Date | string | null }): AgentSummary => ({
    id: r.id,
    name: r.name,
    team: r.team,
    callCount: Number(r.call_count ?? 0),
    averageScore: r.average_score === null ? null : Number(r.average_score),
    lastCallAt: r.last_call_at === null ? null : new Date(r.last_call_at),
  });
  return {
    async listAgents(filters, scope) {
      let q = query(scope);
      if (filters.team !== undefined) q = q.where('latest.team', '=', filters.team);
      const rows = await q.orderBy('a.id').execute();
      return rows.map(toSummary);
    },
    async getAgent(id, scope) {
      const row = await query(scope).where('a.id', '=', id).executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },
  };
}
