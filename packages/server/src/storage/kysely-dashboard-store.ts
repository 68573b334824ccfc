import type { Kysely } from 'kysely';
import { callScopeCondition } from './scope-filter.js';
import { readAgentWindow } from './agent-window-queries.js';
import type { DashboardStore } from './dashboard-store.js';
import { readFacets } from './facet-queries.js';
import type { Database } from './schema.js';
import { readStageDrops } from './stage-drop-queries.js';

export function createDashboardStore(db: Kysely<Database>): DashboardStore {
  return {
    facets: (scope) => readFacets(db, scope),
    async latestCallAt(agentId, scope) {
      const row = await db.selectFrom('call_facts').select('started_at').where('agent_id', '=', agentId).where(callScopeCondition(scope, 'call_facts')).orderBy('started_at', 'desc').limit(1).executeTakeFirst();
      return row ? new Date(row.started_at) : undefined;
    },
    agentWindow: (agentId, from, to, scope) => readAgentWindow(db, agentId, from, to, scope),
    stageDrops: (filters, scope) => readStageDrops(db, filters, scope),
  };
}
