import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface AgentSummary {
  id: string;
  name: string | null;
  /** The team of the agent's latest call. */
  team: string | null;
  callCount: number;
  averageScore: number | null;
  lastCallAt: Date | null;
}

/** Read-only views of agents with their call counts and average scores (for the API and dashboard). */
export interface AgentDirectory {
  listAgents(filters?: { team?: string }): Promise<AgentSummary[]>;
  getAgent(id: string): Promise<AgentSummary | undefined>;
}

export function createAgentDirectory(db: Kysely<Database>): AgentDirectory {
  const query = () =>
    db
      .selectFrom('agents as a')
      .leftJoin('calls as c', 'c.agent_id', 'a.id')
      .select([
        'a.id',
        'a.name',
        sql<string | null>`(array_agg(c.team order by c.started_at desc))[1]`.as('team'),
        sql<string>`count(c.id)`.as('call_count'),
        sql<number | null>`avg(c.overall_score)`.as('average_score'),
        sql<Date | null>`max(c.started_at)`.as('last_call_at'),
      ])
      .groupBy(['a.id', 'a.name']);
  const toSummary = (r: { id: string; name: string | null; team: string | null; call_count: string | number; average_score: number | null; last_call_at: Date | string | null }): AgentSummary => ({
    id: r.id,
    name: r.name,
    team: r.team,
    callCount: Number(r.call_count),
    averageScore: r.average_score === null ? null : Number(r.average_score),
    lastCallAt: r.last_call_at === null ? null : new Date(r.last_call_at),
  });
  return {
    async listAgents(filters = {}) {
      const rows = await query().orderBy('a.id').execute();
      const agents = rows.map(toSummary);
      return filters.team === undefined ? agents : agents.filter((a) => a.team === filters.team);
    },
    async getAgent(id) {
      const row = await query().where('a.id', '=', id).executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },
  };
}
