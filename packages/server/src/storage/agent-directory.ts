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

/** Reads the narrow `call_facts` mirror of `calls`, never the call rows with their JSON, so it stays fast at 100k calls. */
export function createAgentDirectory(db: Kysely<Database>): AgentDirectory {
  const query = (scope: DataScope) => {
    const base = db
      .selectFrom('agents as a')
      .leftJoin('call_facts as c', (join) => join.onRef('c.agent_id', '=', 'a.id').on(callScopeCondition(scope, 'c')))
      .select([
        'a.id',
        'a.name',
        sql<string | null>`(array_agg(c.team order by c.started_at desc))[1]`.as('team'),
        sql<string>`count(c.call_id)`.as('call_count'),
        sql<number | null>`avg(c.overall_score)`.as('average_score'),
        sql<Date | null>`max(c.started_at)`.as('last_call_at'),
      ])
      .groupBy(['a.id', 'a.name']);
    switch (scope.kind) {
      case 'all':
        return base;
      case 'agent':
        // An agent always sees themselves, calls or not, and nobody else.
        return base.where('a.id', '=', scope.agentId);
      default:
        return base.having(sql<string>`count(c.call_id)`, '>', '0');
    }
  };
  const toSummary = (r: { id: string; name: string | null; team: string | null; call_count: string | number; average_score: number | null; last_call_at: Date | string | null }): AgentSummary => ({
    id: r.id,
    name: r.name,
    team: r.team,
    callCount: Number(r.call_count),
    averageScore: r.average_score === null ? null : Number(r.average_score),
    lastCallAt: r.last_call_at === null ? null : new Date(r.last_call_at),
  });
  return {
    async listAgents(filters, scope) {
      let q = query(scope);
      if (filters.team !== undefined) q = q.having(sql<string | null>`(array_agg(c.team order by c.started_at desc))[1]`, '=', filters.team);
      const rows = await q.orderBy('a.id').execute();
      return rows.map(toSummary);
    },
    async getAgent(id, scope) {
      const row = await query(scope).where('a.id', '=', id).executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },
  };
}
