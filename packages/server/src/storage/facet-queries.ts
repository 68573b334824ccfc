import type { DataScope } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import { callScopeCondition } from './scope-filter.js';
import type { Facets } from './dashboard-store.js';
import type { Database } from './schema.js';

/**
 * Distinct non-null values of an indexed column by hopping from one value to the next through its index
 * (a loose index scan): a handful of index probes instead of reading every row.
 */
async function distinctValues(db: Kysely<Database>, table: 'call_facts' | 'flags', column: string): Promise<string[]> {
  const t = sql.table(table);
  const c = sql.ref(column);
  const rows = await sql<{ v: string | null }>`
    with recursive walk(v) as (
      (select ${c} from ${t} where ${c} is not null order by ${c} limit 1)
      union all
      select (select ${c} from ${t} where ${c} > walk.v order by ${c} limit 1) from walk where walk.v is not null
    )
    select v from walk where v is not null`.execute(db);
  return sortText(rows.rows.map((r) => r.v!));
}

export async function readFacets(db: Kysely<Database>, scope: DataScope): Promise<Facets> {
  if (scope.kind !== 'all') return readScopedFacets(db, scope);
  const [teams, queues, callTypes, arcPatterns, flagKinds, agentRows] = [
    await distinctValues(db, 'call_facts', 'team'),
    await distinctValues(db, 'call_facts', 'queue'),
    await distinctValues(db, 'call_facts', 'call_type'),
    await distinctValues(db, 'call_facts', 'arc_pattern'),
    await distinctValues(db, 'flags', 'kind'),
    await sql<{ id: string; name: string | null; team: string | null }>`
      select a.id, a.name, (select c.team from call_facts c where c.agent_id = a.id order by c.started_at desc, c.call_id desc limit 1) as team
      from agents a`.execute(db),
  ];
  return { teams, queues, callTypes, arcPatterns, flagKinds, agents: sortAgents(agentRows.rows) };
}

/** A supervisor's or agent's facets: only values that occur in calls they may see (a smaller set, read directly). */
async function readScopedFacets(db: Kysely<Database>, scope: DataScope): Promise<Facets> {
  const inScope = callScopeCondition(scope, 'call_facts');
  const distinct = async (column: 'team' | 'queue' | 'call_type' | 'arc_pattern') => {
    const rows = await sql<{ v: string }>`select distinct ${sql.ref(column)} as v from call_facts where ${inScope} and ${sql.ref(column)} is not null`.execute(db);
    return sortText(rows.rows.map((r) => r.v));
  };
  const flagRows = await sql<{ v: string }>`select distinct unnest(flag_kinds) as v from call_facts where ${inScope}`.execute(db);
  const agentRows = await sql<{ id: string; name: string | null; team: string | null }>`
    select a.id, a.name,
           (select call_facts.team from call_facts where call_facts.agent_id = a.id and ${inScope} order by call_facts.started_at desc, call_facts.call_id desc limit 1) as team
    from agents a where exists (select 1 from call_facts where call_facts.agent_id = a.id and ${inScope})`.execute(db);
  return {
    teams: await distinct('team'),
    queues: await distinct('queue'),
    callTypes: await distinct('call_type'),
    arcPatterns: await distinct('arc_pattern'),
    flagKinds: sortText(flagRows.rows.map((r) => r.v)),
    agents: sortAgents(agentRows.rows),
  };
}

function sortAgents(rows: Array<{ id: string; name: string | null; team: string | null }>): Facets['agents'] {
  return rows.map((r) => ({ id: r.id, name: r.name, team: r.team })).sort((a, b) => compareText(a.name ?? a.id, b.name ?? b.id) || compareText(a.id, b.id));
}

/** Case-insensitive, then exact: the same order on every database whatever its collation. */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function sortText(values: string[]): string[] {
  return [...new Set(values)].sort(compareText);
}
